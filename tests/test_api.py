"""The HTTP contract of the service: fields, defaults, echoing, and every error as problem+json.

The engine is still being written, so its real output is checked only loosely (lists);
exact shapes are checked with a fake engine returning known results (see conftest.py).
"""
from __future__ import annotations

import json
import logging
from datetime import date, datetime, timedelta, timezone

import pytest

from service import create_app
from service.config import ConfigError, load_config
from service.engine import DOCUMENT_TYPES, SUPPORTED_LANGUAGES, UnsupportedLanguage

TEXT = "The meeting was held on 19 July 2023."
PROBLEM_KEYS = {"type", "title", "status", "detail", "request_id"}


def post(client, body, **kwargs):
    return client.post("/v1/timeline", json=body, **kwargs)


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert PROBLEM_KEYS <= body.keys()
    assert body["status"] == status
    assert body["type"].startswith("urn:timeline-service:problem:")
    assert body["title"] and body["detail"]
    assert body["request_id"] == response.headers["X-Request-ID"]
    return body


# ---------------------------------------------------------------- success and defaults

def test_minimal_request_uses_the_defaults(client):
    before = datetime.now(timezone.utc).date()
    response = post(client, {"text": TEXT})
    after = datetime.now(timezone.utc).date()
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"reference_date", "language", "document_type", "expressions", "timeline"}
    assert body["reference_date"] in {before.isoformat(), after.isoformat()}
    assert body["language"] == "en"
    assert body["document_type"] == "news"
    assert isinstance(body["expressions"], list)
    assert isinstance(body["timeline"], list)


def test_real_engine_output_has_the_documented_shape(client):
    body = post(client, {"text": TEXT, "reference_date": "2023-07-20", "debug": True}).get_json()
    for timex in body["expressions"]:
        assert {"id", "text", "start", "end", "type", "value", "rule"} <= timex.keys()
        assert TEXT[timex["start"]:timex["end"]] == timex["text"]
    for entry in body["timeline"]:
        assert {"date", "expressions", "event", "source"} <= entry.keys()


def test_default_reference_date_is_passed_to_the_engine_as_a_date(client, fake_engine):
    post(client, {"text": TEXT})
    _, context = fake_engine.calls[0]
    assert type(context.reference_date) is date
    assert abs(context.reference_date - datetime.now(timezone.utc).date()) <= timedelta(days=1)


@pytest.mark.parametrize("value", ["2023-07-19", "2023-07-19T14:30:00+02:00", "2023-07-19T12:30Z",
                                   "2023-07-19T12:30:15.250-05:00", "2024-02-29"])
def test_reference_date_is_echoed_as_sent(client, value):
    response = post(client, {"text": TEXT, "reference_date": value})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["reference_date"] == value


