"""Every error leaves the service as ``application/problem+json`` (RFC 9457).

One place builds problem documents and one set of handlers turns every exception
(werkzeug's HTTP errors, our own ``ApiError``, anything unexpected) into one.
The request id is attached here too, so a client can quote it and we can find the log line.
"""
from __future__ import annotations

import re
import uuid
from typing import Any

from flask import Flask, Response, current_app, g, has_request_context, json, request
from werkzeug.exceptions import HTTPException

PROBLEM_MIMETYPE = "application/problem+json"
REQUEST_ID_HEADER = "X-Request-ID"
# An incoming id is echoed only when it is short and plain (no header/log injection).
_SANE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")

# Problem types: a stable identifier per kind of error (documented in openapi.yaml).
TYPE_PREFIX = "urn:timeline-service:problem:"
PROBLEM_TYPES = {
    "bad-request": "The request could not be read.",
    "malformed-json": "The body is not valid JSON.",
    "validation-error": "One or more fields are missing or invalid; see `errors`.",
    "unsupported-language": "The requested language is not supported; see `errors`.",
    "unsupported-media-type": "The body must be sent as application/json.",
    "payload-too-large": "The body or the text is larger than the service accepts.",
    "not-found": "There is no resource at this path.",
    "method-not-allowed": "The resource does not support this method; see the Allow header.",
    "not-ready": "The service is not ready to analyse texts yet.",
    "internal-error": "The service failed unexpectedly; quote the request id when reporting it.",
}
# Werkzeug status codes we map to a specific problem type; others fall back to "about:blank".
_STATUS_TYPES = {
    400: "bad-request", 404: "not-found", 405: "method-not-allowed",
    413: "payload-too-large", 415: "unsupported-media-type", 503: "not-ready",
    500: "internal-error",
}


class ApiError(Exception):
    """An error the API reports deliberately: status, problem type and a human detail."""

    def __init__(self, status: int, problem_type: str, title: str, detail: str,
                 errors: dict[str, Any] | None = None) -> None:
        super().__init__(detail)
        assert problem_type in PROBLEM_TYPES, problem_type
        self.status = status
        self.problem_type = problem_type
        self.title = title
        self.detail = detail
        self.errors = errors


def request_id() -> str:
    """This request's id, chosen once: the client's when sane, otherwise a fresh one."""
    if not has_request_context():
        return ""
    if "request_id" not in g:
        incoming = request.headers.get(REQUEST_ID_HEADER, "")
        g.request_id = incoming if _SANE_REQUEST_ID.match(incoming) else uuid.uuid4().hex
    return g.request_id


def problem(status: int, problem_type: str | None, title: str, detail: str,
            errors: dict[str, Any] | None = None,
            headers: dict[str, str] | None = None) -> Response:
    body: dict[str, Any] = {
        "type": TYPE_PREFIX + problem_type if problem_type else "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
    }
    if errors:
        body["errors"] = errors
    body["request_id"] = request_id()
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_MIMETYPE)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _handle_api_error(error: ApiError) -> Response:
    return problem(error.status, error.problem_type, error.title, error.detail, error.errors)


def _handle_http_exception(error: HTTPException) -> Response:
    status = error.code or 500
    if status >= 500:
        return _handle_unexpected(error)
    headers = {}
    if status == 405:
        # werkzeug knows which methods the route accepts; RFC 9110 requires Allow on a 405.
        allow = dict(error.get_headers()).get("Allow")
        if allow:
            headers["Allow"] = allow
    detail = error.description or error.name
    if status == 404:
        detail = f"No resource at {request.path}."
    elif status == 405:
        detail = f"{request.method} is not allowed on {request.path}; allowed: {headers.get('Allow', '')}."
    elif status == 413:
        detail = (f"The request body is larger than the limit of "
                  f"{current_app.config['MAX_CONTENT_LENGTH']} bytes.")
    return problem(status, _STATUS_TYPES.get(status), error.name, detail, headers=headers)


def _handle_unexpected(error: Exception) -> Response:
    # Log the full traceback server-side; the client only sees a generic message and the id.
    current_app.logger.error("unhandled error request_id=%s %s %s", request_id(),
                             request.method, request.path, exc_info=error)
    return problem(500, "internal-error", "Internal Server Error",
                   "The service failed to process this request. "
                   "Quote the request_id when reporting the problem.")


def _add_request_id(response: Response) -> Response:
    response.headers[REQUEST_ID_HEADER] = request_id()
    return response


def _assign_request_id() -> None:
    request_id()  # must return None: a before_request value would become the response


def init_app(app: Flask) -> None:
    app.before_request(_assign_request_id)
    app.after_request(_add_request_id)
    app.register_error_handler(ApiError, _handle_api_error)
    app.register_error_handler(HTTPException, _handle_http_exception)
    app.register_error_handler(Exception, _handle_unexpected)
