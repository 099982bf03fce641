"""Simulator benchmark: figures against raw baselines in the same run, A/B interleaved, medians.

Run:  .venv/bin/python benchmarks/bench_sim.py          (about a minute on 2 cores)

1. Engine: order placements per second through ``Engine.place`` (half resting, half crossing and
   matching, with fees, positions and balance), versus a raw baseline that only files the same
   orders into a minimal price-time book (a dict of levels plus a sorted price list).
2. In-process front end: signed ``orders.create_v2`` calls per second through ``sim.client()``
   (SDK signing, the simulator's Ed25519 verification, matching, JSON both ways).
3. Loopback: the simulator in its own process (``kalshi-ext sim serve``) serving the SDK
   (``KalshiClient.request``, every request signed and verified) with 1 and 4 client threads, versus
   raw httpx against a stdlib ``http.server`` that answers a fixed body (no signing, no engine).
"""

from __future__ import annotations

import bisect
import json
import random
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

from kalshi_ext import KalshiClient
from kalshi_ext.sim import Simulator
from kalshi_ext.sim._entry import OrderRequest

ROUNDS = 5
N_ORDERS = 10_000


def _orders(ticker: str, n: int, seed: int) -> list[OrderRequest]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        outcome = "yes" if rng.random() < 0.5 else "no"
        out.append(
            OrderRequest(
                ticker,
                outcome,
                rng.randrange(40, 61) * 100,
                100 * rng.randint(1, 5),
                "good_till_canceled",
                "maker",
                f"b{i}",
            )
        )
    return out


def engine_rate(seed: int) -> float:
    sim = Simulator(seed=1, markets=1, agents=False, cash="100000000")
    eng = sim.engine
    ticker = next(iter(eng.markets))
    users = [sim.user.user_id, sim.new_user("100000000").user_id]
    orders = _orders(ticker, N_ORDERS, seed)
    start = time.perf_counter()
    for i, req in enumerate(orders):
        eng.place(users[i % 2], req)
    return N_ORDERS / (time.perf_counter() - start)


def raw_book_rate(seed: int) -> float:
    orders = _orders("T", N_ORDERS, seed)
    levels: dict[tuple[str, int], dict[str, int]] = {}
    prices: dict[str, list[int]] = {"yes": [], "no": []}
    start = time.perf_counter()
    for i, req in enumerate(orders):
        key = (req.outcome, req.yes_price)
        level = levels.get(key)
        if level is None:
            level = levels[key] = {}
            bisect.insort(prices[req.outcome], req.yes_price)
        level[str(i)] = req.count
    return N_ORDERS / (time.perf_counter() - start)


def in_process_rate() -> float:
    sim = Simulator(seed=2, markets=3)
    ticker = next(iter(sim.state.markets))
    n = 1500
    with sim.client() as kalshi:
        start = time.perf_counter()
        for i in range(n):
            kalshi.orders.create_v2(
                ticker=ticker,
                side="bid" if i % 2 else "ask",
                count="1",
                price="0.5000",
                time_in_force="good_till_canceled",
                self_trade_prevention_type="maker",
                client_order_id=f"ip-{i}",
            )
        return n / (time.perf_counter() - start)


_RAW_SERVER = """
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
BODY = b'{"balance":100000,"balance_dollars":"1000.0000","portfolio_value":0,"updated_ts":1}'
class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)
    def log_message(self, *a):
        pass
s = ThreadingHTTPServer(("127.0.0.1", 0), H)
s.daemon_threads = True
print(s.server_address[1], flush=True)
s.serve_forever()
"""


def _threads(n: int, total: int, work: Callable[[int], None]) -> float:
    threads = [threading.Thread(target=work, args=(total // n,)) for _ in range(n)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return total / (time.perf_counter() - start)


def loopback(info: dict[str, Any], raw_port: int, n_threads: int) -> tuple[float, float]:
    total = 1200
    clients = [
        KalshiClient(
            key_id=info["key_id"],
            private_key_path=info["private_key_path"],
            base_url=info["rest_url"],
            allow_custom_host=True,
        )
        for _ in range(n_threads)
    ]
    raws = [httpx.Client(base_url=f"http://127.0.0.1:{raw_port}") for _ in range(n_threads)]
    it = iter(range(10**9))

    def sim_work(k: int) -> None:
        client = clients[next(it) % n_threads]
        for _ in range(k):
            client.request("GET", "/portfolio/balance")

    def raw_work(k: int) -> None:
        client = raws[next(it) % n_threads]
        for _ in range(k):
            client.get("/trade-api/v2/portfolio/balance").json()

    for c in clients:
        c.request("GET", "/portfolio/balance")
    sim_rate = _threads(n_threads, total, sim_work)
    raw_rate = _threads(n_threads, total, raw_work)
    for c in clients:
        c.close()
    for r in raws:
        r.close()
    return sim_rate, raw_rate


def main() -> None:
    eng, raw = [], []
    for r in range(ROUNDS):
        pair = (engine_rate, raw_book_rate) if r % 2 == 0 else (raw_book_rate, engine_rate)
        results = {f.__name__: f(r) for f in pair}
        eng.append(results["engine_rate"])
        raw.append(results["raw_book_rate"])
    e, b = statistics.median(eng), statistics.median(raw)
    print(f"engine: {e:,.0f} placements/s (median of {ROUNDS}); raw book filing {b:,.0f}/s; ratio {b / e:.1f}x")
    ip = statistics.median(in_process_rate() for _ in range(3))
    print(f"in-process: {ip:,.0f} signed create_v2 calls/s through sim.client() (median of 3)")

    proc = subprocess.Popen(
        [sys.executable, "-m", "kalshi_ext", "sim", "serve", "--markets", "3"], stdout=subprocess.PIPE, text=True
    )
    raw_proc = subprocess.Popen([sys.executable, "-c", _RAW_SERVER], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and raw_proc.stdout is not None
        info = json.loads(proc.stdout.readline())
        raw_port = int(raw_proc.stdout.readline())
        for n in (1, 4):
            sims, raws = [], []
            for _ in range(3):
                s, r = loopback(info, raw_port, n)
                sims.append(s)
                raws.append(r)
            s, r = statistics.median(sims), statistics.median(raws)
            print(
                f"loopback, {n} client thread(s): {s:,.0f} signed+verified requests/s; raw httpx vs static "
                f"http.server {r:,.0f}/s; ratio {r / s:.1f}x"
            )
    finally:
        proc.terminate()
        raw_proc.terminate()
        proc.wait()
        raw_proc.wait()


if __name__ == "__main__":
    main()
