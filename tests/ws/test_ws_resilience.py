"""Reconnects, restored subscriptions, sequence gaps healed into correct books, heartbeats."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from wsfake import FakeKalshiServer
from wshelp import client_event, next_event, same_book, seed, until, wait_same_book

from kalshi_ext.ws import (
    BookInvalidated,
    BookUpdate,
    ConnectionEvent,
    ConnectionState,
    Message,
    ReconnectPolicy,
    ServerErrorMessage,
    WebSocketClosedError,
)


async def test_reconnect_restores_every_subscription_under_the_same_handle(
    server: FakeKalshiServer, make_client: Any
) -> None:
    seed(server)
    client = make_client(server)
    book = await client.subscribe_orderbook_delta(["M"])
    ticker = await client.subscribe_ticker(["M"])
    indices = await client.subscribe_cfbenchmarks_value(["BRTI"])
    await indices.subscribe_indices(["ETHUSD_RTI"])
    await book.add_markets(["N"])
    await next_event(book, BookUpdate)
    old = {sub.id: sub.sid for sub in client.subscriptions}
    await client_event(client, ConnectionState.CONNECTED)

    server.drop_connections()
    assert (await client_event(client, ConnectionState.DISCONNECTED)).error
    reconnected = await client_event(client, ConnectionState.RECONNECTED)
    assert reconnected.restored == 3
    assert {sub.id for sub in client.subscriptions} == set(old)
    for sub in client.subscriptions:
        assert sub.sid is not None and sub.sid != old[sub.id] and sub.stats.restored == 1
    assert server.live_sids() == {sub.sid for sub in client.subscriptions}
    # restored with what the user asked for after subscribing
    restored = {s.channel: s for s in server.conns[0].subs.values()}
    assert restored["orderbook_delta"].markets == ["M", "N"]
    assert restored["cfbenchmarks_value"].index_ids == ["BRTI", "ETHUSD_RTI"]
    # the book was invalidated, then rebuilt from the new snapshot; data flows to the old handles
    invalidated = await next_event(book, BookInvalidated)
    assert invalidated.reason == "reconnect"
    await server.delta("M", "yes", "0.3100", "1.00")
    await wait_same_book(client, server, "M")
    frame = {"type": "ticker", "msg": {"market_ticker": "M", "price_dollars": "0.31"}}
    await server.publish("ticker", frame)
    event = await next_event(ticker, Message)
    assert event.sid == ticker.sid and event.subscription_id == ticker.id


@pytest.mark.parametrize("api", ["prediction", "perps"])
async def test_a_lost_delta_heals_into_the_servers_book(make_server: Any, make_client: Any, api: str) -> None:
    server: FakeKalshiServer = await make_server(api)
    bid, ask = server.api.book.bid_side, server.api.book.ask_side
    server.set_book("M", bids=[("0.30", "10")], asks=[("0.60", "7")])
    client = make_client(server)
    sub = await client.subscribe_orderbook_delta(["M"])
    await server.delta("M", bid, "0.3000", "5.00")
    await server.delta("M", ask, "0.6000", "-2.00", lose=True)  # the client never sees this one
    await server.delta("M", bid, "0.3200", "1.00")
    invalidated = await next_event(sub, BookInvalidated)
    assert invalidated.reason == "sequence_gap" and invalidated.market_tickers == ("M",)
    assert invalidated.received_seq == invalidated.expected_seq + 1  # type: ignore[operator]
    resynced = await next_event(sub, BookUpdate)
    assert resynced.is_snapshot
    await wait_same_book(client, server, "M")
    assert server.snapshot_requests == 1 and sub.stats.gaps == 1
    await server.delta("M", bid, "0.3200", "2.00")  # and it carries on from the new snapshot
    await until(lambda: same_book(client, server, "M") and client.book("M").best_bid().size == 3)


async def test_a_step_back_in_seq_heals_too(server: FakeKalshiServer, make_client: Any) -> None:
    seed(server)
    client = make_client(server)
    sub = await client.subscribe_orderbook_delta(["M"])
    await server.delta("M", "yes", "0.3000", "1.00")
    server.seq_back_once = 2
    await server.delta("M", "yes", "0.3000", "1.00")
    invalidated = await next_event(sub, BookInvalidated)
    assert invalidated.reason == "sequence_backwards"
    await wait_same_book(client, server, "M")


async def test_a_failed_get_snapshot_falls_back_to_subscribing_again(
    server: FakeKalshiServer, make_client: Any
) -> None:
    seed(server)
    server.get_snapshot_error = 13
    client = make_client(server)
    sub = await client.subscribe_orderbook_delta(["M"])
    old_sid = sub.sid
    await server.delta("M", "yes", "0.3000", "1.00", lose=True)
    await server.delta("M", "yes", "0.3000", "1.00")
    await until(lambda: sub.sid not in (None, old_sid))
    await wait_same_book(client, server, "M")
    assert server.live_sids() == {sub.sid}


async def test_an_ignored_get_snapshot_times_out_and_subscribes_again(
    server: FakeKalshiServer, make_client: Any
) -> None:
    seed(server)
    server.ignore_get_snapshot = True
    client = make_client(server, ack_timeout=0.2)
    sub = await client.subscribe_orderbook_delta(["M"])
    old_sid = sub.sid
    await server.delta("M", "yes", "0.3000", "1.00", lose=True)
    await server.delta("M", "yes", "0.3000", "1.00")
    await until(lambda: sub.sid not in (None, old_sid))
    await wait_same_book(client, server, "M")


async def test_a_terminal_server_error_is_delivered_and_the_subscription_made_again(
    server: FakeKalshiServer, make_client: Any
) -> None:
    seed(server)
    client = make_client(server)
    sub = await client.subscribe_orderbook_delta(["M"])
    old_sid = sub.sid
    await server.send_error_on("orderbook_delta", 25, "Subscription buffer overflow")
    error = await next_event(sub, ServerErrorMessage)
    assert error.terminal and error.code == 25 and error.sid == old_sid
    await until(lambda: sub.sid not in (None, old_sid))
    await wait_same_book(client, server, "M")


async def test_kalshi_heartbeat_pings_are_answered(server: FakeKalshiServer, make_client: Any) -> None:
    client = make_client(server)
    await client.connect()
    (latency,) = await server.ping_clients()
    assert latency < 1.0


async def test_a_dead_connection_is_detected_and_replaced(server: FakeKalshiServer, make_client: Any) -> None:
    client = make_client(server, ping_interval=0.05, ping_timeout=0.1)
    sub = await client.subscribe_ticker()
    old_sid = sub.sid
    await client_event(client, ConnectionState.CONNECTED)
    server.freeze()  # the server stops reading: the client's pings go unanswered
    await client_event(client, ConnectionState.DISCONNECTED)
    await client_event(client, ConnectionState.RECONNECTED)
    assert sub.sid not in (None, old_sid)


async def test_backoff_is_full_jitter_and_the_client_gives_up(server: FakeKalshiServer, make_client: Any) -> None:
    delays: list[float] = []

    async def sleep(seconds: float) -> None:
        delays.append(seconds)
        await asyncio.sleep(0)

    policy = ReconnectPolicy(base=1.0, factor=2.0, cap=3.0, max_attempts=4)
    client = make_client(server, reconnect=policy, sleep=sleep, rng=lambda: 0.5)
    sub = await client.subscribe_ticker()
    server.reject_handshakes = 100
    server.drop_connections()
    with pytest.raises(WebSocketClosedError, match="gave up reconnecting after 4 attempts"):
        await next_event(sub, timeout=3)
    assert delays == [0.5, 1.0, 1.5, 1.5]  # half of min(cap, base * 2**n)
    assert not client.is_connected
    with pytest.raises(WebSocketClosedError):
        await client.subscribe_ticker()


async def test_reconnecting_survives_refused_handshakes(server: FakeKalshiServer, make_client: Any) -> None:
    client = make_client(server)
    sub = await client.subscribe_ticker()
    server.reject_handshakes = 2
    server.drop_connections()
    await client_event(client, ConnectionState.RECONNECTED)
    assert sub.sid in server.live_sids()


async def test_subscribing_while_reconnecting_waits_for_the_new_connection(
    server: FakeKalshiServer, make_client: Any
) -> None:
    gate = asyncio.Event()

    async def sleep(seconds: float) -> None:
        await gate.wait()

    client = make_client(server, sleep=sleep)
    await client.connect()
    server.drop_connections()
    await until(lambda: not client.is_connected)
    pending = asyncio.ensure_future(client.subscribe_trade(["M"]))
    await asyncio.sleep(0.05)
    assert not pending.done()
    gate.set()
    sub = await asyncio.wait_for(pending, 2)
    assert sub.sid in server.live_sids()
    assert len([c for c in server.commands if c.get("cmd") == "subscribe"]) == 1


async def test_close_ends_everything_cleanly(server: FakeKalshiServer, make_client: Any) -> None:
    seed(server)
    client = make_client(server)
    sub = await client.subscribe_orderbook_delta(["M"])
    updates = client.book_updates("M")
    first = await asyncio.wait_for(updates.__anext__(), 2)
    assert isinstance(first, BookUpdate)
    events = client.events()
    await client.close()
    await client.close()
    assert not client.is_connected and client.subscriptions == ()
    remaining = [event async for event in sub]
    assert all(isinstance(e, BookUpdate) for e in remaining)
    with pytest.raises(StopAsyncIteration):
        await updates.__anext__()
    states = [e.state for e in [e async for e in events] if isinstance(e, ConnectionEvent)]
    assert states[-1] is ConnectionState.CLOSED
    await until(lambda: not server.conns)
    # the no_stray_tasks fixture checks that no task is left behind
