"""One seed, one history: the same requests give byte-identical REST and WebSocket transcripts."""

from __future__ import annotations

import json
from typing import Any

import httpx

from kalshi_ext import KalshiClient
from kalshi_ext.sim import IN_PROCESS_BASE_URL, Simulator


def _session(seed: int) -> tuple[list[bytes], list[str]]:
    sim = Simulator(seed=seed, markets=6)
    rest: list[bytes] = []
    inner = sim.transport()

    def recording(request: httpx.Request) -> httpx.Response:
        response = inner.handle_request(request)
        response.read()
        rest.append(
            request.method.encode()
            + b" "
            + request.url.raw_path
            + b" "
            + str(response.status_code).encode()
            + b" "
            + response.content
        )
        return response

    ws = sim.ws_session()
    tickers = list(sim.state.markets)[:3]
    ws.receive(
        json.dumps(
            {
                "id": 1,
                "cmd": "subscribe",
                "params": {"channels": ["orderbook_delta", "trade", "ticker"], "market_tickers": tickers},
            }
        )
    )
    ws.receive(
        json.dumps({"id": 2, "cmd": "subscribe", "params": {"channels": ["fill", "user_orders", "market_positions"]}})
    )
    frames: list[str] = ws.drain()
    client = KalshiClient(
        key_id=sim.user.key_id, private_key=sim.user.private_key_pem, base_url=IN_PROCESS_BASE_URL,
        allow_custom_host=True, transport=httpx.MockTransport(recording),
    )  # fmt: skip
    with client as kalshi:
        for step in range(20):
            market = kalshi.markets.get(tickers[step % 3]).market
            side: Any = "bid" if step % 2 else "ask"
            price = market.yes_ask_dollars if side == "bid" else market.yes_bid_dollars
            kalshi.orders.create_v2(
                ticker=market.ticker, side=side, count="2", price=price, time_in_force="immediate_or_cancel",
                self_trade_prevention_type="taker_at_cross", client_order_id=f"det-{step}",
            )  # fmt: skip
            sim.advance(7)
            frames += ws.drain()
        kalshi.portfolio.fills()
        kalshi.portfolio.positions()
        kalshi.markets.list_trades()
        kalshi.portfolio.balance()
    ws.close()
    return rest, frames


def test_same_seed_same_bytes_other_seed_other_history() -> None:
    rest_a, ws_a = _session(42)
    rest_b, ws_b = _session(42)
    assert len(ws_a) > 100 and len(rest_a) == 44
    assert rest_a == rest_b
    assert ws_a == ws_b
    rest_c, _ = _session(43)
    assert rest_c != rest_a
