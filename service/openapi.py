"""Generate openapi.yaml from the marshmallow schemas plus the hand-written path texts below.

    python -m service.openapi            # print to stdout
    python -m service.openapi --write    # rewrite openapi.yaml at the repository root

tests/test_openapi.py fails when the committed file differs from a fresh generation.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml
from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin

from service.api import schemas

REPO_FILE = Path(__file__).resolve().parent.parent / "openapi.yaml"
VERSION = "0.1.0"

TIMELINE_DESCRIPTION = """\
Finds the temporal expressions in `text` (dates, times, durations, sets), resolves each
against the reference date, and places the events they date on a timeline.

**expressions** lists every expression found, in text order, with its TIMEX3 `type` and
`value`, its character offsets (Unicode code points), its resolved `interval` and
`granularity` when it has them.

**timeline** is ordered by interval start, then interval end, then position in the text.
Entries with the same value in the same sentence are merged into one entry that lists
several expression ids. Expressions without a resolvable interval (durations, sets,
PAST_REF/FUTURE_REF, values left unresolved such as `XXXX-06`) are listed in `expressions`
but not placed on the timeline. For `news`, one entry with `source: reference_date` marks
the document's own event at the reference date; its `expressions` list is empty.

`reference_date` resolves relative expressions ("yesterday", "last year"): for `news`
against the reference date, for `narrative` against the most recently mentioned date.

Errors are `application/problem+json` (RFC 9457). Missing, invalid or unknown fields give
422 with one list of messages per field in `errors`; a text longer than the configured
limit, or a body larger than the byte limit, gives 413.
"""

_PROBLEM = {"application/problem+json": {"schema": "Problem"}}
_REQUEST_ID_HEADER = {"X-Request-ID": {
    "description": "The request id: the client's X-Request-ID when it is 1-128 characters of "
                   "[A-Za-z0-9._:-], otherwise a generated one. Also in error bodies and logs.",
    "schema": {"type": "string"}}}


def _problem(description: str) -> dict:
    return {"description": description, "content": _PROBLEM, "headers": _REQUEST_ID_HEADER}


def _json(description: str, schema: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": schema}},
            "headers": _REQUEST_ID_HEADER}


def _document(description: str, mimetype: str) -> dict:
    return {"description": description,
            "content": {mimetype: {"schema": {"type": "string"}}},
            "headers": _REQUEST_ID_HEADER}


PATHS: dict[str, dict] = {
    "/v1/timeline": {"post": {
        "operationId": "analyzeTimeline",
        "summary": "Extract temporal expressions and build the timeline of a text",
        "description": TIMELINE_DESCRIPTION,
        "requestBody": {"required": True, "content": {"application/json": {
            "schema": "TimelineRequest",
            "example": {"text": "The meeting was held on 19 July 2023. It ended two days later.",
                        "reference_date": "2023-07-20", "language": "en",
                        "document_type": "news"}}}},
        "responses": {
            "200": _json("The expressions and the ordered timeline.", "TimelineResponse"),
            "400": _problem("The body is not valid JSON."),
            "413": _problem("The body is larger than MAX_CONTENT_LENGTH bytes, or the text has "
                            "more than MAX_TEXT_CHARS characters."),
            "415": _problem("The body is not sent as application/json."),
            "422": _problem("A field is missing, invalid or unknown (including an unsupported "
                            "language, a bad document_type, or a date-time without an offset); "
                            "see `errors`."),
            "500": _problem("Unexpected failure; the detail is generic, quote the request_id."),
        }}},
    "/healthz": {"get": {
        "operationId": "liveness",
        "summary": "Liveness: the process is up",
        "responses": {"200": _json("Always `{\"status\": \"ok\"}` while the process runs.", "Health")}}},
    "/readyz": {"get": {
        "operationId": "readiness",
        "summary": "Readiness: the engine is loaded",
        "responses": {
            "200": _json("The engine is loaded; `{\"status\": \"ready\"}`.", "Health"),
            "503": _problem("The engine is not loaded yet.")}}},
    "/openapi.yaml": {"get": {
        "operationId": "openapiDocument",
        "summary": "This document",
        "responses": {"200": _document("The OpenAPI document.", "application/yaml")},
    }},
    "/": {"get": {
        "operationId": "page",
        "summary": "A web page to paste a text and look at its timeline",
        "responses": {"200": _document("A self-contained HTML page.", "text/html")},
    }},
}

# Leaves first: apispec registers nested schemas by name as it meets them.
SCHEMAS = {
    "Interval": schemas.IntervalSchema,
    "Span": schemas.SpanSchema,
    "SentenceSpan": schemas.SentenceSpanSchema,
    "Event": schemas.EventSchema,
    "TimelineDate": schemas.TimelineDateSchema,
    "Timex": schemas.TimexSchema,
    "TimelineEntry": schemas.TimelineEntrySchema,
    "TimelineRequest": schemas.TimelineRequestSchema,
    "TimelineResponse": schemas.TimelineResponseSchema,
    "Problem": schemas.ProblemSchema,
    "Health": schemas.HealthSchema,
}


def build_spec() -> APISpec:
    plugin = MarshmallowPlugin()
    spec = APISpec(
        title="Timeline service",
        version=VERSION,
        openapi_version="3.0.3",
        plugins=[plugin],
        info={"description": "Temporal expression extraction and event timelines for English "
                             "news and narrative texts. Every error is application/problem+json."},
    )
    plugin.map_to_openapi_type(schemas.ReferenceDateField, "string", None)
    plugin.map_to_openapi_type(schemas.NonBlankString, "string", None)
    plugin.map_to_openapi_type(schemas.StrictBoolean, "boolean", None)
    for name, schema in SCHEMAS.items():
        spec.components.schema(name, schema=schema)
    for path, operations in PATHS.items():
        spec.path(path=path, operations=operations)
    return spec


class _Dumper(yaml.SafeDumper):
    """Readable, diff-friendly YAML: no &id anchors, multi-line texts as literal blocks."""

    def ignore_aliases(self, data) -> bool:
        return True


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)


def render() -> str:
    document = build_spec().to_dict()
    ordered = {key: document[key] for key in ("openapi", "info", "paths", "components")}
    ordered.update(document)  # anything else apispec adds, after the main sections
    return yaml.dump(ordered, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {REPO_FILE.name} at the repo root")
    args = parser.parse_args(argv)
    text = render()
    if args.write:
        REPO_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {REPO_FILE}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
