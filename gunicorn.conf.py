"""Gunicorn settings, read with ``gunicorn -c gunicorn.conf.py "service:create_app()"``.

Every value can be overridden from the environment (``TIMELINE_BIND`` and friends) so the
same file serves a laptop (127.0.0.1) and a container (``TIMELINE_BIND=0.0.0.0:8000``).
"""
import multiprocessing
import os

MAX_DEFAULT_WORKERS = 8  # the engine is CPU-bound; more workers than this only add memory


def _env_int(name: str, default: int, minimum: int = 1) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SystemExit(f"{name} must be an integer, got {raw!r}") from None
    if value < minimum:
        raise SystemExit(f"{name} must be at least {minimum}, got {value}")
    return value


bind = os.environ.get("TIMELINE_BIND", "127.0.0.1:8000")
workers = _env_int("TIMELINE_WORKERS", min(2 * multiprocessing.cpu_count() + 1, MAX_DEFAULT_WORKERS))
# One analysis of a 1,000,000-character text must fit in the timeout.
timeout = _env_int("TIMELINE_TIMEOUT", 60)
graceful_timeout = _env_int("TIMELINE_GRACEFUL_TIMEOUT", 30)
keepalive = 5
# Load the app (and the engine's lexicons) once in the master, then fork: workers share the
# memory, and a bad configuration stops the server before any worker starts.
preload_app = True

accesslog = "-"  # stdout
errorlog = "-"  # stderr
loglevel = os.environ.get("TIMELINE_LOG_LEVEL", "info").lower()
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms request_id=%({x-request-id}o)s'