def test_reference_date_reaches_the_engine_parsed(client, fake_engine):
    post(client, {"text": TEXT, "reference_date": "2023-07-19"})
    post(client, {"text": TEXT, "reference_date": "2023-07-19T23:30:00+02:00"})
    (_, as_date), (_, as_datetime) = fake_engine.calls
    assert as_date.reference_date == date(2023, 7, 19)
    assert as_datetime.reference_date == datetime(2023, 7, 19, 23, 30,
                                                  tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize("document_type", DOCUMENT_TYPES)
def test_document_type_and_language_are_passed_and_echoed(client, fake_engine, document_type):
    body = post(client, {"text": TEXT, "language": "en", "document_type": document_type}).get_json()
    assert body["document_type"] == document_type
    assert body["language"] == "en"
    text, context = fake_engine.calls[0]
    assert text == TEXT
    assert (context.language, context.document_type) == ("en", document_type)


def test_expressions_and_timeline_are_serialised_from_the_engine(client, fake_engine):
    body = post(client, {"text": TEXT, "reference_date": "2023-07-20"}).get_json()
    assert body["expressions"] == [t.to_dict() for t in fake_engine.analysis.expressions]
    assert body["timeline"] == [e.to_dict() for e in fake_engine.analysis.timeline]
    assert "rule" not in body["expressions"][0]
    assert body["timeline"][1]["source"] == "reference_date"
    assert body["timeline"][1]["event"] is None


def test_debug_adds_the_rule(client, fake_engine):
    body = post(client, {"text": TEXT, "debug": True}).get_json()
    assert [t["rule"] for t in body["expressions"]] == ["absolute.day_month_year", "durations.number_unit"]
    body = post(client, {"text": TEXT, "debug": False}).get_json()
    assert all("rule" not in t for t in body["expressions"])


def test_text_at_the_limit_is_accepted():
    client = create_app({"TESTING": True, "MAX_TEXT_CHARS": 20}).test_client()
    assert post(client, {"text": "x" * 20}).status_code == 200


def test_json_subtype_content_type_and_charset_are_accepted(client):
    for content_type in ("application/json; charset=utf-8", "application/vnd.api+json"):
        response = client.post("/v1/timeline", data=json.dumps({"text": TEXT}), content_type=content_type)
        assert response.status_code == 200, content_type


def test_non_ascii_text_round_trips(client, install_engine):
    install_engine()
    response = client.post("/v1/timeline", data=json.dumps({"text": "Prága, 19. července 2023 ☕"}).encode(),
                           content_type="application/json")
    assert response.status_code == 200


# ---------------------------------------------------------------- 400 / 415

def test_malformed_json_is_400(client):
    response = client.post("/v1/timeline", data='{"text": "unterminated', content_type="application/json")
    body = assert_problem(response, 400)
    assert body["type"].endswith(":malformed-json")
    assert "not valid JSON" in body["detail"]


def test_body_that_is_not_utf8_is_400(client):
    response = client.post("/v1/timeline", data=b'{"text": "\xff\xfe"}', content_type="application/json")
    assert_problem(response, 400)


def test_empty_body_is_400(client):
    assert_problem(client.post("/v1/timeline", data=b"", content_type="application/json"), 400)


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_wrong_content_type_is_415(client, content_type):
    kwargs = {"content_type": content_type} if content_type else {}
    response = client.post("/v1/timeline", data=json.dumps({"text": TEXT}), **kwargs)
    body = assert_problem(response, 415)
    assert "application/json" in body["detail"]


# ---------------------------------------------------------------- 422: fields

@pytest.mark.parametrize("body, field", [
    ({}, "text"),
    ({"text": None}, "text"),
    ({"text": 42}, "text"),
    ({"text": ""}, "text"),
    ({"text": "  \n\t "}, "text"),
    ({"text": TEXT, "language": "fr"}, "language"),
    ({"text": TEXT, "language": ""}, "language"),
    ({"text": TEXT, "document_type": "blog"}, "document_type"),
    ({"text": TEXT, "document_type": None}, "document_type"),
    ({"text": TEXT, "debug": "yes"}, "debug"),
    ({"text": TEXT, "debug": 1}, "debug"),
    ({"text": TEXT, "reference_date": None}, "reference_date"),
])
def test_invalid_field_is_422_with_a_per_field_error(client, body, field):
    problem = assert_problem(post(client, body), 422)
    assert problem["type"].endswith(":validation-error")
    assert list(problem["errors"]) == [field]
    assert isinstance(problem["errors"][field], list) and problem["errors"][field]
    assert field in problem["detail"]


def test_missing_text_says_so(client):
    problem = assert_problem(post(client, {"reference_date": "2023-07-19"}), 422)
    assert problem["errors"] == {"text": ["Missing data for required field."]}


def test_unsupported_language_names_the_supported_ones(client):
    problem = assert_problem(post(client, {"text": TEXT, "language": "fr"}), 422)
    message = problem["errors"]["language"][0]
    assert "'fr'" in message
    for language in SUPPORTED_LANGUAGES:
        assert language in message
    assert message in problem["detail"]


def test_engine_refusing_a_language_is_422_too(client, install_engine):
    install_engine(error=UnsupportedLanguage("en"))
    problem = assert_problem(post(client, {"text": TEXT}), 422)
    assert "Supported languages" in problem["errors"]["language"][0]


def test_bad_document_type_names_the_choices(client):
    problem = assert_problem(post(client, {"text": TEXT, "document_type": "blog"}), 422)
    assert "news" in problem["errors"]["document_type"][0]
    assert "narrative" in problem["errors"]["document_type"][0]


def test_unknown_fields_are_422_each_named(client):
    problem = assert_problem(post(client, {"text": TEXT, "lang": "en", "refdate": "2023-07-19"}), 422)
    assert problem["errors"] == {"lang": ["Unknown field."], "refdate": ["Unknown field."]}


def test_several_bad_fields_are_reported_together(client):
    problem = assert_problem(post(client, {"text": "", "language": "xx", "extra": 1}), 422)
    assert set(problem["errors"]) == {"text", "language", "extra"}


@pytest.mark.parametrize("payload", [[{"text": TEXT}], "a string", 42, None])
def test_body_that_is_not_an_object_is_422(client, payload):
    response = client.post("/v1/timeline", data=json.dumps(payload), content_type="application/json")
    problem = assert_problem(response, 422)
    assert problem["errors"] == {"_schema": ["The body must be a JSON object."]}


@pytest.mark.parametrize("value", [
    "19/07/2023", "2023-7-19", "2023/07/19", "20230719", "yesterday", "2023-07", "",
    "2023-02-30", "2023-13-01", "2023-07-19T25:00:00+02:00", "2023-07-19T14:30:00+2:00",
    "2023-07-19 14:30:00+02:00", 20230719, ["2023-07-19"],
])
def test_bad_reference_date_is_422(client, value):
    problem = assert_problem(post(client, {"text": TEXT, "reference_date": value}), 422)
    assert list(problem["errors"]) == ["reference_date"]


@pytest.mark.parametrize("value", ["2023-07-19T14:30:00", "2023-07-19T14:30", "2023-07-19T14:30:00.5"])
def test_date_time_without_offset_is_rejected_with_a_clear_message(client, value):
    problem = assert_problem(post(client, {"text": TEXT, "reference_date": value}), 422)
    message = problem["errors"]["reference_date"][0]
    assert "without a UTC offset" in message
    assert "+02:00" in message  # shows how to fix it


# ---------------------------------------------------------------- 413

def test_text_longer_than_the_limit_is_413():
    client = create_app({"TESTING": True, "MAX_TEXT_CHARS": 20}).test_client()
    problem = assert_problem(post(client, {"text": "x" * 21}), 413)
    assert problem["type"].endswith(":payload-too-large")
    assert "21 characters" in problem["errors"]["text"][0]
    assert "20" in problem["detail"]


def test_body_larger_than_max_content_length_is_413():
    client = create_app({"TESTING": True, "MAX_CONTENT_LENGTH": 200}).test_client()
    problem = assert_problem(post(client, {"text": "x" * 500}), 413)
    assert "200 bytes" in problem["detail"]
    assert post(client, {"text": "x" * 50}).status_code == 200


def test_default_body_limit_leaves_room_for_json_escaping():
    settings = load_config({}, environ={})
    assert settings["MAX_TEXT_CHARS"] == 1_000_000
    # a text at the character limit, every character escaped as \uXXXX, still fits
    assert settings["MAX_CONTENT_LENGTH"] >= 6 * settings["MAX_TEXT_CHARS"] + 100


# ---------------------------------------------------------------- 404 / 405 / 500

def test_unknown_route_is_404_problem(client):
    problem = assert_problem(client.get("/v2/timeline"), 404)
    assert "/v2/timeline" in problem["detail"]


@pytest.mark.parametrize("method, path, allowed", [
    ("get", "/v1/timeline", "POST"), ("put", "/v1/timeline", "POST"),
    ("post", "/healthz", "GET"), ("delete", "/", "GET"),
])
def test_wrong_method_is_405_with_allow_header(client, method, path, allowed):
    response = getattr(client, method)(path)
    problem = assert_problem(response, 405)
    assert allowed in response.headers["Allow"]
    assert allowed in problem["detail"]


def test_internal_error_is_a_generic_500_logged_with_the_request_id(client, install_engine, caplog):
    install_engine(error=RuntimeError("secret internals at /srv/engine.py line 42"))
    with caplog.at_level(logging.ERROR):
        response = post(client, {"text": TEXT}, headers={"X-Request-ID": "req-500-test"})
    problem = assert_problem(response, 500)
    raw = response.get_data(as_text=True)
    assert "secret" not in raw and "Traceback" not in raw and "RuntimeError" not in raw
    assert problem["request_id"] == "req-500-test"
    records = [r for r in caplog.records if "req-500-test" in r.getMessage()]
    assert records and records[0].exc_info and records[0].exc_info[0] is RuntimeError


# ---------------------------------------------------------------- request id

def test_a_sane_incoming_request_id_is_echoed(client):
    response = client.get("/healthz", headers={"X-Request-ID": "abc-123.DEF:4_5"})
    assert response.headers["X-Request-ID"] == "abc-123.DEF:4_5"


@pytest.mark.parametrize("incoming", ["", "has space", "x" * 129, "<script>", "a;b"])
def test_an_insane_incoming_request_id_is_replaced(client, incoming):
    response = client.get("/healthz", headers={"X-Request-ID": incoming})
    generated = response.headers["X-Request-ID"]
    assert generated != incoming and len(generated) == 32


def test_every_response_carries_a_request_id(client):
    responses = [client.get("/healthz"), client.get("/nope"), post(client, {}),
                 client.get("/"), client.get("/openapi.yaml"), post(client, {"text": TEXT})]
    ids = [r.headers.get("X-Request-ID") for r in responses]
    assert all(ids) and len(set(ids)) == len(ids)


# ---------------------------------------------------------------- health, readiness, spec

def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_readyz_when_the_engine_is_loaded(client, app):
    assert app.extensions["engine"].ready is True
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ready"}


def test_readyz_is_503_problem_while_the_engine_is_not_ready(client, install_engine):
    engine = install_engine()
    engine.ready = False
    problem = assert_problem(client.get("/readyz"), 503)
    assert problem["type"].endswith(":not-ready")


def test_openapi_yaml_is_served(client):
    from service.openapi import REPO_FILE

    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.mimetype in {"application/yaml", "text/yaml"}
    assert response.get_data() == REPO_FILE.read_bytes()


def test_openapi_yaml_is_generated_when_not_running_from_a_checkout(monkeypatch, tmp_path):
    from service import openapi

    committed = openapi.REPO_FILE.read_bytes()
    monkeypatch.setattr(openapi, "REPO_FILE", tmp_path / "missing.yaml")
    client = create_app({"TESTING": True}).test_client()
    assert client.get("/openapi.yaml").get_data() == committed


# ---------------------------------------------------------------- start-up configuration

def test_engine_is_created_once_and_shared(app):
    engine = app.extensions["engine"]
    client = app.test_client()
    post(client, {"text": TEXT})
    assert app.extensions["engine"] is engine


def test_environment_overrides_defaults(monkeypatch):
    monkeypatch.setenv("TIMELINE_MAX_TEXT_CHARS", "5")
    monkeypatch.setenv("TIMELINE_LOG_LEVEL", "warning")
    app = create_app({"TESTING": True})
    assert app.config["MAX_TEXT_CHARS"] == 5
    assert app.config["MAX_CONTENT_LENGTH"] == 5 * 8 + 64 * 1024
    assert app.config["LOG_LEVEL"] == "WARNING"
    assert post(app.test_client(), {"text": "123456"}).status_code == 413


def test_explicit_config_wins_over_environment(monkeypatch):
    monkeypatch.setenv("TIMELINE_MAX_TEXT_CHARS", "5")
    assert create_app({"MAX_TEXT_CHARS": 7}).config["MAX_TEXT_CHARS"] == 7


@pytest.mark.parametrize("name, value", [
    ("TIMELINE_MAX_TEXT_CHARS", "lots"), ("TIMELINE_MAX_TEXT_CHARS", "0"),
    ("TIMELINE_MAX_TEXT_CHARS", "-3"), ("TIMELINE_MAX_CONTENT_LENGTH", "1.5"),
    ("TIMELINE_LOG_LEVEL", "chatty"),
])
def test_bad_settings_stop_start_up_with_a_clear_error(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    setting = name.removeprefix("TIMELINE_")
    with pytest.raises(ConfigError, match=setting):
        create_app()
