"""The three front ends share one state; every request is verified; unsupported answers are final."""

from __future__ import annotations

import asyncio
import json
import os
import stat
from decimal import Decimal

import httpx
import pytest
from simkit import first_market, order

from kalshi_ext import AuthenticationError, KalshiClient, RetryPolicy, ServerError
from kalshi_ext.sim import IN_PROCESS_BASE_URL, Simulator


def test_in_process_client_trades_against_the_seeded_book(busy_sim: Simulator) -> None:
    with busy_sim.client() as kalshi:
        market = kalshi.markets.list(status="open").markets[0]
        assert market.yes_ask_dollars > market.yes_bid_dollars > 0
        resp = kalshi.orders.create_v2(body=order(market.ticker, "bid", "3", str(market.yes_ask_dollars), "ioc"))
        assert resp.fill_count == Decimal("3.00")
        (pos,) = kalshi.portfolio.positions().market_positions
        assert pos.position_fp == Decimal("3.00")
    # the same state is what the engine holds
    assert busy_sim.state.orders[resp.order_id].filled == 300


async def test_async_client_shares_the_state(busy_sim: Simulator) -> None:
    async with busy_sim.async_client() as kalshi:
        balance = await kalshi.portfolio.balance()
    assert balance.balance_dollars == busy_sim.balance(busy_sim.user)


def _raw(sim: Simulator, headers: dict[str, str]) -> httpx.Response:
    with httpx.Client(transport=sim.transport(), base_url=IN_PROCESS_BASE_URL) as http:
        return http.get("/portfolio/balance", headers=headers)


def test_missing_unknown_and_forged_signatures_get_kalshis_401_bodies(busy_sim: Simulator) -> None:
    r = _raw(busy_sim, {})
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "signature_is_missing_from_headers"
    forged = {
        "KALSHI-ACCESS-KEY": busy_sim.user.key_id,
        "KALSHI-ACCESS-TIMESTAMP": str(int(__import__("time").time() * 1000)),
        "KALSHI-ACCESS-SIGNATURE": "AAAA",
    }
    r = _raw(busy_sim, forged)
    assert r.status_code == 401
    assert r.json()["error"]["details"] == "INCORRECT_API_KEY_SIGNATURE"
    r = _raw(busy_sim, {**forged, "KALSHI-ACCESS-KEY": "no-such-key"})
    assert r.json()["error"]["details"] == "NOT_FOUND"
    stale = {**forged, "KALSHI-ACCESS-TIMESTAMP": "1000"}
    assert _raw(busy_sim, stale).json()["error"]["code"] == "header_timestamp_expired"


def test_a_key_of_another_simulator_is_refused(busy_sim: Simulator) -> None:
    stranger = Simulator(seed=99, markets=1, agents=False)
    with stranger.client(busy_sim.user) as kalshi, pytest.raises(AuthenticationError) as info:
        kalshi.portfolio.balance()
    assert info.value.details == "NOT_FOUND"


def test_unsupported_operation_is_501_and_never_retried(busy_sim: Simulator) -> None:
    calls: list[str] = []
    inner = busy_sim.transport()

    def counting(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return inner.handle_request(request)

    with KalshiClient(
        key_id=busy_sim.user.key_id,
        private_key=busy_sim.user.private_key_pem,
        base_url=IN_PROCESS_BASE_URL,
        allow_custom_host=True,
        transport=httpx.MockTransport(counting),
        retry=RetryPolicy(max_attempts=5, backoff_base=0.001, backoff_max=0.001),
    ) as kalshi:
        with pytest.raises(ServerError) as info:
            kalshi.communications.rfqs.list()
        assert info.value.status == 501
        assert info.value.code == "not_supported_in_simulator"
        assert info.value.details == "operationId=GetRFQs"
        assert len(calls) == 1
        with pytest.raises(ServerError) as write:
            kalshi.communications.rfqs.delete(rfq_id="x")
        assert write.value.outcome_unknown is False  # final: nothing was applied
        assert len(calls) == 2


def test_unknown_path_is_404(busy_sim: Simulator) -> None:
    with httpx.Client(transport=busy_sim.transport(), base_url=IN_PROCESS_BASE_URL) as http:
        assert http.get("/no/such/thing").status_code == 404


def test_loopback_rest_and_ws_share_one_state(served: tuple[Simulator, object]) -> None:
    sim, info = served
    assert info.rest_url.startswith("http://127.0.0.1:")
    assert info.ws_url.endswith("/trade-api/ws/v2")
    mode = stat.S_IMODE(os.stat(info.private_key_path).st_mode)
    assert mode == 0o600
    assert json.loads(json.dumps(info.as_json()))["key_id"] == sim.user.key_id
    ticker = first_market(sim)
    with KalshiClient(
        key_id=info.key_id, private_key_path=info.private_key_path, base_url=info.rest_url, allow_custom_host=True
    ) as kalshi:
        resp = kalshi.orders.create_v2(body=order(ticker, "bid", "1", "0.0100"))
        assert sim.state.orders[resp.order_id].status == "resting"

        async def first_snapshot() -> object:
            from kalshi_ext.ws import BookUpdate, KalshiWebSocket

            async with KalshiWebSocket(kalshi.signer, url=info.ws_url, allow_custom_host=True) as ws:
                sub = await ws.subscribe_orderbook_delta([ticker])
                async for event in sub:
                    if isinstance(event, BookUpdate):
                        return event
            raise AssertionError("no book")

        event = asyncio.run(first_snapshot())
    assert event.market_ticker == ticker
    assert event.best_bid is not None
    path = info.private_key_path
    assert os.path.exists(path)
