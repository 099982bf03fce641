"""Cost of the pre-send checks (issue 10): order placement and a list call, with and without them.

Run:  .venv/bin/python benchmarks/bench_safety.py          (about 10-20 s on 2 cores)

Each round times N calls through a ``KalshiClient`` whose network is an ``httpx.MockTransport``
(so the figures are the client's own work: argument checks, body building, signing, parsing), once
with the spec-driven checks (``kalshi_ext._arguments.check_call``) and once with them replaced by a
pass-through, in alternating order; medians of the rounds and their ratio are printed. This is a
script, not a timed test.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric import ed25519

import kalshi_ext._base as base_module
from kalshi_ext import KalshiClient

ROUNDS, N = 9, 400
CREATED = {"order_id": "o-1", "client_order_id": "c-1", "fill_count": "0.00", "remaining_count": "3.00"}
MARKETS = {"markets": [], "cursor": ""}


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(201, json=CREATED) if request.method == "POST" else httpx.Response(200, json=MARKETS)


def _calls(kalshi: KalshiClient) -> dict[str, Callable[[], Any]]:
    order = {
        "ticker": "KXBENCH-26DEC01",
        "side": "bid",
        "count": "3",
        "price": "0.42",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
        "client_order_id": "c-1",
    }
    return {
        "orders.create_v2 (keyword body)": lambda: kalshi.orders.create_v2(**order),
        "markets.list (query)": lambda: kalshi.markets.list(limit=100, status="open", min_close_ts=1_700_000_000),
    }


def _time(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    for _ in range(N):
        call()
    return (time.perf_counter() - started) / N


def main() -> None:
    original = base_module.check_call

    def unchecked(name: str, module: str, annotations: Any, kwargs: dict[str, Any], models: Any) -> Any:
        return kwargs, None

    key = ed25519.Ed25519PrivateKey.generate()
    with KalshiClient(
        key_id="bench",
        private_key=key,
        base_url="http://127.0.0.1:9/trade-api/v2",
        allow_custom_host=True,
        transport=httpx.MockTransport(_answer),
    ) as kalshi:
        for label, call in _calls(kalshi).items():
            checked: list[float] = []
            bare: list[float] = []
            for round_ in range(ROUNDS):
                order = (True, False) if round_ % 2 == 0 else (False, True)
                for with_checks in order:
                    base_module.check_call = original if with_checks else unchecked  # type: ignore[assignment]
                    (checked if with_checks else bare).append(_time(call))
            base_module.check_call = original  # type: ignore[assignment]
            a, b = statistics.median(checked), statistics.median(bare)
            print(f"{label}: {a * 1e6:.0f} us with checks, {b * 1e6:.0f} us without: {a / b:.2f}x")


if __name__ == "__main__":
    main()
