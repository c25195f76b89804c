"""Timeline service: ``create_app()`` builds the Flask app.

    gunicorn -c gunicorn.conf.py "service:create_app()"
    flask --app service run
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask

from .config import load_config, log_level


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    # Imported here so that importing the package (e.g. for `service.evaluate`) stays cheap.
    from . import errors
    from .api import bp
    from .engine import Engine

    settings = load_config(config)  # raises ConfigError on bad values: fail at start, not per request
    app = Flask(__name__, static_folder=None)
    app.config.update(settings)
    app.logger.setLevel(log_level(settings))
    app.json.sort_keys = False  # keep the documented field order
    app.json.ensure_ascii = False

    app.extensions["engine"] = Engine()  # loads the lexicons once per process
    app.extensions["openapi_yaml"] = _openapi_document()

    errors.init_app(app)
    app.register_blueprint(bp)
    return app


def _openapi_document() -> bytes:
    """The committed openapi.yaml when running from a checkout; from an installed wheel
    (no repo root) the same document generated from the schemas (a test keeps them equal)."""
    from . import openapi

    if openapi.REPO_FILE.is_file():
        return openapi.REPO_FILE.read_bytes()
    return openapi.render().encode("utf-8")
