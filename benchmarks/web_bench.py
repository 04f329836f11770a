"""Web benchmark (not a test): `/api/dyad` under a bounded load on loopback, from a
real `dyadwatch serve` in its own process. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/web_bench.py [--db PATH] [--clients 8] [--requests 200]

Without `--db`, the example database is built first (`dyadwatch ingest examples/corpus`
into a temporary file). The server is started on a free loopback port and warmed up
(`--warmup` requests); then one client sends `--requests` requests one after the other
(the single-client figure), and `--clients` clients at once, each on its own keep-alive
connection, send `--requests` requests each. Both runs are made twice: with the same URL
every time, as the issue's probe did (the server answers repeats from its answer cache
while the database is unchanged), and with every URL distinct (`&since=` a different
day before any event, so the same events are counted and each answer is computed: the
dyad counted anew, the pair's flags, which such a bound holds whole, taken from what
the app keeps per database state; `--url '/api/dyad?a=RUS&b=PRK&until=2024-01-10'`
asks for bounds that cut through the example pair's flags, queried each time). For
each run: p50, p90, p99 and max of the request times (sent to answer read in full),
requests per second, the server's CPU time per request (user and system, from
/proc: the figure that other work on the machine changes least), and any status other
than 200. Then a HEAD of the same URL. The targets (issue 18) are p50 ≤ 20 ms and p99 ≤
100 ms with 8 clients; figures depend on the machine and on what else runs on it (the
clients share its cores with the server).
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "corpus"
URL = "/api/dyad?a=RUS&b=PRK"
START_TIMEOUT = 60.0
REQUEST_TIMEOUT = 30.0
TARGET_P50_MS, TARGET_P99_MS = 20.0, 100.0


@dataclass(frozen=True)
class Run:
    clients: int
    seconds: float
    times: list[float]  # per request, in seconds
    statuses: Counter[int]
    server_cpu: float  # the server's CPU seconds (user and system) during the run

    def percentile(self, share: float) -> float:
        ordered = sorted(self.times)
        return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]

    def line(self) -> str:
        ms = [1000 * self.percentile(share) for share in (0.5, 0.9, 0.99)] + [1000 * max(self.times)]
        others = {status: n for status, n in self.statuses.items() if status != 200}
        return (f"{self.clients} client{'s' * (self.clients > 1)}: {len(self.times)} requests in {self.seconds:.2f} s, "
                f"{len(self.times) / self.seconds:,.0f} requests/s   p50 {ms[0]:.1f} ms  p90 {ms[1]:.1f} ms  "
                f"p99 {ms[2]:.1f} ms  max {ms[3]:.1f} ms  mean {1000 * statistics.fmean(self.times):.1f} ms   "
                f"server CPU {1000 * self.server_cpu / len(self.times):.1f} ms/request"
                + (f"   not 200: {others}" if others else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="a dyadwatch database (default: the examples, ingested now)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
    parser.add_argument("--requests", type=int, default=200, help="requests per client")
    parser.add_argument("--warmup", type=int, default=50, help="requests before timing")
    parser.add_argument("--url", default=URL, help="path and query to request")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="web-bench-") as folder:
        db = args.db or example_db(Path(folder) / "examples.duckdb")
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "dyadwatch", "serve", "--db", str(db), "--port", str(port)],
                                  env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            wait_until_up(port, server)
            load(port, distinct(args.url, args.warmup, start=10_000) + [args.url], clients=1,
                 requests=args.warmup + 1, server=server.pid)
            runs: dict[str, tuple[Run, Run]] = {}
            for kind, urls in (("same URL", lambda n: [args.url] * n), ("distinct URLs", distinct_urls(args.url))):
                runs[kind] = (load(port, urls(args.requests), clients=1, requests=args.requests, server=server.pid),
                              load(port, urls(args.clients * args.requests), clients=args.clients,
                                   requests=args.requests, server=server.pid))
            head = request(port, args.url, method="HEAD")
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"GET {args.url} on {db if args.db else 'the example database'}, loopback, {os.cpu_count()} cores")
    for kind, (single, many) in runs.items():
        print(f"{kind}:")
        print(f"  {single.line()}")
        print(f"  {many.line()}")
        print(f"  {args.clients} clients ÷ 1: p50 ×{many.percentile(0.5) / single.percentile(0.5):.1f}  "
              f"throughput ×{(len(many.times) / many.seconds) / (len(single.times) / single.seconds):.1f}   "
              f"targets: p50 {1000 * many.percentile(0.5):.1f} ms (≤ {TARGET_P50_MS:g}), "
              f"p99 {1000 * many.percentile(0.99):.1f} ms (≤ {TARGET_P99_MS:g})")
    print(f"HEAD {args.url}: {head[0]}, {head[1]} bytes of body")


def distinct_urls(url: str) -> Callable[[int], list[str]]:
    """URLs never asked before in this run: each call gives `n` more."""
    asked = 0

    def urls(n: int) -> list[str]:
        nonlocal asked
        asked += n
        return distinct(url, n, start=asked - n)

    return urls


def distinct(url: str, n: int, *, start: int) -> list[str]:
    """`url` with `since` set to `n` different days, all before any stored event."""
    last = dt.date(1999, 12, 31)
    return [f"{url}&since={last - dt.timedelta(days=start + i)}" for i in range(n)]


def example_db(path: Path) -> Path:
    """The examples ingested into `path` (a minute or so: the spaCy model parses them)."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dyadwatch", "ingest", str(EXAMPLES), "--db", str(path), "-q"],
                   check=True, stdout=subprocess.DEVNULL)
    print(f"example database built in {time.perf_counter() - started:.0f} s")
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with status {server.returncode}")
        try:
            request(port, "/api", method="GET")
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"the server did not answer within {START_TIMEOUT:g} s")


def request(port: int, url: str, *, method: str) -> tuple[int, int]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    try:
        connection.request(method, url)
        response = connection.getresponse()
        return response.status, len(response.read())
    finally:
        connection.close()


def cpu_seconds(pid: int) -> float:
    """The user and system CPU time of process `pid` so far (Linux's /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load(port: int, urls: list[str], *, clients: int, requests: int, server: int) -> Run:
    """`clients` threads, each sending `requests` GETs (client n the n-th share of
    `urls`) on one keep-alive connection, started together; `server` is the process
    id of the server."""
    times: list[list[float]] = [[] for _ in range(clients)]
    statuses: list[Counter[int]] = [Counter() for _ in range(clients)]
    start = threading.Barrier(clients + 1)

    def client(n: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
        start.wait()
        try:
            for url in urls[n * requests : (n + 1) * requests]:
                sent = time.perf_counter()
                connection.request("GET", url)
                response = connection.getresponse()
                response.read()
                times[n].append(time.perf_counter() - sent)
                statuses[n][response.status] += 1
        finally:
            connection.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    began, cpu = time.perf_counter(), cpu_seconds(server)
    for thread in threads:
        thread.join()
    return Run(clients=clients, seconds=time.perf_counter() - began, times=[t for each in times for t in each],
               statuses=sum(statuses, Counter()), server_cpu=cpu_seconds(server) - cpu)


if __name__ == "__main__":
    main()
