"""Order placement never duplicates: client_order_id filled in, lookups after unknown outcomes."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from kalshi_perps_api.models import CreateMarginOrderRequest
from kalshi_trade_api.models import CreateOrderV2Request

from kalshi_ext import (
    AsyncKalshiClient,
    AsyncPerpsClient,
    BadRequestError,
    KalshiClient,
    KalshiConfigurationError,
    OrderStatusUnknownError,
    PerpsClient,
)
from kalshi_ext._orders import LOOKUP_MARGIN_S, RESENDS, decide

# 2026-01-01T00:00:00.750Z: an exchange whose time is not the wall clock (a simulator, a replay)
EXCHANGE_NOW = 1_767_225_600.75


class Exchange:
    """A mock order endpoint that de-duplicates on client_order_id, as Kalshi does.

    ``script`` says what each create attempt does: "ok", "lost" (placed, then the reply times out),
    "dropped" (times out before placing), "504-placed", "504", "400".
    """

    def __init__(self, create_path: str, list_path: str, script: list[str]) -> None:
        self.create_path, self.list_path, self.script = create_path, list_path, list(script)
        self.orders: dict[str, dict[str, Any]] = {}
        self.creates: list[dict[str, Any]] = []
        self.lookups = 0
        self.min_ts: list[int] = []

    def _place(self, body: dict[str, Any]) -> dict[str, Any]:
        coid = body["client_order_id"]
        if coid not in self.orders:
            self.orders[coid] = {
                "order_id": f"ord-{len(self.orders) + 1}",
                "client_order_id": coid,
                "ticker": body["ticker"],
                "fill_count_fp": "0.00",
                "remaining_count_fp": str(body["count"]),
                "status": "resting",
            }
        return self.orders[coid]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "POST" and path.endswith(self.create_path):
            body = json.loads(request.content)
            self.creates.append(body)
            step = self.script.pop(0) if self.script else "ok"
            if step == "dropped":
                raise httpx.ReadTimeout("timed out", request=request)
            if step == "400":
                return httpx.Response(400, json={"error": {"code": "invalid_order", "message": "price out of range"}})
            if step == "504":
                return httpx.Response(504, json={"error": {"code": "gateway_timeout", "message": "upstream"}})
            order = self._place(body)
            if step == "lost":
                raise httpx.ReadTimeout("timed out", request=request)
            if step == "504-placed":
                return httpx.Response(504, json={"error": {"code": "gateway_timeout", "message": "upstream"}})
            return httpx.Response(
                201,
                json={
                    "order_id": order["order_id"],
                    "client_order_id": order["client_order_id"],
                    "fill_count": "0.00",
                    "remaining_count": order["remaining_count_fp"],
                },
            )
        if request.method == "GET" and path.endswith(self.list_path):
            self.lookups += 1
            assert request.url.params["ticker"] == "KXHIGHNY-26NOV21-B52.5"
            self.min_ts.append(int(request.url.params["min_ts"]))
            assert self.min_ts[-1] > 1_700_000_000
            return httpx.Response(200, json={"orders": list(self.orders.values()), "cursor": ""})
        return httpx.Response(404, json={"error": {"code": "not_found", "message": path}})


TICKER = "KXHIGHNY-26NOV21-B52.5"


def trade_order(**extra: Any) -> CreateOrderV2Request:
    return CreateOrderV2Request.from_dict(
        {
            "ticker": TICKER,
            "side": "bid",
            "count": "10",
            "price": "0.21",
            "time_in_force": "good_till_canceled",
            "self_trade_prevention_type": "taker_at_cross",
            **extra,
        }
    )


def perps_order(**extra: Any) -> CreateMarginOrderRequest:
    base = {
        "ticker": TICKER,
        "side": "bid",
        "count": "3",
        "price": "0.50",
        "client_order_id": "",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
    }
    return CreateMarginOrderRequest.from_dict({**base, **extra})


def _trade(mock: Callable[..., Any], exchange: Exchange) -> KalshiClient:
    return mock(KalshiClient, exchange)  # type: ignore[no-any-return]


@pytest.mark.parametrize("step", ["lost", "504-placed"])
def test_a_placed_order_whose_reply_is_lost_is_found_not_resent(mock: Callable[..., Any], step: str) -> None:
    exchange = Exchange("/portfolio/events/orders", "/portfolio/orders", [step])
    with _trade(mock, exchange) as kalshi:
        result = kalshi.orders.create_v2(body=trade_order())
    assert len(exchange.creates) == 1 and len(exchange.orders) == 1 and exchange.lookups == 1
    assert result.order_id == "ord-1" and result.client_order_id == exchange.creates[0]["client_order_id"]
    assert result.remaining_count == Decimal("10")


@pytest.mark.parametrize("step", ["dropped", "504"])
def test_an_order_that_never_landed_is_resent_with_the_same_client_order_id(
    mock: Callable[..., Any], step: str
) -> None:
    exchange = Exchange("/portfolio/events/orders", "/portfolio/orders", [step])
    with _trade(mock, exchange) as kalshi:
        result = kalshi.orders.create_v2(body=trade_order(client_order_id="mine-1"))
    assert [c["client_order_id"] for c in exchange.creates] == ["mine-1", "mine-1"]
    assert len(exchange.orders) == 1 and result.client_order_id == "mine-1"


def test_a_client_order_id_is_filled_in_and_kept_when_given(mock: Callable[..., Any]) -> None:
    exchange = Exchange("/portfolio/events/orders", "/portfolio/orders", [])
    with _trade(mock, exchange) as kalshi:
        kalshi.orders.create_v2(body=trade_order())
        kalshi.orders.create_v2(body=trade_order())
        kalshi.orders.create_v2(body=trade_order(client_order_id="mine-2"))
    ids = [c["client_order_id"] for c in exchange.creates]
    assert len(set(ids)) == 3 and ids[2] == "mine-2" and all(len(i) == 36 for i in ids[:2])


def test_a_rejected_order_is_neither_looked_up_nor_resent(mock: Callable[..., Any]) -> None:
    exchange = Exchange("/portfolio/events/orders", "/portfolio/orders", ["400"])
    with _trade(mock, exchange) as kalshi, pytest.raises(BadRequestError):
        kalshi.orders.create_v2(body=trade_order())
    assert len(exchange.creates) == 1 and exchange.lookups == 0


def test_when_nothing_can_be_known_it_says_so_and_never_duplicates(mock: Callable[..., Any]) -> None:
    exchange = Exchange("/portfolio/events/orders", "/portfolio/orders", ["dropped"] * (RESENDS + 1))
    with _trade(mock, exchange) as kalshi, pytest.raises(OrderStatusUnknownError) as caught:
        kalshi.orders.create_v2(body=trade_order(client_order_id="mine-3"))
    assert caught.value.client_order_id == "mine-3"
    assert "mine-3" in str(caught.value)
    assert len(exchange.creates) == RESENDS + 1 and exchange.lookups == RESENDS + 1
    assert {c["client_order_id"] for c in exchange.creates} == {"mine-3"}


def test_perps_orders_get_the_same_guarantee(mock: Callable[..., Any]) -> None:
    exchange = Exchange("/margin/orders", "/margin/orders", ["lost"])
    with mock(PerpsClient, exchange) as perps:
        result = perps.orders.create(body=perps_order())
    assert len(exchange.creates) == 1 and len(exchange.orders) == 1
    assert result.client_order_id and result.client_order_id == exchange.creates[0]["client_order_id"]


async def test_async_clients_get_the_same_guarantee(mock: Callable[..., Any]) -> None:
    exchange = Exchange("/portfolio/events/orders", "/portfolio/orders", ["lost", "dropped"])
    async with mock(AsyncKalshiClient, exchange) as kalshi:
        first = await kalshi.orders.create_v2(body=trade_order())
        second = await kalshi.orders.create_v2(body=trade_order(client_order_id="mine-4"))
    assert first.order_id == "ord-1" and second.client_order_id == "mine-4"
    assert len(exchange.orders) == 2 and len(exchange.creates) == 3
    perps_exchange = Exchange("/margin/orders", "/margin/orders", ["504-placed"])
    async with mock(AsyncPerpsClient, perps_exchange) as perps:
        await perps.orders.create(body=perps_order(client_order_id="p-1"))
    assert len(perps_exchange.creates) == 1 and list(perps_exchange.orders) == ["p-1"]


def test_the_decision_table() -> None:
    assert decide(found=True, resends=0) == "return"
    assert decide(found=True, resends=RESENDS) == "return"
    assert decide(found=False, resends=0) == "resend"
    assert decide(found=False, resends=RESENDS) == "raise"


def test_the_lookup_lists_from_the_time_the_clients_clock_gives(mock: Callable[..., Any]) -> None:
    exchange = Exchange("/portfolio/events/orders", "/portfolio/orders", ["lost", "lost", "lost"])
    with _trade(mock, exchange) as kalshi:
        kalshi.orders.create_v2(body=trade_order())  # the default clock is the wall clock
        assert abs(exchange.min_ts[-1] - (time.time() - LOOKUP_MARGIN_S)) < 60
    with mock(KalshiClient, exchange, clock=lambda: EXCHANGE_NOW) as kalshi:
        kalshi.orders.create_v2(body=trade_order())
        kalshi.with_options(timeout=5).orders.create_v2(body=trade_order())  # a view keeps the clock
    assert exchange.min_ts[1:] == [1_767_225_600 - LOOKUP_MARGIN_S] * 2


async def test_every_order_placing_client_takes_a_clock(mock: Callable[..., Any]) -> None:
    perps_exchange = Exchange("/margin/orders", "/margin/orders", ["lost", "lost"])
    with mock(PerpsClient, perps_exchange, clock=lambda: EXCHANGE_NOW) as perps:
        perps.orders.create(body=perps_order())
    exchange = Exchange("/portfolio/events/orders", "/portfolio/orders", ["lost"])
    async with mock(AsyncKalshiClient, exchange, clock=lambda: EXCHANGE_NOW) as kalshi:
        await kalshi.orders.create_v2(body=trade_order())
    async with mock(AsyncPerpsClient, perps_exchange, clock=lambda: EXCHANGE_NOW + 60) as perps:
        await perps.orders.create(body=perps_order())
    assert perps_exchange.min_ts == [1_767_225_600 - LOOKUP_MARGIN_S, 1_767_225_660 - LOOKUP_MARGIN_S]
    assert exchange.min_ts == [1_767_225_600 - LOOKUP_MARGIN_S]


def test_a_clock_that_is_not_unix_seconds_is_refused_before_anything_is_sent(mock: Callable[..., Any]) -> None:
    with pytest.raises(KalshiConfigurationError, match="clock"):
        mock(KalshiClient, Exchange("/x", "/y", []), clock=EXCHANGE_NOW)  # a reading, not a clock
    exchange = Exchange("/portfolio/events/orders", "/portfolio/orders", [])
    with mock(KalshiClient, exchange, clock=lambda: EXCHANGE_NOW * 1000) as kalshi:  # milliseconds
        with pytest.raises(KalshiConfigurationError, match="Unix seconds"):
            kalshi.orders.create_v2(body=trade_order())
        with pytest.raises(KalshiConfigurationError, match="Unix seconds"):
            kalshi.orders.batch_create_v2(orders=[trade_order()])
    assert exchange.creates == []
