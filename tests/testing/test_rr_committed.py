"""A cassette committed to the repository, replayed by the plugin's fixture on every run.

It was recorded against the simulator (seed 3) with the fixture itself; to record it again (after
a change in what the SDK sends), run::

    .venv/bin/python -m pytest tests/testing/test_rr_committed.py --kalshi-record-mode=all

In replay (the default mode) no simulator runs and the client signs with a throwaway key.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519
from kalshi_trade_api.models import (
    BookSide,
    CreateOrderV2Request,
    CreateOrderV2RequestTimeInForce,
    SelfTradePreventionType,
)
from rr_fake import pem_private

from kalshi_ext import KalshiClient
from kalshi_ext.testing import Cassette
from kalshi_ext.ws import BookUpdate, KalshiWebSocket

WS_PATH = "/trade-api/ws/v2"


@contextmanager
def exchange(cassette: Cassette) -> Iterator[tuple[dict[str, Any], str | None]]:
    """Client options and the WebSocket upstream: the simulator when recording, nothing when replaying."""
    if not cassette.recording:
        pem = pem_private(ed25519.Ed25519PrivateKey.generate())
        yield {"key_id": "replay", "private_key": pem, "transport": cassette.transport()}, None
        return
    from kalshi_ext.sim import Simulator

    sim = Simulator(seed=3, markets=4)
    with sim.serve() as served:
        options = {
            "key_id": sim.user.key_id,
            "private_key": sim.user.private_key_pem,
            "transport": cassette.transport(sim.transport()),
        }
        yield options, served.ws_url.removesuffix(WS_PATH)


async def test_replays_a_committed_cassette(kalshi_cassette: Cassette, kalshi_cassette_path: Path) -> None:
    from kalshi_ext.sim import IN_PROCESS_BASE_URL

    with exchange(kalshi_cassette) as (options, upstream):
        with KalshiClient(base_url=IN_PROCESS_BASE_URL, allow_custom_host=True, **options) as kalshi:
            assert kalshi.exchange.status().trading_active is True
            market = kalshi.markets.list(status="open", limit=3).markets[0]
            placed = kalshi.orders.create_v2(
                body=CreateOrderV2Request(
                    ticker=market.ticker,
                    side=BookSide.BID,
                    count="2",
                    price=str(market.yes_ask_dollars),
                    time_in_force=CreateOrderV2RequestTimeInForce.IMMEDIATE_OR_CANCEL,
                    self_trade_prevention_type=SelfTradePreventionType("taker_at_cross"),
                )
            )
            assert placed.fill_count == Decimal("2.00")
            (position,) = kalshi.portfolio.positions().market_positions
            assert position.ticker == market.ticker and position.position_fp == Decimal("2.00")
            async with kalshi_cassette.websocket(upstream=upstream) as server:
                async with KalshiWebSocket(kalshi.signer, url=server.url_for(WS_PATH), allow_custom_host=True) as ws:
                    sub = await ws.subscribe_orderbook_delta([market.ticker])
                    async for event in sub:
                        if isinstance(event, BookUpdate):
                            assert event.is_snapshot and event.best_ask is not None
                            break
                    await ws.unsubscribe(sub)
    if not kalshi_cassette.recording:
        assert kalshi_cassette.unplayed() == []
        stored = json.loads(kalshi_cassette_path.read_text())
        assert stored["version"] == 1 and len(stored["interactions"]) == 4 and len(stored["websockets"]) == 1
