"""Lexicons as data: one folder of YAML files per language, loaded once and cached (read-only)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import yaml

LEXICON_DIR = Path(__file__).resolve().parent


def _freeze(obj):
    if isinstance(obj, dict):
        return MappingProxyType({k: _freeze(v) for k, v in obj.items()})
    if isinstance(obj, list):
        return tuple(_freeze(v) for v in obj)
    return obj


@lru_cache(maxsize=None)
def load(language: str, name: str):
    """Return the YAML document ``lexicon/<language>/<name>.yaml`` as read-only mappings/tuples."""
    path = LEXICON_DIR / language / f"{name}.yaml"
    with path.open(encoding="utf-8") as fh:
        return _freeze(yaml.safe_load(fh))
