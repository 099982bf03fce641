"""The synchronous facade: blocking iteration, callbacks on their own threads, reconnects, clean close."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from wsfake import ServerThread
from wshelp import FAST, Keys

from kalshi_ext.ws import (
    BookInvalidated,
    BookUpdate,
    Message,
    SyncKalshiWebSocket,
    SyncPerpsWebSocket,
    WebSocketClosedError,
    WebSocketTimeoutError,
)


def wait_for(predicate: Callable[[], bool], timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def client_for(thread: ServerThread, keys: Keys, **options: Any) -> Any:
    cls = SyncKalshiWebSocket if thread.server.api.name == "prediction" else SyncPerpsWebSocket
    return cls(keys.signer("rsa"), url=thread.server.url, allow_custom_host=True, **{**FAST, **options})


def test_blocking_iteration_books_and_commands(make_threaded_server: Callable[..., ServerThread], keys: Keys) -> None:
    thread = make_threaded_server()
    server = thread.server
    thread.do(server.set_book, "M", [("0.30", "10")], [("0.60", "7")])
    with client_for(thread, keys) as ws:
        sub = ws.subscribe_orderbook_delta(["M"])
        events = iter(sub)
        snapshot = next(events)
        assert isinstance(snapshot, BookUpdate) and snapshot.is_snapshot
        thread.call(server.delta("M", "yes", "0.3000", "5.00"))
        update = next(events)
        assert isinstance(update, BookUpdate) and update.best_bid is not None and update.best_bid.size == 15
        assert update.book is not snapshot.book  # copies: safe to read on this thread
        assert snapshot.book.side_levels("yes") == {Decimal("0.30"): Decimal("10")}
        book = ws.book("M")
        assert book is not None and book.side_levels("yes") == {Decimal("0.30"): Decimal("15")}
        sub.add_markets(["N"])
        assert sub.markets == ("M", "N")
        listing = ws.list_subscriptions()
        assert [item.sid for item in listing.msg] == [sub.sid]
        ticker = ws.subscribe_ticker()
        with pytest.raises(WebSocketTimeoutError):  # like a command's timeout (and still a TimeoutError)
            ticker.get(timeout=0.05)
        sub.unsubscribe()
        assert [e for e in events if not isinstance(e, BookUpdate)] == []  # drains, then stops


def test_callbacks_run_on_their_own_thread(make_threaded_server: Callable[..., ServerThread], keys: Keys) -> None:
    thread = make_threaded_server()
    server = thread.server
    seen: list[tuple[Any, str]] = []
    errors: list[Exception] = []

    def on_event(event: Any) -> None:
        seen.append((event, threading.current_thread().name))
        if len(seen) == 2:
            raise RuntimeError("a bug in user code")

    with client_for(thread, keys) as ws:
        sub = ws.subscribe_trade()
        worker = sub.on_event(on_event, on_error=errors.append)
        for n in range(3):
            frame = {"type": "trade", "msg": {"market_ticker": "M", "count_fp": f"{n}.00"}}
            thread.call(server.publish("trade", frame))
        wait_for(lambda: len(seen) == 3)
        assert all(isinstance(e, Message) for e, _ in seen)
        assert {name for _, name in seen} == {worker.name}
        assert [str(e) for e in errors] == ["a bug in user code"]
    assert not worker.is_alive()


def test_reconnects_under_the_sync_facade(make_threaded_server: Callable[..., ServerThread], keys: Keys) -> None:
    thread = make_threaded_server()
    server = thread.server
    thread.do(server.set_book, "M", [("0.30", "10")], [])
    with client_for(thread, keys) as ws:
        sub = ws.subscribe_orderbook_delta(["M"])
        assert isinstance(sub.get(timeout=2), BookUpdate)
        old_sid = sub.sid
        thread.do(server.drop_connections)
        assert isinstance(sub.get(timeout=2), BookInvalidated)
        resynced = sub.get(timeout=2)
        assert isinstance(resynced, BookUpdate) and resynced.is_snapshot
        assert sub.sid != old_sid
        wait_for(lambda: sub.stats.restored == 1)  # counted once every restore command has its answer


def test_book_updates_iterator(make_threaded_server: Callable[..., ServerThread], keys: Keys) -> None:
    thread = make_threaded_server()
    server = thread.server
    thread.do(server.set_book, "A", [("0.30", "10")], [])
    ws = client_for(thread, keys)
    try:
        ws.subscribe_orderbook_delta(["A"])
        wait_for(lambda: (b := ws.book("A")) is not None and b.is_synced)
        updates = ws.book_updates("A")
        assert next(updates).message is None
        thread.call(server.delta("A", "yes", "0.3000", "1.00"))
        assert next(updates).best_bid.size == 11
        updates.close()
    finally:
        ws.close()
    ws.close()  # idempotent


def test_perps_sync_and_end_of_iteration(make_threaded_server: Callable[..., ServerThread], keys: Keys) -> None:
    thread = make_threaded_server("perps")
    server = thread.server
    thread.do(server.set_book, "BTC", [("100.5", "2")], [("101", "1")])
    ws = client_for(thread, keys)
    sub = ws.subscribe_orderbook_delta(["BTC"])
    first = sub.get(timeout=2)
    assert isinstance(first, BookUpdate) and first.best_ask is not None and first.best_ask.price == Decimal("101")
    ws.close()
    assert list(sub) == []
    with pytest.raises(WebSocketClosedError):
        sub.get(timeout=1)
    assert not [t for t in threading.enumerate() if t.name.startswith("kalshi-ws")]


def test_after_close_nothing_restarts_a_loop(make_threaded_server: Callable[..., ServerThread], keys: Keys) -> None:
    thread = make_threaded_server()
    thread.do(thread.server.set_book, "A", [("0.30", "10")], [])
    ws = client_for(thread, keys)
    sub = ws.subscribe_orderbook_delta(["A"])
    updates = ws.book_updates("A")
    assert isinstance(next(updates), BookUpdate)
    ws.close()
    assert list(updates) == []  # ends instead of starting a new loop thread
    with pytest.raises(WebSocketClosedError):
        sub.book("A")
    with pytest.raises(WebSocketClosedError):
        ws.subscribe_ticker()
