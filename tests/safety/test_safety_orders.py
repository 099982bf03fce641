"""A failed create never reports the wrong outcome: {reset, 502, stall} on the create crossed with
{500, timeout, bad body} on the lookup, for sync, async and perps clients, with the local clock
right, 10 minutes ahead and 10 minutes behind. One order at most ever reaches the exchange."""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
import time
import types
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs

import pytest
from safety_server import RawServer, Request, answer, options

from kalshi_ext import (
    AsyncKalshiClient,
    KalshiClient,
    OrderStatusUnknownError,
    PerpsClient,
    RetryPolicy,
)

TIMEOUT = 0.5  # the client's per-attempt limit: a stalled server costs this much per attempt
STALL_S = 5.0
FAST = RetryPolicy(max_attempts=2, backoff_base=0.01, backoff_max=0.02)
CREATE_FAILURES = ("reset", "502", "stall")
LOOKUP_FAILURES = ("500", "timeout", "bad body")
SKEWS = (0, 600, -600)

ROUTES = {
    "trade": ("/trade-api/v2/portfolio/events/orders", "/trade-api/v2/portfolio/orders"),
    "perps": ("/trade-api/v2/margin/orders", "/trade-api/v2/margin/orders"),
}


class Exchange:
    """Orders placed on the loopback server, and how it misbehaves."""

    def __init__(self, server: RawServer, api: str, create: str, lookup: str | None) -> None:
        self.server, self.api, self.create, self.lookup = server, api, create, lookup
        self.orders: list[dict[str, Any]] = []
        self.lookups: list[dict[str, list[str]]] = []
        self._lock = threading.Lock()
        server.behaviour = self.handle

    def _stall(self, conn: socket.socket) -> None:
        # Hold the connection open without answering; end early when the server closes.
        deadline = time.monotonic() + STALL_S
        while time.monotonic() < deadline and not self.server.stopped():
            time.sleep(0.02)

    def handle(self, request: Request, conn: socket.socket) -> None:
        create_path, list_path = ROUTES[self.api]
        if request.method == "POST" and request.path == create_path:
            body = request.json()
            with self._lock:
                if not any(o["client_order_id"] == body["client_order_id"] for o in self.orders):
                    self.orders.append({**body, "order_id": str(uuid.uuid4()), "created": time.time()})
            if self.create == "reset":
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                conn.close()
            elif self.create == "502":
                answer(conn, 502, b"<html>bad gateway</html>", {"Content-Type": "text/html"})
            else:
                self._stall(conn)
                conn.close()
            return
        if request.method == "GET" and request.path == list_path:
            query = parse_qs(request.query)
            self.lookups.append(query)
            if self.lookup == "500":
                answer(conn, 500, {"error": {"code": "internal", "message": "boom"}})
            elif self.lookup == "timeout":
                self._stall(conn)
                conn.close()
            elif self.lookup == "bad body":
                answer(conn, 200, b"<html>not json</html>")
            else:
                min_ts = int(query.get("min_ts", ["0"])[0])
                ticker = query.get("ticker", [None])[0]
                listed = [
                    {"order_id": o["order_id"], "client_order_id": o["client_order_id"], "ticker": o.get("ticker")}
                    for o in self.orders
                    if o["created"] >= min_ts and (ticker is None or o.get("ticker") == ticker)
                ]
                answer(conn, 200, {"orders": listed, "cursor": ""})
            return
        answer(conn, 404, {"error": {"code": "not_found", "message": request.path}})


@pytest.fixture
def skewed(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[float], None]]:
    """Shift the wall clock the order code reads (the signer's stays right: Kalshi checks that one)."""
    import kalshi_ext._batch_orders as batch_module
    import kalshi_ext._orders as orders_module

    def shift(seconds: float) -> None:
        fake = types.SimpleNamespace(time=lambda: time.time() + seconds)
        monkeypatch.setattr(orders_module, "time", fake)
        monkeypatch.setattr(batch_module, "time", fake)

    yield shift


def _trade_body(client_order_id: str) -> Any:
    from kalshi_trade_api.models import CreateOrderV2Request

    return CreateOrderV2Request.from_dict(
        {
            "ticker": "KXSAFE-26DEC01",
            "side": "bid",
            "count": "3",
            "price": "0.42",
            "time_in_force": "good_till_canceled",
            "self_trade_prevention_type": "taker_at_cross",
            "client_order_id": client_order_id,
        }
    )


def _perps_body(client_order_id: str, *, market_id_only: bool = False) -> Any:
    from kalshi_perps_api.models import CreateMarginOrderRequest

    data = {
        "side": "bid",
        "count": "1",
        "price": "101.5",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
        "client_order_id": client_order_id,
    }
    data.update({"market_id": "m-123"} if market_id_only else {"ticker": "BTC-PERP"})
    return CreateMarginOrderRequest.from_dict(data)


def _place(kind: str, server: RawServer, key: Any, body: Any) -> Any:
    opts = options(server, key, timeout=TIMEOUT, retry=FAST)
    if kind == "sync":
        with KalshiClient(**opts) as kalshi:
            return kalshi.orders.create_v2(body=body)
    if kind == "perps":
        with PerpsClient(**opts) as perps:
            return perps.orders.create(body=body)

    async def run() -> Any:
        async with AsyncKalshiClient(**opts) as kalshi:
            return await kalshi.orders.create_v2(body=body)

    return asyncio.run(run())


