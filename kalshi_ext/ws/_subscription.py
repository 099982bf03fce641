"""The user's handle on one subscription: stable across reconnects, while the server's ``sid``
changes with every new connection."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

from .._errors import KalshiConfigurationError
from ._book import OrderBook
from ._channels import ChannelSpec, Overflow, WsApi
from ._events import BookInvalidated, BookUpdate, SubscriptionEvent
from ._streams import EndOfStream, EventStream

if TYPE_CHECKING:
    from kalshi_ws_models.models.ok_response_payload import OkResponsePayload

M = TypeVar("M")
_ADDING = {
    "add_markets": "market_tickers",
    "subscribe_indices": "index_ids",
    "subscribe_underlyings": "underlying_tickers",
}
_REMOVING = {
    "delete_markets": "market_tickers",
    "unsubscribe_indices": "index_ids",
    "unsubscribe_underlyings": "underlying_tickers",
}
BookEvent = BookUpdate | BookInvalidated


class _Owner(Protocol):
    async def update(self, sub: Subscription[Any], action: str, params: Mapping[str, Any]) -> Mapping[str, Any]: ...

    async def unsubscribe(self, sub: Subscription[Any]) -> None: ...


@dataclass(slots=True)
class SubscriptionStats:
    """Counters of one subscription (all since it was made, across reconnects).

    Attributes:
        received: data frames routed to it.
        gaps: sequence gaps or steps back seen.
        resyncs: fresh snapshots requested (books) or resubscriptions.
        skipped_deltas: deltas not applied because their book was waiting for a snapshot, or
            was already newer (they are contained in the snapshot that follows).
        restored: times it was made again on a new connection.
    """

    received: int = 0
    gaps: int = 0
    resyncs: int = 0
    skipped_deltas: int = 0
    restored: int = 0


class Subscription(Generic[M]):
    """One channel subscription. Iterate it (``async for event in sub``) to receive its events.

    The handle survives reconnects: the client subscribes again on every new connection and
    maps the new ``sid`` to this handle. Events are :data:`SubscriptionEvent` values: typed
    :class:`Message` objects (``event.model`` is the generated model), :class:`BookUpdate` on
    order book subscriptions, and the gap/error events.

    Attributes:
        id: the client's id for the subscription (never reused by a client).
        channel: the channel name.
        sid: the server's id on the current connection (None while disconnected).
        stats: counters.
    """

    def __init__(
        self,
        owner: _Owner,
        api: WsApi,
        spec: ChannelSpec,
        sub_id: int,
        params: dict[str, Any],
        *,
        queue_size: int,
        overflow: Overflow | None = None,
        copy_books: bool = False,
    ) -> None:
        self._owner = owner
        self.api = api
        self.spec = spec
        self.id = sub_id
        self.channel = spec.name
        self.params = params
        self.sid: int | None = None
        self.stats = SubscriptionStats()
        self.stream: EventStream[SubscriptionEvent[M]] = EventStream(
            queue_size, overflow or spec.overflow, f"subscription {sub_id} ({spec.name})"
        )
        self.books: dict[str, OrderBook] = {}
        self.taps: dict[str, list[EventStream[BookEvent]]] = {}
        self.copy_books = copy_books  # the sync facade reads books from another thread
        self.yes_price = bool(params.get("use_yes_price"))
        self._queue_size = queue_size
        # Connection bookkeeping, owned by the client.
        self.generation = 0
        self.active = asyncio.Event()
        self.resyncing = False
        self.resync_pending: set[str] = set()
        self.closed = False
        self.error: BaseException | None = None

    # -- iteration ---------------------------------------------------------------------

    def __aiter__(self) -> AsyncIterator[SubscriptionEvent[M]]:
        return self

    async def __anext__(self) -> SubscriptionEvent[M]:
        """The next event.

        Raises:
            StopAsyncIteration: unsubscribed or client closed, and everything was delivered.
            StreamOverflowError: the consumer fell behind on an ``error``-policy stream.
            WebSocketClosedError: the client gave up reconnecting (the cause is chained).
        """
        stream = self.stream
        try:
            # Usually an event is queued: take it without a second coroutine (get() is one).
            return stream.get_nowait()
        except IndexError:
            pass
        except EndOfStream:
            raise StopAsyncIteration from None
        try:
            return await stream.get()
        except EndOfStream:
            raise StopAsyncIteration from None

    @property
    def dropped(self) -> int:
        """Events dropped by backpressure so far."""
        return self.stream.dropped

    @property
    def markets(self) -> tuple[str, ...]:
        """The market tickers the subscription covers (empty: all markets, or not a market channel)."""
        return tuple(self.params.get("market_tickers", ()))

    # -- commands ----------------------------------------------------------------------

    async def unsubscribe(self) -> None:
        """Unsubscribe; iteration ends once queued events are consumed.

        Raises:
            WebSocketCommandError: the server refused. WebSocketTimeoutError: no answer.
        """
        await self._owner.unsubscribe(self)

    async def add_markets(self, market_tickers: Iterable[str]) -> OkResponsePayload:
        """Add markets to the live subscription (``update_subscription`` ``add_markets``).

        Raises:
            KalshiConfigurationError: the channel has no market list. WebSocketCommandError,
                WebSocketTimeoutError, WebSocketConnectionError: the command failed.
        """
        reply = await self._send("add_markets", {"market_tickers": _names(market_tickers, "market_tickers")})
        return cast("OkResponsePayload", reply)

    async def remove_markets(self, market_tickers: Iterable[str]) -> OkResponsePayload:
        """Remove markets from the live subscription (``delete_markets``); their books are dropped.

        Raises:
            as :meth:`add_markets`.
        """
        reply = await self._send("delete_markets", {"market_tickers": _names(market_tickers, "market_tickers")})
        return cast("OkResponsePayload", reply)

    async def request_snapshot(self, market_tickers: Iterable[str] | None = None) -> None:
        """Ask for fresh order book snapshots (``get_snapshot``); all markets by default.

        Raises:
            as :meth:`add_markets`.
        """
        tickers = self.markets if market_tickers is None else _names(market_tickers, "market_tickers")
        await self._send("get_snapshot", {"market_tickers": list(tickers)})

    async def subscribe_indices(self, index_ids: Iterable[str]) -> Any:
        """CF Benchmarks channels: add index ids (``["all"]`` for every index).

        Returns the generated ``SubscribedIndicesResponsePayload`` (or ``OkResponsePayload``).

        Raises:
            as :meth:`add_markets`.
        """
        return await self._send("subscribe_indices", {"index_ids": _names(index_ids, "index_ids")})

    async def unsubscribe_indices(self, index_ids: Iterable[str]) -> Any:
        """CF Benchmarks channels: remove index ids.

        Raises:
            as :meth:`add_markets`.
        """
        return await self._send("unsubscribe_indices", {"index_ids": _names(index_ids, "index_ids")})

    async def index_list(self) -> list[str]:
        """CF Benchmarks channels: the index ids available on the connection (``indexlist``).

        Raises:
            as :meth:`add_markets`.
        """
        self._check_action("indexlist")
        reply = await self._owner.update(self, "indexlist", {})
        return _string_list(reply, "index_ids")

    async def subscribe_underlyings(self, underlying_tickers: Iterable[str]) -> Any:
        """``pyth_value``: add underlying tickers (``["all"]`` for every one).

        Raises:
            as :meth:`add_markets`.
        """
        names = _names(underlying_tickers, "underlying_tickers")
        return await self._send("subscribe_underlyings", {"underlying_tickers": names})

    async def unsubscribe_underlyings(self, underlying_tickers: Iterable[str]) -> Any:
        """``pyth_value``: remove underlying tickers.

        Raises:
            as :meth:`add_markets`.
        """
        names = _names(underlying_tickers, "underlying_tickers")
        return await self._send("unsubscribe_underlyings", {"underlying_tickers": names})

    async def underlying_list(self) -> list[str]:
        """``pyth_value``: underlying tickers recently streamed on the connection (``underlying_list``).

        Raises:
            as :meth:`add_markets`.
        """
        self._check_action("underlying_list")
        reply = await self._owner.update(self, "underlying_list", {})
        return _string_list(reply, "underlying_tickers")

    async def _send(self, action: str, params: Mapping[str, Any]) -> Any:
        from ._protocol import reply_model_name

        self._check_action(action)
        reply = await self._owner.update(self, action, params)
        name = reply_model_name(self.api, reply)
        return self.api.model_class(name).from_dict(reply) if name else reply

    # -- books -------------------------------------------------------------------------

    def book(self, market_ticker: str) -> OrderBook | None:
        """The local book of a market (None if the subscription has not seen the market)."""
        return self.books.get(market_ticker)

    async def book_updates(self, market_ticker: str, *, queue_size: int | None = None) -> AsyncIterator[BookEvent]:
        """Updates of one market's book: its current state first (if synced), then every change.

        Yields :class:`BookUpdate` and :class:`BookInvalidated` events; ends when the
        subscription ends.

        Raises:
            KalshiConfigurationError: not an order book subscription.
            StreamOverflowError: this iterator fell behind (the book itself stays correct).
        """
        if not self.spec.book:
            raise KalshiConfigurationError(f"book_updates() needs an orderbook_delta subscription, not {self.channel}")
        tap: EventStream[BookEvent] = EventStream(
            queue_size or self._queue_size, Overflow.ERROR, f"book updates of {market_ticker}"
        )
        current = self.books.get(market_ticker)
        if current is not None and current.is_synced:
            book = current.copy() if self.copy_books else current
            tap.put(BookUpdate(self.id, market_ticker, True, None, book, current.best_bid(), current.best_ask()))
        if self.closed:
            tap.close(self.error)
        self.taps.setdefault(market_ticker, []).append(tap)
        try:
            while True:
                try:
                    yield await tap.get()
                except EndOfStream:
                    return
        finally:
            taps = self.taps.get(market_ticker, [])
            if tap in taps:
                taps.remove(tap)

    def apply_update(self, action: str, params: Mapping[str, Any], reply: Mapping[str, Any]) -> None:
        """Keep the desired state in step with an acknowledged ``update_subscription`` (so a
        reconnect restores what was asked for); the server's full list wins when it sends one."""
        key = _ADDING.get(action) or _REMOVING.get(action)
        if key is None:
            return
        msg = reply.get("msg")
        current = msg.get(key) if isinstance(msg, Mapping) and reply.get("type") == "ok" else None
        changed = [str(v) for v in params.get(key, ())]
        if isinstance(current, list):
            values = [str(v) for v in current]
        elif action in _ADDING:
            values = list(dict.fromkeys([*self.params.get(key, ()), *changed]))
        else:
            gone = set(changed)
            values = [v for v in self.params.get(key, ()) if v not in gone]
        if values:
            self.params[key] = values
        else:
            self.params.pop(key, None)
        if action == "delete_markets":
            for ticker in changed:
                self.books.pop(ticker, None)

    def _check_action(self, action: str) -> None:
        if action not in self.spec.actions:
            allowed = ", ".join(sorted(self.spec.actions)) or "none"
            raise KalshiConfigurationError(
                f"the {self.channel} channel does not support {action!r} (supported: {allowed}); "
                "use client.update_subscription() to send it anyway"
            )

    def close(self, error: BaseException | None = None) -> None:
        """End the subscription locally (client-side; no command is sent)."""
        self.closed = True
        self.error = error
        self.active.set()  # wake anyone waiting for it to become active
        self.stream.close(error)
        for taps in self.taps.values():
            for tap in taps:
                tap.close(error)

    def __repr__(self) -> str:
        markets = f", markets={len(self.markets)}" if self.spec.market_filter else ""
        return f"Subscription(id={self.id}, channel={self.channel!r}, sid={self.sid}{markets})"


def _names(values: Iterable[str], what: str) -> list[str]:
    if isinstance(values, str):
        raise KalshiConfigurationError(f"{what} must be a list of strings, not a single string")
    out = list(values)
    if not out or not all(isinstance(v, str) and v for v in out):
        raise KalshiConfigurationError(f"{what} must be a non-empty list of non-empty strings")
    return out


def _string_list(reply: Mapping[str, Any], key: str) -> list[str]:
    msg = reply.get("msg")
    values = msg.get(key) if isinstance(msg, Mapping) else None
    return [str(v) for v in values] if isinstance(values, list) else []
