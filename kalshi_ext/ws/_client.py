"""The public async client base shared by :class:`KalshiWebSocket` and :class:`PerpsWebSocket`:
construction (credentials, hosts, options), ``from_env``, and the subscription API. The
connection itself is run by :class:`~kalshi_ext.ws._session.Session`."""

from __future__ import annotations

import asyncio
import itertools
import os
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from .._base import build_signer
from .._config import HOST_VARIABLES, read_host_env, read_signing_env
from .._environments import ApiSpec
from .._errors import KalshiConfigurationError
from .._options import env_client_options
from .._signing import RequestSigner
from .._validate import check_bool, check_int, check_seconds
from ._backoff import ReconnectPolicy
from ._channels import Overflow, WsApi
from ._connection import ConnectOptions
from ._events import ClientEvent
from ._hosts import WsHosts, resolve_ws_url
from ._protocol import list_command, reply_model_name, subscribe_params
from ._session import Session, SessionConfig
from ._streams import EndOfStream
from ._subscription import BookEvent, Subscription

if TYPE_CHECKING:
    from .._keys import PrivateKey
    from ._book import OrderBook

DEFAULT_QUEUE_SIZE = 4096
MAX_QUEUE_SIZE = 10_000_000
OverflowArg = Overflow | str | None


class AsyncWebSocketClient:
    """Common base of the async WebSocket clients (use :class:`KalshiWebSocket` or :class:`PerpsWebSocket`)."""

    _API: ClassVar[WsApi]
    _REST_API: ClassVar[ApiSpec]  # the REST API whose clients can share their signer (from_client)
    _HOSTS: ClassVar[WsHosts]
    _ENV_PREFIXES: ClassVar[tuple[str, ...]]
    _ENV_API: ClassVar[str]  # "trade" or "perps": the host variables from_env reads (kalshi_ext._config)

    def __init__(
        self,
        signer: RequestSigner | None = None,
        *,
        key_id: str | None = None,
        private_key: str | bytes | PrivateKey | None = None,
        private_key_path: str | os.PathLike[str] | None = None,
        private_key_passphrase: str | bytes | None = None,
        demo: bool = False,
        url: str | None = None,
        allow_custom_host: bool = False,
        queue_size: int = DEFAULT_QUEUE_SIZE,
        ack_timeout: float = 10.0,
        open_timeout: float = 10.0,
        ping_interval: float | None = 10.0,
        ping_timeout: float | None = 10.0,
        close_timeout: float = 5.0,
        max_size: int | None = 16 * 1024 * 1024,
        proxy: str | None = None,
        reconnect: ReconnectPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        rng: Callable[[], float] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        """Build a client; nothing connects until :meth:`connect` (or ``async with``).

        Pass a :class:`RequestSigner` (e.g. ``kalshi.signer`` of a REST client), or the key
        keywords, or neither for an unauthenticated connection. ``proxy`` is a proxy URL (proxy
        environment variables are not read, as for the REST clients). ``sleep``, ``rng`` and
        ``clock`` replace ``asyncio.sleep``, ``random.random`` and ``time.monotonic`` (tests).

        Raises:
            KalshiConfigurationError: a signer and key keywords together; bad keys (see
                :func:`kalshi_ext.load_private_key`); a bad URL or host (see ``allow_custom_host``);
                out-of-range numbers; non-bool flags.
        """
        keyed = build_signer(
            key_id=key_id,
            private_key=private_key,
            private_key_path=private_key_path,
            private_key_passphrase=private_key_passphrase,
        )
        if signer is not None and keyed is not None:
            raise KalshiConfigurationError("pass either a signer or key_id/private_key(_path), not both")
        if signer is not None and not isinstance(signer, RequestSigner):
            raise KalshiConfigurationError(f"signer must be a RequestSigner, not {type(signer).__name__}")
        check_bool("demo", demo)
        check_bool("allow_custom_host", allow_custom_host)
        if reconnect is not None and not isinstance(reconnect, ReconnectPolicy):
            raise KalshiConfigurationError("reconnect must be a ReconnectPolicy")
        self._signer = signer or keyed
        self._endpoint = resolve_ws_url(self._HOSTS, demo=demo, url=url, allow_custom_host=allow_custom_host)
        self._queue_size = check_int("queue_size", queue_size, minimum=1, maximum=MAX_QUEUE_SIZE)
        connect = ConnectOptions(
            open_timeout=check_seconds("open_timeout", open_timeout),
            ping_interval=None if ping_interval is None else check_seconds("ping_interval", ping_interval),
            ping_timeout=None if ping_timeout is None else check_seconds("ping_timeout", ping_timeout),
            close_timeout=check_seconds("close_timeout", close_timeout),
            max_size=None if max_size is None else check_int("max_size", max_size, minimum=1024, maximum=2**31),
            proxy=proxy,
        )
        self._session = Session(
            SessionConfig(
                api=self._API,
                endpoint=self._endpoint,
                signer=self._signer,
                connect=connect,
                reconnect=reconnect or ReconnectPolicy(),
                ack_timeout=check_seconds("ack_timeout", ack_timeout),
                events_size=self._queue_size,
                sleep=sleep or asyncio.sleep,
                rng=rng or random.random,
                clock=clock or time.monotonic,
            )
        )
        self._sub_ids = itertools.count(1)
        self._copy_books = False  # set by the synchronous facade, whose consumers are other threads

    @classmethod
    def from_env(cls, *, demo: bool | None = None, env: Mapping[str, str] | None = None, **options: Any) -> Self:
        """Build a client from the same environment variables as the REST client of the API.

        Without credential variables the client is unauthenticated. ``demo`` overrides the
        ``DEMO`` variable; ``env`` replaces ``os.environ``; ``options`` are constructor keywords.
        The WebSocket URL variable (``KALSHI_WS_BASE_URL``; Perps: ``KALSHI_PERPS_WS_BASE_URL``)
        is used unless ``url=`` is given, under the REST rules: a host that is not Kalshi's needs
        ``KALSHI_ALLOW_UNKNOWN_HOST=1`` (Perps: ``KALSHI_PERPS_ALLOW_UNKNOWN_HOST``) or
        ``allow_custom_host=True``. The REST base-URL variable counts too: its demo host makes a
        demo client, and a host that is not Kalshi's needs the WebSocket URL variable as well.

        Raises:
            KalshiConfigurationError: incomplete or conflicting variables (named, never their
                values), a refused URL variable (named), a REST base-URL variable for another
                host without the WebSocket one, credentials in ``options``, and everything the
                constructor raises.
        """
        from .._client_init import add_env_credentials, construct
        from ._env import ws_env_options

        found = read_signing_env(os.environ if env is None else env, cls._ENV_PREFIXES)
        hosts = read_host_env(os.environ if env is None else env, cls._ENV_API)
        del env  # a mapping holding the PEM text: keep it out of this frame's locals
        kwargs = ws_env_options(cls._HOSTS, cls._REST_API, hosts, env_client_options(options, demo, found.demo))
        add_env_credentials(kwargs, found, cls._ENV_PREFIXES)
        del found  # holds the PEM text and passphrase read from the environment
        return construct(cls, kwargs)

    @classmethod
    def from_client(cls, client: Any, **options: Any) -> Self:
        """Build a client that shares a REST client's signer and environment (demo or production).

        ``client`` is a :class:`kalshi_ext.KalshiClient` / ``AsyncKalshiClient`` (for
        :class:`KalshiWebSocket`) or a ``PerpsClient`` / ``AsyncPerpsClient`` (for
        :class:`PerpsWebSocket`); ``options`` are the other constructor keywords. The REST
        clients' ``websocket()`` method calls this.

        Raises:
            KalshiConfigurationError: a REST client of the other API; credentials or ``demo`` in
                ``options`` (they come from ``client``); a REST client with a custom ``base_url``
                and no ``url`` for the WebSocket.
        """
        api = getattr(type(client), "_API", None)
        if api is not cls._REST_API:
            raise KalshiConfigurationError(
                f"{cls.__name__} needs a {cls._REST_API.label} client, not {type(client).__name__}"
            )
        clash = sorted({"demo", "key_id", "private_key", "private_key_path", "private_key_passphrase"} & set(options))
        if clash:
            raise KalshiConfigurationError(f"{', '.join(clash)} come from the REST client; do not pass them")
        options = client._websocket_options(options)  # the WebSocket URL variable, if from_env read one
        environment = client.environment
        if environment == "custom" and "url" not in options:
            ws_var = HOST_VARIABLES[cls._ENV_API][2]
            raise KalshiConfigurationError(
                "the REST client uses a custom base_url; pass url=... (and allow_custom_host=True) for the "
                f"WebSocket, or set {ws_var} (with {HOST_VARIABLES[cls._ENV_API][1]}=1) before from_env()"
            )
        return cls(client.signer, demo=environment == "demo", **options)

    # -- lifecycle ------------------------------------------------------------------------

    async def connect(self) -> None:
        """Open the connection (subscribing calls this for you).

        Raises:
            WebSocketConnectionError: refused handshake (``status`` 401: bad signature or key
                from the other environment) or network failure; WebSocketTimeoutError;
                WebSocketDependencyError: ``websockets`` is not installed; WebSocketClosedError.
        """
        await self._session.start()

    async def close(self) -> None:
        """Close the connection and end every subscription and iterator. Idempotent."""
        await self._session.close()

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def is_connected(self) -> bool:
        """True while a connection is open."""
        return self._session.conn is not None

    @property
    def url(self) -> str:
        return self._endpoint.url

    @property
    def environment(self) -> str:
        """``production``, ``demo`` or ``custom``."""
        return self._endpoint.environment

    @property
    def signer(self) -> RequestSigner | None:
        return self._signer

    @property
    def subscriptions(self) -> tuple[Subscription[Any], ...]:
        """The live subscription handles."""
        return tuple(self._session.subs.values())

    # -- subscriptions --------------------------------------------------------------------

    async def subscribe(
        self,
        channel: str,
        *,
        queue_size: int | None = None,
        overflow: OverflowArg = None,
        **params: Any,
    ) -> Subscription[Any]:
        """Subscribe to any channel; ``params`` are the command's parameters (``market_tickers``, ...).

        Waits for the server's ``subscribed`` answer. ``queue_size`` and ``overflow`` set the
        subscription's event stream (defaults: the client's ``queue_size``, and the channel's
        policy: drop-oldest for tickers, trades and index values, error for the rest).

        Raises:
            KalshiConfigurationError: unknown channel, bad parameters.
            WebSocketCommandError: the server refused (e.g. code 9, authentication required).
            WebSocketTimeoutError: no answer in ``ack_timeout``. And whatever :meth:`connect` raises.
        """
        params = subscribe_params(self._API, channel, params)
        size = (
            self._queue_size
            if queue_size is None
            else check_int("queue_size", queue_size, minimum=1, maximum=MAX_QUEUE_SIZE)
        )
        try:
            policy = None if overflow is None else Overflow(overflow)
        except ValueError:
            raise KalshiConfigurationError(f"overflow must be one of {[o.value for o in Overflow]}") from None
        session = self._session
        sub: Subscription[Any] = Subscription(
            session,
            self._API,
            self._API.channels[channel],
            next(self._sub_ids),
            params,
            queue_size=size,
            overflow=policy,
            copy_books=self._copy_books,
        )
        session.subs[sub.id] = sub
        try:
            await session.start()
            await session.wait_active(sub)
        except BaseException:
            session.subs.pop(sub.id, None)
            if sub.sid is not None and session.conn is not None and not session.closing:
                session.spawn(session.unsubscribe(sub), "kalshi-ws-cleanup")
            else:
                sub.close()
            raise
        return sub

    async def _typed(
        self, channel: str, queue_size: int | None, overflow: OverflowArg, **params: Any
    ) -> Subscription[Any]:
        # The typed helpers differ only in their signatures; their return types name the models.
        return await self.subscribe(channel, queue_size=queue_size, overflow=overflow, **params)

    async def unsubscribe(self, subscription: Subscription[Any]) -> None:
        """Unsubscribe; the handle's iteration ends after its queued events.

        Raises:
            WebSocketCommandError: the server refused (the handle is closed anyway).
        """
        await self._session.unsubscribe(subscription)

    async def update_subscription(self, subscription: Subscription[Any], action: str, **params: Any) -> Any:
        """Send any ``update_subscription`` action (no client-side check of the action).

        Prefer the handle's methods (``add_markets``, ``request_snapshot``, ``subscribe_indices``,
        ...). Returns the generated model of the answer when the client knows it, else the
        decoded frame.

        Raises:
            WebSocketCommandError, WebSocketTimeoutError, WebSocketConnectionError, WebSocketClosedError.
        """
        reply = await self._session.update(subscription, action, params)
        name = reply_model_name(self._API, reply)
        return self._API.model_class(name).from_dict(reply) if name else reply

    async def list_subscriptions(self) -> Any:
        """Ask the server which subscriptions the connection has (generated ``ListSubscriptionsResponsePayload``).

        Raises:
            WebSocketCommandError, WebSocketTimeoutError, WebSocketConnectionError.
        """
        await self._session.start()
        reply = await self._session.command(list_command)
        return self._API.model_class("ListSubscriptionsResponsePayload").from_dict(reply)

    def subscription_for_sid(self, sid: int) -> Subscription[Any] | None:
        """The handle currently behind a server ``sid``."""
        return self._session.dispatcher.by_sid.get(sid)

    async def events(self) -> AsyncIterator[ClientEvent]:
        """Events not tied to one subscription: connection state changes, frames that do not
        decode, server errors without a pending command, unknown messages without a sid.

        A bounded drop-oldest stream; ends when the client closes.
        """
        stream = self._session.events
        while True:
            try:
                yield await stream.get()
            except EndOfStream:
                return

    # -- books ------------------------------------------------------------------------------

    def _book_subscription(self, market_ticker: str) -> Subscription[Any] | None:
        for sub in self._session.subs.values():
            if sub.spec.book and (market_ticker in sub.books or market_ticker in sub.markets):
                return sub
        return None

    def book(self, market_ticker: str) -> OrderBook | None:
        """The local order book of a market (None without an order book subscription covering it)."""
        sub = self._book_subscription(market_ticker)
        return None if sub is None else sub.books.get(market_ticker)

    def book_updates(self, market_ticker: str, *, queue_size: int | None = None) -> AsyncIterator[BookEvent]:
        """An async iterator of one market's book updates (see :meth:`Subscription.book_updates`).

        Raises:
            KalshiConfigurationError: no order book subscription covers the market.
        """
        sub = self._book_subscription(market_ticker)
        if sub is None:
            raise KalshiConfigurationError(f"no orderbook_delta subscription covers {market_ticker!r}")
        return sub.book_updates(market_ticker, queue_size=queue_size)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(url={self._endpoint.url!r}, signer={self._signer!r}, "
            f"connected={self.is_connected}, subscriptions={len(self._session.subs)})"
        )