def _assert_unknown(info: pytest.ExceptionInfo[OrderStatusUnknownError], client_order_id: str) -> None:
    error = info.value
    assert error.client_order_id == client_order_id
    assert error.lookup_error is not None and error.create_error is not None
    assert error.__cause__ is error.lookup_error  # both failures are chained
    notes = "\n".join(getattr(error, "__notes__", []))
    assert type(error.create_error).__name__ in notes and type(error.lookup_error).__name__ in notes
    assert getattr(error.create_error, "outcome_unknown", False)


# Every client at the right time; the skewed clocks on the sync client (the clock only enters
# lookup_filters, which every client shares).
CROSS = [
    (kind, create, lookup, skew)
    for kind in ("sync", "async", "perps")
    for create in CREATE_FAILURES
    for lookup in LOOKUP_FAILURES
    for skew in SKEWS
    if kind == "sync" or skew == 0
]


@pytest.mark.parametrize(("kind", "create", "lookup", "skew"), CROSS)
def test_failed_create_with_failed_lookup_is_unknown_with_the_id(
    server: RawServer, ed_private: Any, skewed: Callable[[float], None], kind: str, create: str, lookup: str, skew: int
) -> None:
    skewed(skew)
    exchange = Exchange(server, "perps" if kind == "perps" else "trade", create, lookup)
    client_order_id = str(uuid.uuid4())
    body = _perps_body(client_order_id) if kind == "perps" else _trade_body(client_order_id)
    started = time.monotonic()
    with pytest.raises(OrderStatusUnknownError) as info:
        _place(kind, server, ed_private, body)
    elapsed = time.monotonic() - started
    _assert_unknown(info, client_order_id)
    assert len(exchange.orders) == 1  # placed once, never resent
    assert exchange.lookups  # it did look
    # Each stall costs at most one attempt's limit (lookups get 2 attempts): generous slack for a busy box.
    assert elapsed < 3 * TIMEOUT + 4.0


@pytest.mark.parametrize("skew", SKEWS)
@pytest.mark.parametrize("create", CREATE_FAILURES)
@pytest.mark.parametrize("kind", ["sync", "async", "perps"])
def test_failed_create_is_found_by_lookup_whatever_the_clock(
    server: RawServer, ed_private: Any, skewed: Callable[[float], None], kind: str, create: str, skew: int
) -> None:
    skewed(skew)
    exchange = Exchange(server, "perps" if kind == "perps" else "trade", create, None)
    client_order_id = str(uuid.uuid4())
    body = _perps_body(client_order_id) if kind == "perps" else _trade_body(client_order_id)
    result = _place(kind, server, ed_private, body)
    assert result.client_order_id == client_order_id
    assert result.order_id == exchange.orders[0]["order_id"]
    assert len(exchange.orders) == 1


def test_perps_order_by_market_id_only_is_looked_up_within_bounds(server: RawServer, ed_private: Any) -> None:
    from kalshi_ext._orders import LOOKUP_PAGE_SIZE, LOOKUP_PAGES

    exchange = Exchange(server, "perps", "502", None)
    endless = {"n": 0}

    def listing(request: Request, conn: socket.socket) -> None:
        if request.method == "GET":
            # An account with endless recent orders, none of them ours.
            exchange.lookups.append(parse_qs(request.query))
            endless["n"] += 1
            orders = [{"order_id": f"o{endless['n']}-{i}", "client_order_id": f"other-{i}"} for i in range(5)]
            answer(conn, 200, {"orders": orders, "cursor": f"c{endless['n']}"})
        else:
            exchange.handle(request, conn)

    server.behaviour = listing
    client_order_id = str(uuid.uuid4())
    with pytest.raises(OrderStatusUnknownError) as info:
        _place("perps", server, ed_private, _perps_body(client_order_id, market_id_only=True))
    assert info.value.client_order_id == client_order_id
    assert len(exchange.lookups) == LOOKUP_PAGES
    assert all(q["limit"] == [str(LOOKUP_PAGE_SIZE)] and "ticker" not in q for q in exchange.lookups)
    assert len(exchange.orders) == 1


def test_batch_create_with_open_outcome(server: RawServer, ed_private: Any) -> None:
    from kalshi_trade_api.models import BatchCreateOrdersV2Request

    exchange = Exchange(server, "trade", "502", None)
    batch_path = "/trade-api/v2/portfolio/events/orders/batched"

    def behaviour(request: Request, conn: socket.socket) -> None:
        if request.path == batch_path:
            first = request.json()["orders"][0]  # only the first order of the batch lands
            exchange.orders.append({**first, "order_id": "placed-1", "created": time.time()})
            answer(conn, 504, b"gateway timeout")
        else:
            exchange.handle(request, conn)

    server.behaviour = behaviour
    orders = [_trade_body("").to_dict() | {"client_order_id": ""} for _ in range(2)]
    with pytest.raises(OrderStatusUnknownError) as info:
        with KalshiClient(**options(server, ed_private, timeout=TIMEOUT)) as kalshi:
            kalshi.orders.batch_create_v2(body=BatchCreateOrdersV2Request.from_dict({"orders": orders}))
    error = info.value
    assert len(error.client_order_ids) == 1 and list(error.placed) != error.client_order_ids
    assert len(error.placed) == 1 and next(iter(error.placed.values())).order_id == "placed-1"
    assert sum(1 for r in server.requests if r.path == batch_path) == 1  # never resent


def test_found_result_keeps_fill_counts(server: RawServer, ed_private: Any) -> None:
    exchange = Exchange(server, "trade", "502", None)
    client_order_id = str(uuid.uuid4())
    result = _place("sync", server, ed_private, _trade_body(client_order_id))
    assert isinstance(result.order_id, str) and len(exchange.orders) == 1
    assert Decimal(exchange.orders[0]["count"]) == 3
