"""No Docker engine runs here, so the Dockerfile is checked by reading it, and
gunicorn.conf.py by executing it the way gunicorn does."""
from __future__ import annotations

import json
import runpy
import shlex
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with line continuations joined and comments dropped."""
    result, pending = [], ""
    for line in (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        full = pending + stripped
        pending = ""
        keyword, _, args = full.partition(" ")
        result.append((keyword.upper(), args.strip()))
    return result


def exec_form(args: str) -> list[str]:
    return json.loads(args) if args.startswith("[") else shlex.split(args)


def find(keyword: str) -> list[str]:
    return [args for kw, args in instructions() if kw == keyword]


def test_base_image_is_python_311_slim():
    assert find("FROM")[0] == "python:3.11-slim"


def test_runs_as_a_non_root_user():
    users = find("USER")
    assert users, "no USER instruction"
    assert users[-1] not in {"root", "0", "0:0"}
    # the USER comes after the installs that need root, before the CMD
    kinds = [kw for kw, _ in instructions()]
    assert kinds.index("USER") < kinds.index("CMD")
    assert max(i for i, kw in enumerate(kinds) if kw == "RUN") < kinds.index("USER")


def test_exposes_8000_and_binds_all_interfaces():
    assert "8000" in find("EXPOSE")[0].split()
    env = " ".join(find("ENV"))
    assert "TIMELINE_BIND=0.0.0.0:8000" in env


def test_cmd_runs_gunicorn_with_the_config_file():
    cmd = exec_form(find("CMD")[-1])
    assert cmd[0] == "gunicorn"
    assert cmd[cmd.index("-c") + 1] == "gunicorn.conf.py"
    assert cmd[-1] == "service:create_app()"
    copied = " ".join(find("COPY"))
    assert "gunicorn.conf.py" in copied


def test_healthcheck_calls_healthz_without_curl():
    checks = find("HEALTHCHECK")
    assert len(checks) == 1
    assert "/healthz" in checks[0] and "urllib" in checks[0] and "curl" not in checks[0]
    command = exec_form(checks[0][checks[0].index("CMD") + 3:].strip())
    assert command[0] == "python"


def test_installs_the_package():
    assert any("pip install" in run for run in find("RUN"))


def test_dockerignore_keeps_local_state_out():
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".git", ".venv"} <= set(ignored)


# ---------------------------------------------------------------- gunicorn.conf.py

def load_gunicorn_conf(monkeypatch, **env) -> dict:
    for name in ("TIMELINE_BIND", "TIMELINE_WORKERS", "TIMELINE_TIMEOUT", "TIMELINE_LOG_LEVEL",
                 "TIMELINE_GRACEFUL_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(ROOT / "gunicorn.conf.py"))


def test_gunicorn_defaults_are_sane(monkeypatch):
    conf = load_gunicorn_conf(monkeypatch)
    assert conf["bind"] == "127.0.0.1:8000"
    assert 1 <= conf["workers"] <= 8
    assert 10 <= conf["timeout"] <= 300
    assert conf["accesslog"] == "-" and conf["errorlog"] == "-"
    assert conf["loglevel"] == "info"
    assert "x-request-id" in conf["access_log_format"]


def test_gunicorn_settings_come_from_the_environment(monkeypatch):
    conf = load_gunicorn_conf(monkeypatch, TIMELINE_BIND="0.0.0.0:9000", TIMELINE_WORKERS="3",
                              TIMELINE_TIMEOUT="120", TIMELINE_LOG_LEVEL="WARNING")
    assert (conf["bind"], conf["workers"], conf["timeout"], conf["loglevel"]) == (
        "0.0.0.0:9000", 3, 120, "warning")


@pytest.mark.parametrize("value", ["many", "0", "-1"])
def test_gunicorn_refuses_bad_worker_counts(monkeypatch, value):
    with pytest.raises(SystemExit, match="TIMELINE_WORKERS"):
        load_gunicorn_conf(monkeypatch, TIMELINE_WORKERS=value)


def test_gunicorn_accepts_the_config_file():
    from gunicorn.config import Config

    config = Config()
    for name, value in runpy.run_path(str(ROOT / "gunicorn.conf.py")).items():
        if name in config.settings:
            config.set(name, value)  # gunicorn's own validators
    assert config.workers >= 1
