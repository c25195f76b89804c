"""Thin views: read and validate the request, call the engine, serialise the result."""
from __future__ import annotations

import json as stdjson
from importlib import resources

from flask import Blueprint, Response, current_app, jsonify, request
from marshmallow import ValidationError

from service.engine import SUPPORTED_LANGUAGES, Context, UnsupportedLanguage
from service.errors import ApiError

from .schemas import ReferenceDate, TimelineRequestSchema

bp = Blueprint("api", __name__)

_request_schema = TimelineRequestSchema()  # stateless, safe to share between requests


def _read_json_body():
    if not request.is_json:  # application/json or application/*+json
        raise ApiError(415, "unsupported-media-type", "Unsupported Media Type",
                       f"Send the body as application/json (got {request.mimetype or 'no Content-Type'}).")
    raw = request.get_data(cache=False)  # raises 413 past MAX_CONTENT_LENGTH
    try:
        return stdjson.loads(raw)
    except UnicodeDecodeError:
        raise ApiError(400, "malformed-json", "Bad Request", "The body is not UTF-8 encoded JSON.") from None
    except ValueError as exc:
        raise ApiError(400, "malformed-json", "Bad Request", f"The body is not valid JSON: {exc}.") from None


def _validation_problem(messages: dict) -> ApiError:
    summary = " ".join(
        f"{field}: {msgs[0] if isinstance(msgs, list) and msgs else msgs}"
        for field, msgs in messages.items())
    return ApiError(422, "validation-error", "Unprocessable Content",
                    f"Invalid request: {summary}", errors=messages)


@bp.post("/v1/timeline")
def timeline():
    payload = _read_json_body()
    if not isinstance(payload, dict):
        raise _validation_problem({"_schema": ["The body must be a JSON object."]})
    try:
        params = _request_schema.load(payload)
    except ValidationError as exc:
        raise _validation_problem(exc.normalized_messages()) from None

    text = params["text"]
    limit = current_app.config["MAX_TEXT_CHARS"]
    if len(text) > limit:
        message = f"The text has {len(text)} characters; at most {limit} are accepted."
        raise ApiError(413, "payload-too-large", "Content Too Large", message,
                       errors={"text": [message]})

    reference: ReferenceDate = params.get("reference_date") or ReferenceDate.today_utc()
    context = Context(reference_date=reference.value, language=params["language"],
                      document_type=params["document_type"])
    try:
        analysis = current_app.extensions["engine"].analyze(text, context)
    except UnsupportedLanguage:
        raise _validation_problem({"language": [
            f"Unsupported language {context.language!r}. "
            f"Supported languages: {', '.join(SUPPORTED_LANGUAGES)}."]}) from None

    debug = params["debug"]
    return jsonify({
        "reference_date": reference.text,
        "language": context.language,
        "document_type": context.document_type,
        "expressions": [timex.to_dict(debug=debug) for timex in analysis.expressions],
        "timeline": [entry.to_dict() for entry in analysis.timeline],
    })


@bp.get("/healthz")
def healthz():
    """Liveness: the process answers. Says nothing about the engine."""
    return jsonify({"status": "ok"})


@bp.get("/readyz")
def readyz():
    """Readiness: the engine has loaded its lexicons and can take requests."""
    engine = current_app.extensions.get("engine")
    if engine is None or not getattr(engine, "ready", False):
        raise ApiError(503, "not-ready", "Service Unavailable", "The engine is not loaded yet.")
    return jsonify({"status": "ready"})


@bp.get("/openapi.yaml")
def openapi_document():
    return Response(current_app.extensions["openapi_yaml"], mimetype="application/yaml")


@bp.get("/")
def index():
    page = resources.files("service").joinpath("static/index.html").read_bytes()
    return Response(page, mimetype="text/html")
