"""The English lexicon covers dateparser's English language data (months, weekdays, units)."""
from __future__ import annotations

import pytest

from service.lexicon import load

dp_en = pytest.importorskip("dateparser.data.date_translation_data.en").info

CAL = load("en", "calendar")
UNITS = load("en", "units")["units"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@pytest.mark.parametrize("n, name", list(enumerate(MONTHS, 1)))
def test_month_forms(n, name):
    for form in dp_en[name]:
        if len(form) > 2:
            assert CAL["months"].get(form.lower()) == n, form


@pytest.mark.parametrize("n, name", list(enumerate(WEEKDAYS, 1)))
def test_weekday_forms(n, name):
    for form in dp_en[name]:
        if len(form) > 2:
            assert CAL["weekdays"].get(form.lower()) == n, form


@pytest.mark.parametrize("unit", ["year", "month", "week", "day", "hour", "minute", "second", "decade", "century"])
def test_unit_forms(unit):
    for form in dp_en[unit]:
        if len(form) > 2:
            assert UNITS.get(form.lower()) == unit, form


def test_lexicons_are_read_only():
    with pytest.raises(TypeError):
        CAL["months"]["smarch"] = 13
