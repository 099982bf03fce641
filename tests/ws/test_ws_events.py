"""Nothing vanishes (malformed, unknown and error frames surface) and backpressure is bounded and visible."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from typing import Any

import pytest
from wsfake import FakeKalshiServer
from wshelp import client_event, next_event, same_book, seed, until

from kalshi_ext.ws import (
    BookUpdate,
    ErrorEvent,
    Message,
    MessageParseError,
    ServerErrorMessage,
    StreamOverflowError,
    UnknownMessage,
)


async def test_a_frame_that_is_not_json_surfaces_with_its_raw_text(server: FakeKalshiServer, make_client: Any) -> None:
    client = make_client(server)
    await client.connect()
    await server.send_raw("{this is not json")
    event = await client_event(client, ErrorEvent)
    assert event.raw == "{this is not json" and event.subscription_id is None


async def test_a_frame_the_model_rejects_surfaces_on_its_subscription(
    server: FakeKalshiServer, make_client: Any
) -> None:
    client = make_client(server)
    sub = await client.subscribe_ticker()
    await server.publish("ticker", {"type": "ticker", "msg": {"market_ticker": "M", "volume_fp": "lots"}})
    event = await next_event(sub)
    assert isinstance(event, ErrorEvent) and isinstance(event.error, MessageParseError)
    assert json.loads(event.raw)["msg"]["volume_fp"] == "lots" and event.subscription_id == sub.id


async def test_unknown_types_are_delivered_not_dropped(server: FakeKalshiServer, make_client: Any) -> None:
    client = make_client(server)
    sub = await client.subscribe_trade()
    await server.publish("trade", {"type": "trade_v2", "msg": {"new": True}})
    event = await next_event(sub)
    assert isinstance(event, UnknownMessage) and event.type == "trade_v2" and event.raw["msg"] == {"new": True}
    await server.send_raw(json.dumps({"type": "maintenance_notice", "msg": {"at": "soon"}}))
    orphan = await client_event(client, UnknownMessage)
    assert orphan.type == "maintenance_notice" and orphan.subscription_id is None


async def test_server_errors_without_a_command_are_delivered(server: FakeKalshiServer, make_client: Any) -> None:
    client = make_client(server)
    await client.connect()
    await server.send_raw(json.dumps({"type": "error", "msg": {"code": 1, "msg": "Unable to process message"}}))
    event = await client_event(client, ServerErrorMessage)
    assert (event.code, event.message, event.terminal) == (1, "Unable to process message", False)


async def test_tickers_drop_the_oldest_when_the_consumer_lags(server: FakeKalshiServer, make_client: Any) -> None:
    client = make_client(server)
    sub = await client.subscribe_ticker(queue_size=5)
    for n in range(20):
        await server.publish("ticker", {"type": "ticker", "msg": {"market_ticker": "M", "volume_fp": f"{n}.00"}})
    await until(lambda: sub.stats.received == 20)
    assert sub.dropped == 15
    volumes = [str((await next_event(sub)).model.msg.volume_fp) for _ in range(5)]
    assert volumes == ["15.00", "16.00", "17.00", "18.00", "19.00"]


async def test_book_streams_raise_on_overflow_and_the_book_stays_right(
    server: FakeKalshiServer, make_client: Any
) -> None:
    seed(server)
    client = make_client(server)
    sub = await client.subscribe_orderbook_delta(["M"], queue_size=3)
    for _ in range(10):
        await server.delta("M", "yes", "0.3000", "1.00")
    await until(lambda: sub.stats.received == 11)
    assert sub.dropped == 8
    assert same_book(client, server, "M")  # books are applied before events are queued
    delivered = [await next_event(sub) for _ in range(3)]
    assert all(isinstance(e, BookUpdate) for e in delivered)
    with pytest.raises(StreamOverflowError) as caught:
        await next_event(sub)
    assert caught.value.dropped == 8
    await server.delta("M", "yes", "0.3000", "1.00")  # the stream carries on
    event = await next_event(sub)
    assert isinstance(event, BookUpdate) and event.book.side_levels("yes")[Decimal("0.30")] == 21


async def test_private_channels_default_to_the_error_policy_and_it_can_be_overridden(
    server: FakeKalshiServer, make_client: Any
) -> None:
    client = make_client(server)
    fills = await client.subscribe_fill(queue_size=1)
    orders = await client.subscribe_user_orders(queue_size=1, overflow="drop_oldest")
    for _ in range(3):
        await server.publish("fill", {"type": "fill", "msg": {"market_ticker": "M"}})
        await server.publish("user_orders", {"type": "user_order", "msg": {"ticker": "M"}})
    await until(lambda: fills.stats.received == 3 and orders.stats.received == 3)
    assert isinstance(await next_event(fills), Message)
    with pytest.raises(StreamOverflowError):
        await next_event(fills)
    assert isinstance(await next_event(orders), Message) and orders.dropped == 2


async def test_book_updates_per_market(server: FakeKalshiServer, make_client: Any) -> None:
    seed(server, "A")
    seed(server, "B")
    client = make_client(server)
    sub = await client.subscribe_orderbook_delta(["A", "B"])
    await until(lambda: all(client.book(m) is not None and client.book(m).is_synced for m in "AB"))
    updates = client.book_updates("B")
    current = await asyncio.wait_for(updates.__anext__(), 2)
    assert isinstance(current, BookUpdate) and current.message is None and current.market_ticker == "B"
    await server.delta("A", "yes", "0.3000", "1.00")
    await server.delta("B", "no", "0.6000", "1.00")
    change = await asyncio.wait_for(updates.__anext__(), 2)
    assert change.market_ticker == "B" and change.best_ask is not None and str(change.best_ask.size) == "8.00"
    assert str(change.best_ask.price) == "0.4000"  # a NO bid at 0.60 is a YES ask at 0.40
    await updates.aclose()  # type: ignore[attr-defined]
    assert sub.taps["B"] == []
    with pytest.raises(Exception, match="no orderbook_delta subscription"):
        client.book_updates("Z")
