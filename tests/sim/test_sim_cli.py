"""``kalshi-ext sim serve`` (a subprocess another client can use) and ``kalshi-ext sim demo``."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kalshi_ext import KalshiClient
from kalshi_ext.cli import main


@contextmanager
def _serving(*extra: str) -> Iterator[dict[str, Any]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "kalshi_ext", "sim", "serve", "--seed", "3", "--markets", "2", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        info = json.loads(line)
        yield info
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert not os.path.exists(info["private_key_path"])  # made for this run, removed at exit


def _client(info: dict[str, Any]) -> KalshiClient:
    return KalshiClient(
        key_id=info["key_id"],
        private_key_path=info["private_key_path"],
        base_url=info["rest_url"],
        allow_custom_host=True,
    )


def test_serve_prints_one_json_line_and_serves_signed_requests(tmp_path: Path) -> None:
    state = tmp_path / "paper.sqlite"
    with _serving("--state", str(state)) as info:
        assert set(info) == {"rest_url", "ws_url", "key_id", "private_key_path", "user_id", "seed"}
        assert info["rest_url"].startswith("http://127.0.0.1:") and info["ws_url"].startswith("ws://127.0.0.1:")
        with _client(info) as kalshi:
            ticker = kalshi.markets.list(status="open").markets[0].ticker
            placed = kalshi.orders.create_v2(
                ticker=ticker, side="bid", count="1", price="0.0100", time_in_force="good_till_canceled",
                self_trade_prevention_type="taker_at_cross",
            )  # fmt: skip
    with _serving("--state", str(state)) as again:  # the same account and order after a restart
        assert again["user_id"] == info["user_id"] and again["key_id"] != info["key_id"]
        with _client(again) as kalshi:
            assert kalshi.orders.get(placed.order_id).order.status.value == "resting"


def test_demo_runs_the_example_bot_and_reconciles() -> None:
    out, err = io.StringIO(), io.StringIO()
    status = main(["sim", "demo", "--speed", "60"], stdout=out, stderr=err)
    text = out.getvalue()
    assert status == 0, text + err.getvalue()
    assert "QUOTE" in text and "settled: result" in text
    assert "reconciled: P&L equals the balance change to the cent" in text


def test_sim_help_and_usage_errors() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["sim", "serve", "--help"], stdout=out, stderr=err) == 0
    assert main(["sim", "serve", "--markets", "0"], stdout=out, stderr=err) == 2
