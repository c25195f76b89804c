"""Marshmallow schemas: the request is validated with them and openapi.yaml is generated
from them, so the documented contract and the enforced one cannot drift apart."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone

from marshmallow import Schema, ValidationError, fields, validate

from service.engine import DOCUMENT_TYPES, SUPPORTED_LANGUAGES

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# ISO 8601 extended date-time, seconds and fractions optional, offset REQUIRED.
_DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?P<offset>Z|[+-]\d{2}:\d{2})?$")


@dataclass(frozen=True)
class ReferenceDate:
    """The parsed reference date plus the text it came as, which the response echoes."""

    value: date | datetime
    text: str

    @classmethod
    def today_utc(cls) -> ReferenceDate:
        # The only place the service reads the clock: the default "now" of a document.
        today = datetime.now(timezone.utc).date()
        return cls(today, today.isoformat())


class ReferenceDateField(fields.Field):
    """``YYYY-MM-DD`` or an ISO 8601 date-time with a UTC offset; a bare local time is
    ambiguous (which day is it in UTC?) so it is refused rather than guessed."""

    default_error_messages = {
        "invalid": ("Not a valid reference date. Use an ISO 8601 date (YYYY-MM-DD) or a "
                    "date-time with a UTC offset (YYYY-MM-DDTHH:MM:SS+02:00 or ...Z)."),
        "no_offset": ("A date-time without a UTC offset is ambiguous. Add an offset "
                      "(e.g. 2023-07-19T14:30:00+02:00 or 2023-07-19T12:30:00Z), "
                      "or send only the date (YYYY-MM-DD)."),
        "out_of_range": "Not a real calendar date or time: {detail}.",
    }

    def _deserialize(self, value, attr, data, **kwargs) -> ReferenceDate:
        if not isinstance(value, str):
            raise self.make_error("invalid")
        try:
            if _DATE.match(value):
                return ReferenceDate(date.fromisoformat(value), value)
            match = _DATE_TIME.match(value)
            if not match:
                raise self.make_error("invalid")
            if match.group("offset") is None:
                raise self.make_error("no_offset")
            return ReferenceDate(datetime.fromisoformat(value), value)
        except ValueError as exc:  # e.g. 2023-02-30, 25:00, +25:00
            if isinstance(exc, ValidationError):
                raise
            raise self.make_error("out_of_range", detail=str(exc)) from None

    def _serialize(self, value, attr, obj, **kwargs):
        return None if value is None else value.text


class NonBlankString(fields.String):
    default_error_messages = {"blank": "Must not be empty or only whitespace."}

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        if not text.strip():
            raise self.make_error("blank")
        return text


class StrictBoolean(fields.Boolean):
    """JSON ``true``/``false`` only: ``"yes"`` or ``1`` is more likely a client bug than intent."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


# ---------------------------------------------------------------- request

class TimelineRequestSchema(Schema):
    """Body of ``POST /v1/timeline``. Unknown fields are rejected (422) so typos don't pass silently."""

    text = NonBlankString(required=True, metadata={
        "description": "The document to analyse. Not empty; at most MAX_TEXT_CHARS characters "
                       "(1,000,000 by default; longer gives 413).",
        "example": "The meeting was held on 19 July 2023."})
    reference_date = ReferenceDateField(metadata={
        "description": "The document's own date (publication date for news): an ISO 8601 date "
                       "`YYYY-MM-DD` or a date-time WITH a UTC offset "
                       "(`2023-07-19T14:30:00+02:00`, `...Z`). A date-time without an offset is "
                       "rejected. In news, a date-time's local clock time is the moment of "
                       "writing: `two hours ago` is the clock time it reaches (a TIME); with a "
                       "date alone it is that day. Default: today's date in UTC. Echoed as sent.",
        "example": "2023-07-19"})
    language = fields.String(
        load_default="en",
        validate=validate.OneOf(
            SUPPORTED_LANGUAGES,
            error="Unsupported language {input!r}. Supported languages: {choices}."),
        metadata={"description": "Language of the text (ISO 639-1).", "example": "en"})
    document_type = fields.String(
        load_default="news",
        validate=validate.OneOf(DOCUMENT_TYPES, error="Must be one of: {choices}."),
        metadata={"description": "`news`: relative expressions resolve against the reference "
                                 "date. `narrative`: against the most recently mentioned date."})
    debug = StrictBoolean(load_default=False, metadata={
        "description": "When true, every expression carries the `rule` that found it."})


# ---------------------------------------------------------------- response

