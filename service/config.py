"""Settings: defaults, then ``TIMELINE_*`` environment variables, then the dict given to
``create_app``. Validated once, at start-up, so a bad value stops the service before it
serves anything instead of failing on the first request."""
from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any

ENV_PREFIX = "TIMELINE_"

# A text of N characters takes at most ~6 bytes per character once JSON-escaped
# (``\uXXXX``), 12 for a character outside the BMP written as a surrogate pair; 8x plus
# room for the other fields covers every realistic request without allowing unbounded bodies.
JSON_ESCAPE_FACTOR = 8
BODY_OVERHEAD_BYTES = 64 * 1024

DEFAULTS: dict[str, Any] = {
    "MAX_TEXT_CHARS": 1_000_000,
    "MAX_CONTENT_LENGTH": None,  # None: derived from MAX_TEXT_CHARS
    "LOG_LEVEL": "INFO",
}

# The settings that may come from the environment, and how to read each.
_ENV_SETTINGS = ("MAX_TEXT_CHARS", "MAX_CONTENT_LENGTH", "LOG_LEVEL")
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class ConfigError(ValueError):
    """A setting has a value the service cannot run with."""


def _positive_int(name: str, value: Any) -> int:
    if isinstance(value, bool):
        raise ConfigError(f"{name} must be a positive integer, got {value!r}")
    if isinstance(value, str):
        try:
            value = int(value.strip().replace("_", ""))
        except ValueError:
            raise ConfigError(f"{name} must be a positive integer, got {value!r}") from None
    if not isinstance(value, int) or value <= 0:
        raise ConfigError(f"{name} must be a positive integer, got {value!r}")
    return value


def load_config(overrides: Mapping[str, Any] | None = None,
                environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Return the validated settings. Later sources win: defaults < environment < overrides."""
    environ = os.environ if environ is None else environ
    settings: dict[str, Any] = dict(DEFAULTS)
    for name in _ENV_SETTINGS:
        env_name = ENV_PREFIX + name
        if env_name in environ:
            settings[name] = environ[env_name]
    settings.update(overrides or {})

    settings["MAX_TEXT_CHARS"] = _positive_int("MAX_TEXT_CHARS", settings["MAX_TEXT_CHARS"])
    if settings["MAX_CONTENT_LENGTH"] in (None, ""):
        settings["MAX_CONTENT_LENGTH"] = (
            settings["MAX_TEXT_CHARS"] * JSON_ESCAPE_FACTOR + BODY_OVERHEAD_BYTES)
    else:
        settings["MAX_CONTENT_LENGTH"] = _positive_int(
            "MAX_CONTENT_LENGTH", settings["MAX_CONTENT_LENGTH"])

    level = str(settings["LOG_LEVEL"]).strip().upper()
    if level not in _LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(_LOG_LEVELS)}, got {settings['LOG_LEVEL']!r}")
    settings["LOG_LEVEL"] = level
    return settings


def log_level(settings: Mapping[str, Any]) -> int:
    return logging.getLevelName(settings["LOG_LEVEL"])
