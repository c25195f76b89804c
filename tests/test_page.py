"""The page at /: served as HTML, self-contained, talks to the API, never injects HTML."""
from __future__ import annotations

import re

import pytest


@pytest.fixture
def page(client) -> str:
    response = client.get("/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    return response.get_data(as_text=True)


def test_page_is_an_html_document(page):
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert "<title>" in page and 'charset="utf-8"' in page


def test_page_posts_to_the_api(page):
    assert '"/v1/timeline"' in page
    assert "fetch(API_PATH" in page
    assert "application/json" in page


def test_page_has_the_inputs_a_person_needs(page):
    for element_id in ("text", "reference-date", "document-type", "timeline", "highlighted"):
        assert f'id="{element_id}"' in page
    assert 'value="news"' in page and 'value="narrative"' in page


def test_page_never_injects_html(page):
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in page
    assert "textContent" in page or "createTextNode" in page


def test_page_loads_nothing_from_elsewhere(page):
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page


def test_page_offsets_count_code_points(page):
    # the API counts offsets in code points; the page must not slice UTF-16 strings
    assert "Array.from(text)" in page
