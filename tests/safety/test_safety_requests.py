"""Requests are strict: everything a caller passes is checked before a request is built, and every
refusal is a KalshiConfigurationError naming the operation and the field. Nothing reaches the server."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from safety_server import RawServer, answer, options

from kalshi_ext import AsyncKalshiClient, KalshiClient, KalshiConfigurationError, PerpsClient

ORDER = {
    "ticker": "KXSAFE-26DEC01",
    "side": "bid",
    "count": "3",
    "price": "0.42",
    "time_in_force": "good_till_canceled",
    "self_trade_prevention_type": "taker_at_cross",
    "client_order_id": "c-1",
}
PERPS_ORDER = {**ORDER, "ticker": "BTC-PERP", "price": "101.5"}


def _trade_model(**change: Any) -> Any:
    from kalshi_trade_api.models import CreateOrderV2Request

    return CreateOrderV2Request.from_dict({**ORDER, **change})


def _with(**change: Any) -> Any:
    """A valid model with a field changed behind its back (construction may refuse the value itself)."""
    model = _trade_model()
    for name, value in change.items():
        object.__setattr__(model, name, value)
    return model


def _book_side(value: str) -> Any:
    from kalshi_trade_api.models import BookSide

    return BookSide(value)  # the enum tolerates unknown values (for responses)


# (what is tried, field named in the error, call) -> each must be refused before sending.
TRADE_CASES: list[tuple[str, str, Callable[[Any], Any]]] = [
    ("unknown enum member in a body", "side", lambda k: k.orders.create_v2(body=_with(side=_book_side("buy")))),
    ("plain unknown enum text (dict body)", "side", lambda k: k.orders.create_v2(body={**ORDER, "side": "buy"})),
    ("count 0", "count", lambda k: k.orders.create_v2(body=_trade_model(count="0"))),
    ("negative count", "count", lambda k: k.orders.create_v2(body=_trade_model(count="-2"))),
    ("price 0", "price", lambda k: k.orders.create_v2(body=_trade_model(price="0"))),
    ("price 1", "price", lambda k: k.orders.create_v2(body=_trade_model(price="1"))),
    ("price above 1", "price", lambda k: k.orders.create_v2(body=_trade_model(price="1.5"))),
    ("negative price", "price", lambda k: k.orders.create_v2(body=_trade_model(price="-0.5"))),
    ("float price (dict body)", "price", lambda k: k.orders.create_v2(body={**ORDER, "price": 0.42})),
    ("NaN price (dict body)", "price", lambda k: k.orders.create_v2(body={**ORDER, "price": "NaN"})),
    ("bool count (dict body)", "count", lambda k: k.orders.create_v2(body={**ORDER, "count": True})),
    ("required field None", "ticker", lambda k: k.orders.create_v2(body=_trade_model(ticker=None))),
    ("required field missing (dict body)", "ticker", lambda k: k.orders.create_v2(body={**ORDER, "ticker": None})),
    ("over-long string", "ticker", lambda k: k.orders.create_v2(body=_trade_model(ticker="T" * 20_000))),
    ("negative subaccount", "subaccount", lambda k: k.orders.create_v2(body=_trade_model(subaccount=-1))),
    ("expiration in ms", "expiration_time", lambda k: k.orders.create_v2(body=_trade_model(expiration_time=1 << 42))),
    ("body=None", "body", lambda k: k.orders.create_v2(body=None)),
    ("body of another type", "body", lambda k: k.orders.create_v2(body=["not", "a", "body"])),
    ("amend: price 0", "price", lambda k: k.orders.amend_v2("o-1", body={**ORDER, "price": "0"})),
    ("decrease: reduce_by 0", "reduce_by", lambda k: k.orders.decrease_v2("o-1", body={"reduce_by": "0"})),
    ("limit 0 (spec minimum 1)", "limit", lambda k: k.orders.list(limit=0)),
    ("negative limit", "limit", lambda k: k.markets.list(limit=-1)),
    ("limit above maximum", "limit", lambda k: k.markets.list(limit=1001)),
    ("limit as bool", "limit", lambda k: k.markets.list(limit=True)),
    ("limit as float", "limit", lambda k: k.markets.list(limit=10.5)),
    ("negative timestamp", "min_created_ts", lambda k: k.markets.list(min_created_ts=-1)),
    ("timestamp in ms", "min_close_ts", lambda k: k.markets.list(min_close_ts=1_764_570_000_000)),
    ("query enum not listed", "status", lambda k: k.markets.list(status="bogus")),
    ("over-long query string", "event_ticker", lambda k: k.markets.list(event_ticker="E" * 20_000)),
    ("orderbook depth above 100", "depth", lambda k: k.markets.orderbook("KX-1", depth=101)),
]
PERPS_CASES: list[tuple[str, str, Callable[[Any], Any]]] = [
    ("perps count 0", "count", lambda p: p.orders.create(body={**PERPS_ORDER, "count": "0"})),
    ("perps price 0", "price", lambda p: p.orders.create(body={**PERPS_ORDER, "price": "0"})),
    ("perps negative price", "price", lambda p: p.orders.create(body={**PERPS_ORDER, "price": "-1"})),
    ("perps unknown side", "side", lambda p: p.orders.create(body={**PERPS_ORDER, "side": "long"})),
]


@pytest.fixture
def kalshi(server: RawServer, ed_private: Any) -> Any:
    with KalshiClient(**options(server, ed_private)) as client:
        yield client


@pytest.mark.parametrize(("tried", "field", "call"), TRADE_CASES, ids=[c[0] for c in TRADE_CASES])
def test_bad_trade_input_is_refused_before_sending(
    kalshi: Any, server: RawServer, tried: str, field: str, call: Callable[[Any], Any]
) -> None:
    with pytest.raises(KalshiConfigurationError) as info:
        call(kalshi)
    message = str(info.value)
    assert field in message, message
    assert message.split(":", 1)[0].strip() and "_" in message.split(":", 1)[0]  # names the operation
    assert server.requests == []


@pytest.mark.parametrize(("tried", "field", "call"), PERPS_CASES, ids=[c[0] for c in PERPS_CASES])
def test_bad_perps_input_is_refused_before_sending(
    server: RawServer, ed_private: Any, tried: str, field: str, call: Callable[[Any], Any]
) -> None:
    with PerpsClient(**options(server, ed_private)) as perps, pytest.raises(KalshiConfigurationError) as info:
        call(perps)
    assert field in str(info.value) and "create_margin_order" in str(info.value)
    assert server.requests == []


def test_plain_strings_and_dicts_are_converted_and_sent(kalshi: Any, server: RawServer) -> None:
    created = {"order_id": "o-1", "client_order_id": "c-1", "fill_count": "0", "remaining_count": "3"}
    server.behaviour = lambda req, conn: answer(conn, 201, created)
    kalshi.orders.create_v2(body=dict(ORDER))  # a plain dict body
    kalshi.orders.create_v2(body=_trade_model(side="ask"))  # a plain string where an enum goes
    first, second = (r.json() for r in server.requests)
    assert first == ORDER
    assert second["side"] == "ask" and Decimal(second["price"]) == Decimal("0.42")


def test_async_client_refuses_the_same(server: RawServer, ed_private: Any) -> None:
    async def run() -> None:
        async with AsyncKalshiClient(**options(server, ed_private)) as client:
            with pytest.raises(KalshiConfigurationError, match=r"create_order_v2: body\.price"):
                await client.orders.create_v2(body=_trade_model(price="0"))
            with pytest.raises(KalshiConfigurationError, match="limit"):
                await client.markets.list(limit=-5)

    asyncio.run(run())
    assert server.requests == []
