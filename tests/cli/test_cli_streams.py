"""The streaming commands against the simulator with simulated time running 60x: ``orderbook
--watch --json`` and ``record`` (JSON lines and Parquet), read back with ``check-capture``; and a
capture across a dropped connection, whose gap must be marked, never joined."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from clisim import SimServer, kalshi_ext


@pytest.fixture(scope="module")
def sim() -> Iterator[SimServer]:
    server = SimServer.start(seed=11, speed=60.0)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def env(sim: SimServer, tmp_path: Path) -> dict[str, str]:
    return sim.env(tmp_path / "home")


def two_tickers(sim: SimServer, env: dict[str, str]) -> list[str]:
    markets = kalshi_ext(env, "markets", "--limit", "2", "--json", *sim.target()).json()["markets"]
    return [m["ticker"] for m in markets]


def test_watch_json_lines(sim: SimServer, env: dict[str, str]) -> None:
    ticker = two_tickers(sim, env)[0]
    lines = kalshi_ext(
        env, "orderbook", ticker, "--watch", "--json", "--depth", "3", "--duration", "3", *sim.target(ws=True)
    ).json_lines()
    books = [line for line in lines if line["type"] == "book"]
    assert len(books) >= 5, lines[:3]
    for line in books:
        assert line["market_ticker"] == ticker and line["synced"] is True
        bids = [Decimal(p) for p, _ in line["bids"]]
        asks = [Decimal(p) for p, _ in line["asks"]]
        assert len(bids) <= 3 and len(asks) <= 3
        assert bids == sorted(bids, reverse=True) and asks == sorted(asks)
        if bids and asks:
            assert Decimal(line["best_bid"]) == bids[0] < asks[0] == Decimal(line["best_ask"])
            assert Decimal(line["spread"]) == asks[0] - bids[0]
    seqs = [line["seq"] for line in books]
    assert seqs == sorted(seqs)
    for trade in (line for line in lines if line["type"] == "trade"):
        assert trade["market_ticker"] == ticker and Decimal(trade["count_fp"]) > 0


def frames_of(out: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line) for path in sorted(out.glob("frames/hour=*/*.jsonl")) for line in path.read_text().splitlines()
    ]


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_record_and_read_back(sim: SimServer, env: dict[str, str], tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    markets = two_tickers(sim, env)
    out = tmp_path / "capture"
    summary = kalshi_ext(
        env,
        "record",
        "--tickers",
        ",".join(markets),
        "--channels",
        "orderbook_delta,trade,ticker",
        "--out",
        str(out),
        "--format",
        fmt,
        "--book-interval",
        "0.5",
        "--duration",
        "3",
        "--json",
        *sim.target(ws=True),
    ).json()
    assert summary["frames"] > 0 and summary["books"] > 0 and summary["gaps"] == 0 and summary["errors"] == 0
    assert all(name.endswith(f".{fmt}") for name in summary["files"])
    report = kalshi_ext(env, "check-capture", str(out), "--json").json()
    assert report["problems"] == []
    assert (report["frames"], report["books"]) == (summary["frames"], summary["books"])
    per_market = Counter()
    for row in report["per_hour_market"]:
        per_market[row["market_ticker"]] += row["frames"]
    assert set(per_market) == set(markets)
    text = kalshi_ext(env, "check-capture", str(out)).out
    assert "in order: receipt times never go back" in text
    if fmt == "jsonl":
        rows = frames_of(out)
        first = {}
        for row in rows:
            first.setdefault((row["market_ticker"], row["channel"]), row["type"])
        for ticker in markets:  # every book starts from a snapshot
            assert first[(ticker, "orderbook_delta")] == "orderbook_snapshot"


class DroppingProxy:
    """A loopback TCP proxy in front of the simulator's WebSocket server that can cut every
    connection at once, as a network failure would."""

    def __init__(self, target_port: int) -> None:
        self._target = target_port
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        self.accepted = 0
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self._target))
            with self._lock:
                self._pairs.append((client, upstream))
                self.accepted += 1
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def drop(self) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            for s in pair:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def close(self) -> None:
        self._server.close()
        self.drop()
        self._thread.join(timeout=5)


def test_a_dropped_connection_is_marked_as_a_gap(sim: SimServer, env: dict[str, str], tmp_path: Path) -> None:
    import subprocess
    import sys

    markets = two_tickers(sim, env)
    ws_port = int(sim.ws_url.split(":")[2].split("/")[0])
    proxy = DroppingProxy(ws_port)
    out = tmp_path / "capture"
    ws_url = sim.ws_url.replace(f":{ws_port}/", f":{proxy.port}/")
    args = ["record", "--tickers", ",".join(markets), "--channels", "orderbook_delta,trade", "--out", str(out),
            "--duration", "6", "--json", "--base-url", sim.rest_url, "--ws-url", ws_url,
            "--allow-custom-host"]  # fmt: skip
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "kalshi_ext", *args],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 20
        while proxy.accepted < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(2.0)
        proxy.drop()
        stdout, stderr = process.communicate(timeout=60)
    finally:
        proxy.close()
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
    summary = json.loads(stdout)
    assert proxy.accepted >= 2  # the client reconnected through the proxy
    assert summary["frames"] > 0
    rows = frames_of(out)
    gaps = [row for row in rows if row["kind"] == "gap"]
    reasons = [row["type"] for row in gaps]
    assert {"disconnected", "reconnected", "reconnect"} <= set(reasons), reasons
    assert summary["gaps"] == len(gaps)
    # The book stream itself says where the old connection ends: its "reconnect" row; the next
    # book frame of each market is a fresh snapshot, and its seq starts again.
    cut = next(i for i, row in enumerate(rows) if row["type"] == "reconnect")
    for ticker in markets:
        later = [r for r in rows[cut:] if r["market_ticker"] == ticker and r["channel"] == "orderbook_delta"]
        assert later and later[0]["type"] == "orderbook_snapshot", later[:1]
    restarted = [r for r in rows[cut:] if r["kind"] == "frame" and r["channel"] == "orderbook_delta"]
    assert restarted[0]["seq"] == 1
    assert restarted[0]["segment"] > rows[cut - 1]["segment"]
    report = kalshi_ext(env, "check-capture", str(out), "--json").json()
    assert report["problems"] == []
    assert report["gaps"]["disconnected"] >= 1
