"""The ordered pipeline (placeholder until the recognisers land)."""
from __future__ import annotations

from .context import Context
from .model import Analysis

SUPPORTED_LANGUAGES = ("en",)


class UnsupportedLanguage(ValueError):
    """The engine has no rules for the requested language."""


class Engine:
    """Loads the lexicons once; ``analyze`` is pure and thread-safe."""

    def __init__(self) -> None:
        self.ready = True

    def analyze(self, text: str, context: Context) -> Analysis:
        if context.language not in SUPPORTED_LANGUAGES:
            raise UnsupportedLanguage(context.language)
        return Analysis()
