"""Record a trading session against the simulator (in-process REST, sync and async, and its
loopback WebSocket server), then replay it with no simulator and a throwaway key."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from kalshi_trade_api.models import (
    BookSide,
    CreateOrderV2Request,
    CreateOrderV2RequestTimeInForce,
    SelfTradePreventionType,
)
from rr_fake import pem_lines

from kalshi_ext import AsyncKalshiClient, KalshiClient
from kalshi_ext.sim import IN_PROCESS_BASE_URL, Simulator
from kalshi_ext.testing import Cassette, Matcher
from kalshi_ext.ws import BookUpdate, KalshiWebSocket


def ioc_bid(ticker: str, count: str, price: Decimal) -> CreateOrderV2Request:
    return CreateOrderV2Request(
        ticker=ticker,
        side=BookSide.BID,
        count=count,
        price=str(price),
        time_in_force=CreateOrderV2RequestTimeInForce.IMMEDIATE_OR_CANCEL,
        self_trade_prevention_type=SelfTradePreventionType("taker_at_cross"),
    )


def sync_session(kalshi: KalshiClient, key_dir: Path) -> dict[str, Any]:
    market = kalshi.markets.list(status="open").markets[0]
    placed = kalshi.orders.create_v2(
        body=ioc_bid(market.ticker, "2", market.yes_ask_dollars)
    )  # a fresh client_order_id
    saved = kalshi.generate_api_key("rr-sim", save_to=key_dir / "new.pem")
    return {
        "ticker": market.ticker,
        "order_id": placed.order_id,
        "filled": placed.fill_count,
        "balance": kalshi.portfolio.balance().balance_dollars,
        "positions": [(p.ticker, p.position_fp) for p in kalshi.portfolio.positions().market_positions],
        "key_file": saved.path,
    }


async def async_session(kalshi: AsyncKalshiClient, ws_url: str, signer: Any) -> dict[str, Any]:
    market = (await kalshi.markets.list(status="open")).markets[1]
    placed = await kalshi.orders.create_v2(body=ioc_bid(market.ticker, "1", market.yes_ask_dollars))
    async with KalshiWebSocket(signer, url=ws_url, allow_custom_host=True, ack_timeout=5.0, close_timeout=1.0) as ws:
        sub = await ws.subscribe_orderbook_delta([market.ticker])
        async for event in sub:
            if isinstance(event, BookUpdate):
                assert event.best_bid is not None and event.best_ask is not None
                book = (str(event.best_bid.price), str(event.best_ask.price))
                break
        await ws.unsubscribe(sub)
    return {"order_id": placed.order_id, "filled": placed.fill_count, "book": book}


def client_options(key_id: str, pem: str, transport: Any) -> dict[str, Any]:
    return {
        "key_id": key_id,
        "private_key": pem,
        "base_url": IN_PROCESS_BASE_URL,
        "allow_custom_host": True,
        "transport": transport,
    }


async def test_a_simulator_session_replays_without_the_simulator(tmp_path: Path) -> None:
    sim = Simulator(seed=5, markets=6)
    user = sim.user
    path = tmp_path / "sim-session.json"
    signatures: list[str] = []
    in_process = sim.transport()

    def tap(request: httpx.Request) -> httpx.Response:  # what the simulator saw: to prove none is stored
        signatures.append(request.headers["kalshi-access-signature"])
        return in_process.handle_request(request)

    with sim.serve() as served, Cassette(path, mode="once") as cassette:
        origin = served.ws_url.removesuffix("/trade-api/ws/v2")
        with KalshiClient(
            **client_options(user.key_id, user.private_key_pem, cassette.transport(httpx.MockTransport(tap)))
        ) as kalshi:
            live = sync_session(kalshi, tmp_path / "live")
            signer = kalshi.signer
        async with cassette.websocket(upstream=origin) as server:
            async with AsyncKalshiClient(
                **client_options(user.key_id, user.private_key_pem, cassette.async_transport(httpx.MockTransport(tap)))
            ) as akalshi:
                live_async = await async_session(akalshi, server.url_for(), signer)
    assert live["filled"] == Decimal("2.00") and live["positions"] == [(live["ticker"], Decimal("2.00"))]
    assert live_async["filled"] == Decimal("1.00")
    assert sim.state.orders[live["order_id"]].filled == 200  # the simulator really traded

    text = path.read_text()
    data = json.loads(text)
    secrets = {*signatures, *pem_lines(user.private_key_pem), *pem_lines(live["key_file"].read_text())}
    assert len(signatures) == 7 and not [s for s in secrets if s in text] and "PRIVATE KEY" not in text
    assert len(data["interactions"]) == 7 and len(data["websockets"]) == 1

    # Replay: no simulator, a throwaway key (signatures are not checked on replay).
    throwaway = load_pem_private_key(_pem(ed25519.Ed25519PrivateKey.generate()).encode(), password=None)
    pem = _pem(throwaway)
    with Cassette(path) as replay:
        with KalshiClient(**client_options("replay-key", pem, replay.transport())) as kalshi:
            again = sync_session(kalshi, tmp_path / "replay")
            signer = kalshi.signer
        async with replay.websocket() as server:
            async with AsyncKalshiClient(**client_options("replay-key", pem, replay.async_transport())) as akalshi:
                again_async = await async_session(akalshi, server.url_for(), signer)
        assert replay.unplayed() == []
    assert {k: v for k, v in again.items() if k != "key_file"} == {k: v for k, v in live.items() if k != "key_file"}
    assert again_async == live_async
    assert load_pem_private_key(again["key_file"].read_bytes(), password=None) is not None


def _pem(key: Any) -> str:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def test_a_dropped_order_write_and_its_lookup_replay(tmp_path: Path) -> None:
    """The simulator applies an order and drops the connection; the SDK finds the order by its
    client_order_id. The cassette holds the ReadError and the lookup, and the replay (with a new
    client_order_id made by the SDK, and min_ts moved on) takes the same path to the same order."""
    sim = Simulator(seed=5, markets=6)
    market = next(m for m in sim.state.markets.values() if m.status == "active")
    sim.faults.add("drop_after_write", operations="CreateOrderV2", times=1)
    path = tmp_path / "dropped.json"
    # min_ts is the SDK's "orders since I sent it" filter: it moves with the client's clock (the
    # simulated one while recording, so the lookup finds the order; the wall clock in the replay)
    matcher = Matcher(ignore_query={"min_ts"})
    with Cassette(path, mode="once", matcher=matcher) as cassette:
        options = client_options(sim.user.key_id, sim.user.private_key_pem, cassette.transport(sim.transport()))
        with KalshiClient(**options, clock=sim.now_s) as kalshi:
            placed = kalshi.orders.create_v2(body=ioc_bid(market.ticker, "1", Decimal("0.9900")))
    assert len([o for o in sim.state.orders.values() if o.ticker == market.ticker]) >= 1
    stored = json.loads(path.read_text())["interactions"]
    assert stored[0]["error"] == {
        "type": "ReadError",
        "message": "connection dropped by the simulator after the write was applied",
    }
    assert stored[1]["request"]["method"] == "GET" and "/portfolio/orders" in stored[1]["request"]["url"]
    recorded_coid = stored[0]["request"]["body"]["json"]["client_order_id"]

    pem = _pem(ed25519.Ed25519PrivateKey.generate())
    with (
        Cassette(path, matcher=matcher) as replay,
        KalshiClient(**client_options("replay", pem, replay.transport())) as kalshi,
    ):
        again = kalshi.orders.create_v2(body=ioc_bid(market.ticker, "1", Decimal("0.9900")))
        assert replay.unplayed() == []
    assert again.order_id == placed.order_id
    assert again.client_order_id != recorded_coid  # the id this run's SDK made, not the recorded one
