"""Synchronous facade: the async client runs on an event loop in a background thread; the
caller's thread blocks on commands and iterates events, or registers callbacks that run on
their own threads (so a slow callback never stalls the connection or its heartbeats).

Threads: one loop thread per client (``kalshi-ws-loop``), plus one per callback
(``kalshi-ws-callback-<id>``). :meth:`SyncWebSocketClient.close` stops and joins all of them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator, Mapping
from typing import Any, ClassVar, Concatenate, Generic, ParamSpec, Self, TypeVar

from ._book import OrderBook
from ._client import AsyncWebSocketClient
from ._errors import StreamOverflowError, WebSocketClosedError, WebSocketTimeoutError
from ._events import ClientEvent, SubscriptionEvent
from ._kalshi import KalshiWebSocket
from ._loop_thread import LoopThread
from ._perps import PerpsWebSocket
from ._streams import EndOfStream, EventStream
from ._subscription import BookEvent, Subscription, SubscriptionStats

P = ParamSpec("P")
R = TypeVar("R")
M = TypeVar("M")
C = TypeVar("C", bound=AsyncWebSocketClient)

log = logging.getLogger("kalshi_ext.ws")


def _next(stream: EventStream[R], timeout: float | None) -> R:
    """The next event; a wait past ``timeout`` is the WebSocket timeout error, as for commands."""
    try:
        return stream.get_blocking(timeout)
    except EndOfStream:
        raise
    except TimeoutError as exc:
        raise WebSocketTimeoutError(str(exc)) from None


def _iterate(stream: EventStream[R], timeout: float | None = None) -> Iterator[R]:
    while True:
        try:
            yield _next(stream, timeout)
        except EndOfStream:
            return


F = TypeVar("F", bound=Callable[..., Any])


def _named(wrapper: F, wrapped: Callable[..., Any]) -> F:
    # functools.wraps would also copy __wrapped__, and inspect.signature would then show the async signature.
    wrapper.__name__ = wrapped.__name__
    wrapper.__qualname__ = wrapped.__qualname__
    wrapper.__doc__ = wrapped.__doc__
    return wrapper


def _forward(
    method: Callable[Concatenate[Subscription[Any], P], Coroutine[Any, Any, R]],
) -> Callable[Concatenate[SyncSubscription[Any], P], R]:
    """A blocking version of an async Subscription method."""

    def call(self: SyncSubscription[Any], /, *args: P.args, **kwargs: P.kwargs) -> R:
        return self._owner._call(method(self._sub, *args, **kwargs))

    return _named(call, method)


class SyncSubscription(Generic[M]):
    """Blocking twin of :class:`~kalshi_ext.ws.Subscription` (same methods, no ``await``).

    Iterate it in a thread (``for event in sub``), or call :meth:`on_event` to have a callback
    run on a thread of its own. Books in its events are copies, safe to read on any thread.
    """

    def __init__(self, owner: SyncWebSocketClient[Any], sub: Subscription[M]) -> None:
        self._owner = owner
        self._sub = sub

    @property
    def id(self) -> int:
        return self._sub.id

    @property
    def channel(self) -> str:
        return self._sub.channel

    @property
    def sid(self) -> int | None:
        return self._sub.sid

    @property
    def markets(self) -> tuple[str, ...]:
        return self._sub.markets

    @property
    def stats(self) -> SubscriptionStats:
        return self._sub.stats

    @property
    def dropped(self) -> int:
        return self._sub.dropped

    @property
    def subscription(self) -> Subscription[M]:
        """The underlying async handle (use it only on the client's loop)."""
        return self._sub

    def __iter__(self) -> Iterator[SubscriptionEvent[M]]:
        return _iterate(self._sub.stream)

    def get(self, timeout: float | None = None) -> SubscriptionEvent[M]:
        """The next event.

        Raises:
            WebSocketTimeoutError: none within ``timeout`` seconds (also a builtin TimeoutError).
                WebSocketClosedError: the subscription has ended and is drained.
                StreamOverflowError: as for iteration.
        """
        try:
            return _next(self._sub.stream, timeout)
        except EndOfStream:
            raise WebSocketClosedError(f"subscription {self.id} has ended") from None

    def on_event(
        self,
        callback: Callable[[SubscriptionEvent[M]], object],
        *,
        on_error: Callable[[Exception], object] | None = None,
    ) -> threading.Thread:
        """Call ``callback(event)`` for every event, on a new thread, until the subscription ends.

        An exception from ``callback`` (or a :class:`StreamOverflowError`) goes to ``on_error``,
        or is logged; either way the thread carries on.
        """

        def run() -> None:
            stream = self._sub.stream
            while True:
                try:
                    event = stream.get_blocking()
                except EndOfStream:
                    return
                except WebSocketClosedError as exc:
                    _report(on_error, exc)
                    return
                except StreamOverflowError as exc:
                    _report(on_error, exc)
                    continue
                try:
                    callback(event)
                except Exception as exc:
                    _report(on_error, exc)

        thread = threading.Thread(target=run, name=f"kalshi-ws-callback-{self.id}", daemon=True)
        self._owner._threads.append(thread)
        thread.start()
        return thread

    def book(self, market_ticker: str) -> OrderBook | None:
        """A copy of the market's local book (None if unknown)."""
        return self._owner._call(_copy_book(self._sub.books, market_ticker))

    def book_updates(self, market_ticker: str) -> Iterator[BookEvent]:
        """Blocking iterator of one market's book updates (see :meth:`Subscription.book_updates`)."""
        return self._owner._bridge(self._sub.book_updates(market_ticker))

    unsubscribe = _forward(Subscription.unsubscribe)
    add_markets = _forward(Subscription.add_markets)
    remove_markets = _forward(Subscription.remove_markets)
    request_snapshot = _forward(Subscription.request_snapshot)
    subscribe_indices = _forward(Subscription.subscribe_indices)
    unsubscribe_indices = _forward(Subscription.unsubscribe_indices)
    index_list = _forward(Subscription.index_list)
    subscribe_underlyings = _forward(Subscription.subscribe_underlyings)
    unsubscribe_underlyings = _forward(Subscription.unsubscribe_underlyings)
    underlying_list = _forward(Subscription.underlying_list)

    def __repr__(self) -> str:
        return f"Sync{self._sub!r}"


def _report(on_error: Callable[[Exception], object] | None, exc: Exception) -> None:
    if on_error is None:
        log.error("error in a WebSocket callback thread: %s", exc, exc_info=exc)
        return
    try:
        on_error(exc)
    except Exception:
        log.exception("the on_error callback raised")


async def _copy_book(books: Mapping[str, OrderBook], market_ticker: str) -> OrderBook | None:
    # Run on the loop thread, where the books change.
    book = books.get(market_ticker)
    return None if book is None else book.copy()


def _blocking(
    method: Callable[Concatenate[C, P], Coroutine[Any, Any, Subscription[M]]],
) -> Callable[Concatenate[SyncWebSocketClient[C], P], SyncSubscription[M]]:
    """A blocking ``subscribe_<channel>`` returning a :class:`SyncSubscription`."""

    def call(self: SyncWebSocketClient[C], /, *args: P.args, **kwargs: P.kwargs) -> SyncSubscription[M]:
        sub = self._call(method(self._client, *args, **kwargs))
        return SyncSubscription(self, sub)

    return _named(call, method)


class SyncWebSocketClient(Generic[C]):
    """Common base of the synchronous clients; takes the same keywords as the async client."""

    _ASYNC: ClassVar[type[AsyncWebSocketClient]]

    def __init__(self, signer: Any = None, **options: Any) -> None:
        """Build the client (nothing connects or starts until :meth:`connect`).

        Raises:
            KalshiConfigurationError: as the async client's constructor.
        """
        self._adopt(self._ASYNC(signer, **options))

    def _adopt(self, client: AsyncWebSocketClient) -> None:
        client._copy_books = True  # consumers read books from other threads
        self._client: C = client  # type: ignore[assignment]
        self._loop: LoopThread | None = None
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False

    @classmethod
    def from_env(cls, *, demo: bool | None = None, env: Mapping[str, str] | None = None, **options: Any) -> Self:
        """As the async client's ``from_env``."""
        self = cls.__new__(cls)
        self._adopt(cls._ASYNC.from_env(demo=demo, env=env, **options))
        return self

    @classmethod
    def from_client(cls, client: Any, **options: Any) -> Self:
        """As the async client's ``from_client``: share a REST client's signer and environment."""
        self = cls.__new__(cls)
        self._adopt(cls._ASYNC.from_client(client, **options))
        return self

    @property
    def client(self) -> C:
        """The async client (use it only on the loop thread)."""
        return self._client

    def _call(self, coro: Coroutine[Any, Any, R]) -> R:
        with self._lock:
            if self._closed:
                coro.close()  # never awaited: close it so Python does not warn
                raise WebSocketClosedError("the WebSocket client is closed")
            if self._loop is None:
                self._loop = LoopThread("kalshi-ws-loop")
            loop = self._loop
        return loop.call(coro)

    def _bridge(self, agen: AsyncIterator[R]) -> Iterator[R]:
        async def step() -> R:
            return await agen.__anext__()

        try:
            while True:
                try:
                    yield self._call(step())
                except StopAsyncIteration:
                    return
                except WebSocketClosedError:
                    if self._closed:
                        return  # the client was closed: the iteration simply ends
                    raise
        finally:
            aclose = getattr(agen, "aclose", None)
            if aclose is not None and not self._closed:
                self._call(aclose())

    def connect(self) -> None:
        """Open the connection. Raises as the async ``connect``."""
        self._call(self._client.connect())

    def close(self) -> None:
        """Close the connection, end every subscription, and join every thread. Idempotent."""
        with self._lock:
            loop, self._loop = self._loop, None
            self._closed = True
        if loop is not None:
            try:
                loop.call(self._client.close())
            finally:
                loop.stop()
        for thread in self._threads:
            if thread is not threading.current_thread():
                thread.join()
        self._threads.clear()

    def __enter__(self) -> Self:
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_connected(self) -> bool:
        return self._client.is_connected

    def subscribe(self, channel: str, **params: Any) -> SyncSubscription[Any]:
        """Subscribe to any channel. Raises as the async ``subscribe``."""
        return SyncSubscription(self, self._call(self._client.subscribe(channel, **params)))

    def unsubscribe(self, subscription: SyncSubscription[Any]) -> None:
        self._call(self._client.unsubscribe(subscription.subscription))

    def update_subscription(self, subscription: SyncSubscription[Any], action: str, **params: Any) -> Any:
        return self._call(self._client.update_subscription(subscription.subscription, action, **params))

    def list_subscriptions(self) -> Any:
        return self._call(self._client.list_subscriptions())

    def events(self, timeout: float | None = None) -> Iterator[ClientEvent]:
        """Blocking iterator of client-level events (see the async ``events``)."""
        return _iterate(self._client._session.events, timeout)

    def book(self, market_ticker: str) -> OrderBook | None:
        """A copy of the market's local book, or None."""

        async def copy() -> OrderBook | None:  # on the loop thread, where books change
            book = self._client.book(market_ticker)
            return None if book is None else book.copy()

        return self._call(copy())

    def book_updates(self, market_ticker: str) -> Iterator[BookEvent]:
        """Blocking iterator of one market's book updates.

        Raises:
            KalshiConfigurationError: no order book subscription covers the market.
        """

        async def start() -> AsyncIterator[BookEvent]:
            return self._client.book_updates(market_ticker)

        return self._bridge(self._call(start()))

    def __repr__(self) -> str:
        return f"Sync{self._client!r}"


class SyncKalshiWebSocket(SyncWebSocketClient[KalshiWebSocket]):
    """Blocking :class:`KalshiWebSocket` (same constructor keywords and ``subscribe_*`` helpers)."""

    _ASYNC = KalshiWebSocket

    subscribe_orderbook_delta = _blocking(KalshiWebSocket.subscribe_orderbook_delta)
    subscribe_ticker = _blocking(KalshiWebSocket.subscribe_ticker)
    subscribe_trade = _blocking(KalshiWebSocket.subscribe_trade)
    subscribe_fill = _blocking(KalshiWebSocket.subscribe_fill)
    subscribe_market_positions = _blocking(KalshiWebSocket.subscribe_market_positions)
    subscribe_market_lifecycle_v2 = _blocking(KalshiWebSocket.subscribe_market_lifecycle_v2)
    subscribe_multivariate_market_lifecycle = _blocking(KalshiWebSocket.subscribe_multivariate_market_lifecycle)
    subscribe_communications = _blocking(KalshiWebSocket.subscribe_communications)
    subscribe_order_group_updates = _blocking(KalshiWebSocket.subscribe_order_group_updates)
    subscribe_user_orders = _blocking(KalshiWebSocket.subscribe_user_orders)
    subscribe_cfbenchmarks_value = _blocking(KalshiWebSocket.subscribe_cfbenchmarks_value)
    subscribe_cfbenchmarks_value_5hz = _blocking(KalshiWebSocket.subscribe_cfbenchmarks_value_5hz)
    subscribe_pyth_value = _blocking(KalshiWebSocket.subscribe_pyth_value)


class SyncPerpsWebSocket(SyncWebSocketClient[PerpsWebSocket]):
    """Blocking :class:`PerpsWebSocket`."""

    _ASYNC = PerpsWebSocket

    subscribe_orderbook_delta = _blocking(PerpsWebSocket.subscribe_orderbook_delta)
    subscribe_ticker = _blocking(PerpsWebSocket.subscribe_ticker)
    subscribe_trade = _blocking(PerpsWebSocket.subscribe_trade)
    subscribe_fill = _blocking(PerpsWebSocket.subscribe_fill)
    subscribe_user_orders = _blocking(PerpsWebSocket.subscribe_user_orders)
    subscribe_order_group_updates = _blocking(PerpsWebSocket.subscribe_order_group_updates)
    subscribe_corporate_actions = _blocking(PerpsWebSocket.subscribe_corporate_actions)