class IntervalSchema(Schema):
    start = fields.String(required=True, metadata={
        "description": "First day (or instant) of the interval, ISO 8601. Years before the common era use the "
                       "expanded astronomical form: 499 BC is -0498, 1 BC is 0000.", "example": "2023-07-19"})
    end = fields.String(required=True, metadata={
        "description": "Last day (or instant) of the interval, inclusive.", "example": "2023-07-19"})


class TimexSchema(Schema):
    """One temporal expression found in the text (a TimeML TIMEX3)."""

    id = fields.String(required=True, metadata={"example": "t1"})
    text = fields.String(required=True, metadata={"example": "19 July 2023"})
    start = fields.Integer(required=True, metadata={
        "description": "Offset of the first character in `text` (Unicode code points)."})
    end = fields.Integer(required=True, metadata={"description": "Offset just past the last character."})
    type = fields.String(required=True, validate=validate.OneOf(("DATE", "TIME", "DURATION", "SET")))
    value = fields.String(required=True, metadata={
        "description": "TIMEX3 value, e.g. `2023-07-19`, `2022-02`, `P18M`, `PRESENT_REF`, `XXXX-06`.",
        "example": "2023-07-19"})
    mod = fields.String(metadata={
        "description": "TIMEX3 modifier (START, END, MID, APPROX, BEFORE, AFTER, ...), when any."})
    interval = fields.Nested(IntervalSchema, metadata={
        "description": "The resolved span in time, when the value has one."})
    granularity = fields.String(metadata={
        "description": "Grain of the value: year, season, quarter, month, week, day, hour, ...",
        "example": "day"})
    rule = fields.String(metadata={"description": "The rule that recognised it (only with `debug`)."})


class TimelineDateSchema(Schema):
    value = fields.String(required=True, metadata={"example": "2023-07-19"})
    interval = fields.Nested(IntervalSchema, required=True)
    granularity = fields.String(required=True, allow_none=True, metadata={"example": "day"})
    mod = fields.String()


class SpanSchema(Schema):
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class SentenceSpanSchema(Schema):
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class EventSchema(Schema):
    description = fields.String(required=True, metadata={
        "description": "A short description of what happened at this date."})
    trigger = fields.Nested(SpanSchema, required=True, allow_none=True, metadata={
        "description": "The verb or event noun that the date dates, when one was found."})
    sentence = fields.Nested(SentenceSpanSchema, required=True, metadata={
        "description": "Offsets of the sentence holding the date."})


class TimelineEntrySchema(Schema):
    date = fields.Nested(TimelineDateSchema, required=True)
    expressions = fields.List(fields.String(), required=True, metadata={
        "description": "Ids of the expressions dating this entry (several when merged); "
                       "empty for the reference-date entry."})
    event = fields.Nested(EventSchema, required=True, allow_none=True)
    source = fields.String(required=True, validate=validate.OneOf(("expression", "reference_date")))


class TimelineResponseSchema(Schema):
    reference_date = fields.String(required=True, metadata={
        "description": "The reference date used: as sent, or today's UTC date `YYYY-MM-DD`.",
        "example": "2023-07-19"})
    language = fields.String(required=True, metadata={"example": "en"})
    document_type = fields.String(required=True, validate=validate.OneOf(DOCUMENT_TYPES))
    expressions = fields.List(fields.Nested(TimexSchema), required=True, metadata={
        "description": "Every temporal expression found, in text order."})
    timeline = fields.List(fields.Nested(TimelineEntrySchema), required=True)


# ---------------------------------------------------------------- other bodies

class ProblemSchema(Schema):
    """RFC 9457 problem details; every error response has this shape."""

    type = fields.String(required=True, metadata={
        "description": "Problem type: `urn:timeline-service:problem:<kind>` with kind one of "
                       "bad-request, malformed-json, validation-error, unsupported-media-type, "
                       "payload-too-large, not-found, method-not-allowed, not-ready, internal-error.",
        "example": "urn:timeline-service:problem:validation-error"})
    title = fields.String(required=True, metadata={"example": "Unprocessable Content"})
    status = fields.Integer(required=True, metadata={"example": 422})
    detail = fields.String(required=True, metadata={"example": "text: Missing data for required field."})
    errors = fields.Dict(keys=fields.String(), values=fields.Raw(), metadata={
        "description": "Per-field messages (field name -> list of messages), for 413 and 422. "
                       "`_schema` holds errors about the body as a whole."})
    request_id = fields.String(required=True, metadata={
        "description": "Same as the X-Request-ID response header."})


class HealthSchema(Schema):
    status = fields.String(required=True, metadata={"example": "ok"})
