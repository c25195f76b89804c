"""openapi.yaml is generated from the schemas: it must match a fresh generation, be a valid
OpenAPI 3 document, cover every route, and describe what the service really answers."""
from __future__ import annotations

import json

import pytest
import yaml
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate

from service import openapi


@pytest.fixture(scope="module")
def spec() -> dict:
    return yaml.safe_load(openapi.REPO_FILE.read_text(encoding="utf-8"))


def validator(spec: dict, component: str) -> OAS30Validator:
    # "#/components/..." refs resolve against the document the schema sits in.
    return OAS30Validator({"$ref": f"#/components/schemas/{component}", "components": spec["components"]})


def test_committed_file_matches_a_fresh_generation():
    assert openapi.REPO_FILE.read_text(encoding="utf-8") == openapi.render(), (
        "openapi.yaml is stale: run `make openapi` (python -m service.openapi --write)")


def test_is_a_valid_openapi_3_document(spec):
    assert spec["openapi"].startswith("3.")
    validate(spec)


def test_every_route_of_the_app_is_documented(app, spec):
    routes = [rule for rule in app.url_map.iter_rules() if rule.endpoint != "static"]
    assert routes
    for rule in routes:
        path = rule.rule  # no path parameters so far; Flask's <x> would be OpenAPI's {x}
        assert path in spec["paths"], f"{path} is not in openapi.yaml"
        documented = set(spec["paths"][path])
        served = {m.lower() for m in rule.methods} - {"head", "options"}
        assert served <= documented, f"{path}: {served - documented} not documented"


def test_every_documented_path_is_served(app, spec):
    served = {rule.rule for rule in app.url_map.iter_rules()}
    assert set(spec["paths"]) <= served


def test_timeline_description_explains_ordering_and_merging(spec):
    description = spec["paths"]["/v1/timeline"]["post"]["description"]
    for phrase in ("ordered by interval start, then interval end, then position in the text",
                   "same value in the same sentence are merged",
                   "PAST_REF/FUTURE_REF", "reference_date"):
        assert phrase in description


def test_request_schema_rejects_unknown_fields(spec):
    request = spec["components"]["schemas"]["TimelineRequest"]
    assert request["additionalProperties"] is False
    assert request["required"] == ["text"]


def test_a_full_response_matches_the_response_schema(client, spec, install_engine):
    install_engine()
    for debug in (False, True):
        body = client.post("/v1/timeline", json={"text": "The meeting was held on 19 July 2023.",
                                                 "reference_date": "2023-07-20", "debug": debug}).get_json()
        assert body["expressions"] and body["timeline"]
        validator(spec, "TimelineResponse").validate(body)


def test_real_engine_response_matches_the_response_schema(client, spec):
    body = client.post("/v1/timeline", json={"text": "The meeting was held on 19 July 2023.",
                                             "reference_date": "2023-07-20", "debug": True}).get_json()
    validator(spec, "TimelineResponse").validate(body)


def test_problem_bodies_match_the_problem_schema(client, spec):
    responses = [client.post("/v1/timeline", json={"text": ""}),
                 client.post("/v1/timeline", data="{", content_type="application/json"),
                 client.get("/missing"), client.put("/healthz")]
    for response in responses:
        validator(spec, "Problem").validate(json.loads(response.get_data()))


def test_documented_error_statuses_of_the_timeline_endpoint(spec):
    responses = spec["paths"]["/v1/timeline"]["post"]["responses"]
    assert {"200", "400", "413", "415", "422", "500"} <= set(responses)
    for status, response in responses.items():
        if status != "200":
            assert list(response["content"]) == ["application/problem+json"]
