"""Throughput of the engine, against dateparser's search_dates, in process and over HTTP.

    python benchmarks/bench.py [CORPUS.jsonl] [--limit N] [--repeat N] [--no-http]

Prints figures; it is not a test and asserts nothing. See benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))  # run from a checkout without installing

DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpora" / "tbaq_cleaned.jsonl"
WARM_UP_DOCS = 5
HOST = "127.0.0.1"  # loopback only


@dataclass
class Doc:
    text: str
    dct: dt.date


@dataclass
class Figures:
    docs: int
    kbytes: float  # KB = 1000 bytes of UTF-8
    seconds: float  # median of the timed passes
    best: float  # fastest pass

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else float("inf")

    @property
    def kb_per_s(self) -> float:
        return self.kbytes / self.seconds if self.seconds else float("inf")

    def __str__(self) -> str:
        return f"{self.docs_per_s:,.1f} docs/s, {self.kb_per_s:,.1f} KB/s"


def load(path: Path, limit: int | None) -> list[Doc]:
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            if not d.get("dct"):
                continue
            docs.append(Doc(d["text"], dt.date.fromisoformat(d["dct"][:10])))
            if limit is not None and len(docs) >= limit:
                break
    return docs


def measure(name: str, docs: list[Doc], run_one: Callable[[Doc], object], repeat: int) -> Figures:
    """Warm up on a few documents, then time ``repeat`` full passes; report the median."""
    for d in docs[:WARM_UP_DOCS]:
        run_one(d)
    times = []
    for i in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            run_one(d)
        times.append(time.perf_counter() - t0)
        print(f"  {name}: pass {i + 1}/{repeat} {times[-1]:.2f} s", file=sys.stderr)
    kbytes = sum(len(d.text.encode("utf-8")) for d in docs) / 1000
    return Figures(len(docs), kbytes, statistics.median(times), min(times))


def engine_runner() -> Callable[[Doc], object]:
    from service.engine import Context, Engine

    engine = Engine()
    return lambda d: engine.analyze(d.text, Context(reference_date=d.dct, language="en"))


def search_dates_runner() -> Callable[[Doc], object]:
    from dateparser.search import search_dates

    def run(d: Doc):
        base = dt.datetime.combine(d.dct, dt.time())
        return search_dates(d.text, languages=["en"], settings={"RELATIVE_BASE": base})

    return run


# ---------------------------------------------------------------- HTTP


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Server:
    """gunicorn with one worker on the loopback address, stopped on exit."""

    def __init__(self, port: int, ready_timeout: float = 60.0):
        self.port = port
        self.ready_timeout = ready_timeout
        self.log = tempfile.NamedTemporaryFile("w+", prefix="bench-gunicorn-", suffix=".log", delete=False)
        cmd = [sys.executable, "-m", "gunicorn"]
        conf = REPO_ROOT / "gunicorn.conf.py"
        if conf.is_file():
            cmd += ["-c", str(conf)]
        # command-line flags win over the config file
        cmd += ["-w", "1", "-b", f"{HOST}:{port}", "service:create_app()"]
        env = dict(os.environ, TIMELINE_LOG_LEVEL="warning")
        self.proc = subprocess.Popen(cmd, cwd=REPO_ROOT, stdout=self.log, stderr=subprocess.STDOUT, env=env)

    def wait_ready(self) -> None:
        deadline = time.monotonic() + self.ready_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                conn = http.client.HTTPConnection(HOST, self.port, timeout=2)
                conn.request("GET", "/readyz")
                status = conn.getresponse().status
                conn.close()
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"/readyz not 200 after {self.ready_timeout:.0f} s:\n{self.log_tail()}")

    def log_tail(self, n: int = 20) -> str:
        self.log.flush()
        return "\n".join(Path(self.log.name).read_text(errors="replace").splitlines()[-n:])

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: gunicorn's graceful shutdown
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        os.unlink(self.log.name)


def http_runner(port: int) -> Callable[[Doc], object]:
    # One connection reused for every request (keep-alive when the server allows it;
    # http.client reopens it by itself when the server closes after a response).
    conn = http.client.HTTPConnection(HOST, port, timeout=120)
    headers = {"Content-Type": "application/json", "Connection": "keep-alive"}

    def run(d: Doc):
        body = json.dumps({"text": d.text, "reference_date": d.dct.isoformat()})
        conn.request("POST", "/v1/timeline", body=body.encode("utf-8"), headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        if resp.status != 200:
            raise RuntimeError(f"POST /v1/timeline -> {resp.status}: {data[:300]!r}")
        return data

    return run


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS,
                   help=f"JSON Lines corpus with text and dct (default: {DEFAULT_CORPUS})")
    p.add_argument("--limit", type=int, metavar="N", help="use only the first N documents")
    p.add_argument("--repeat", type=int, default=3, metavar="N",
                   help="timed passes over the documents after the warm-up; the median is reported (default 3)")
    p.add_argument("--http", dest="http", action="store_true", default=True,
                   help="also measure the service over HTTP with one gunicorn worker (default)")
    p.add_argument("--no-http", dest="http", action="store_false", help="skip the HTTP measurement")
    p.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = p.parse_args(argv)
    if args.repeat < 1:
        p.error("--repeat must be at least 1")

    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    docs = load(args.corpus, args.limit)
    if not docs:
        print("no documents", file=sys.stderr)
        return 2
    kb = sum(len(d.text.encode("utf-8")) for d in docs) / 1000
    print(f"{len(docs)} documents, {kb:,.1f} KB from {args.corpus}; warm-up {WARM_UP_DOCS} docs, "
          f"median of {args.repeat} passes")

    engine = measure("engine", docs, engine_runner(), args.repeat)
    print(f"engine in-process:   {engine}  (best pass {engine.best:.2f} s)")
    baseline = measure("search_dates", docs, search_dates_runner(), args.repeat)
    print(f"search_dates:        {baseline}  (best pass {baseline.best:.2f} s)")
    ratio = engine.docs_per_s / baseline.docs_per_s

    http = None
    http_error = None
    if args.http:
        server = Server(free_port())
        try:
            server.wait_ready()
            http = measure("HTTP", docs, http_runner(server.port), args.repeat)
            print(f"HTTP, 1 worker:      {http}  (best pass {http.best:.2f} s)")
        except (RuntimeError, OSError) as e:
            http_error = str(e)
            print(f"HTTP measurement skipped: {e}", file=sys.stderr)
        finally:
            server.stop()

    summary = (f"engine in-process: {engine.docs_per_s:,.1f} docs/s, {engine.kb_per_s:,.1f} KB/s | "
               f"search_dates: {baseline.docs_per_s:,.1f} docs/s, {baseline.kb_per_s:,.1f} KB/s | "
               f"ratio {ratio:,.2f}x")
    if http is not None:
        summary += (f" | HTTP 1 worker: {http.docs_per_s:,.1f} docs/s, {http.kb_per_s:,.1f} KB/s, "
                    f"ratio {http.docs_per_s / baseline.docs_per_s:,.2f}x")
    elif args.http:
        summary += " | HTTP 1 worker: failed (see above)"
    print(summary)
    if args.json:
        def fig(f):
            return None if f is None else {"docs_per_s": f.docs_per_s, "kb_per_s": f.kb_per_s,
                                           "median_s": f.seconds, "best_s": f.best}
        print(json.dumps({"docs": len(docs), "kb": kb, "repeat": args.repeat, "engine": fig(engine),
                          "search_dates": fig(baseline), "ratio": ratio, "http": fig(http),
                          "http_ratio": http.docs_per_s / baseline.docs_per_s if http else None,
                          "http_error": http_error}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
