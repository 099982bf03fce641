"""``AsyncFixClient``: one Kalshi FIX session over TLS, on asyncio.

The transport is thin: it opens the TLS connection, feeds bytes to the frame parser and the pure
:class:`~kalshi_ext.fix._session.Session`, ticks its timers, and carries out the effects it returns.
Outbound application messages are committed to the store by the session *before* this module
writes them, with no ``await`` in between (so sequence numbers and wire order always agree).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import ssl
import time
from collections.abc import AsyncIterator, Callable
from typing import Any, Self

from ._app import AppMethods
from ._book import FixBooks
from ._codec import FixMessage, Value
from ._errors import (
    FixConnectionError,
    FixDecodeError,
    FixDuplicateOrderError,
    FixError,
    FixLogonError,
    FixSessionError,
)
from ._events import Event, SentMessage, SessionEvent
from ._framing import FrameParser, Garbage
from ._hosts import Product, ResetRule
from ._inbound import MarketDataIncremental, MarketDataSnapshot, parse_inbound
from ._options import DEFAULT_RETENTION, ClientOptions, ReconnectPolicy, build_options, options_from_rest_client
from ._session import Close, Deliver, Effect, LoggedOn, Notice, Send, Session, SessionConfig
from ._store import FixStore

logger = logging.getLogger("kalshi_ext.fix")


_END = object()


class AsyncFixClient(AppMethods):
    """One FIX session (``session="RT"``, ``"NR"``, ``"DC"``, ``"PT"``, ``"RFQ"``, ``"MD"``).

    See docs/fix.md for every keyword. ``async with`` logs on and closes.

    Raises:
        KalshiConfigurationError / FixConfigurationError: any invalid argument, before connecting.
    """

    def __init__(
        self,
        session: str = "RT",
        *,
        key_id: str | None = None,
        private_key: Any = None,
        private_key_path: str | os.PathLike[str] | None = None,
        private_key_passphrase: str | bytes | None = None,
        signer: Any = None,
        product: Product = "prediction",
        demo: bool = False,
        host: str | None = None,
        port: int | None = None,
        allow_custom_host: bool = False,
        ssl_context: ssl.SSLContext | None = None,
        cafile: str | os.PathLike[str] | None = None,
        heartbeat_interval: int = 30,
        reconnect: bool | ReconnectPolicy = True,
        store: FixStore | str | os.PathLike[str] | None = None,
        reset_rule: ResetRule | None = None,
        retention: float = DEFAULT_RETENTION,
        use_dollars: bool | None = None,
        cancel_on_disconnect: bool = False,
        listener_session: bool = False,
        skip_pending_exec_reports: bool = False,
        receive_settlement_reports: bool | None = None,
        logon_options: dict[int, Value] | None = None,
        on_message: Callable[[Event], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._options: ClientOptions = build_options(
            session,
            signer=signer,
            key_id=key_id,
            private_key=private_key,
            private_key_path=private_key_path,
            private_key_passphrase=private_key_passphrase,
            product=product,
            demo=demo,
            host=host,
            port=port,
            allow_custom_host=allow_custom_host,
            ssl_context=ssl_context,
            cafile=cafile,
            heartbeat_interval=heartbeat_interval,
            reconnect=reconnect,
            store=store,
            reset_rule=reset_rule,
            retention_s=retention,
            use_dollars=use_dollars,
            cancel_on_disconnect=cancel_on_disconnect,
            listener_session=listener_session,
            skip_pending_exec_reports=skip_pending_exec_reports,
            receive_settlement_reports=receive_settlement_reports,
            logon_options=logon_options,
        )
        opts = self._options
        self._use_dollars = opts.use_dollars
        self._config = SessionConfig(
            sender_comp_id=opts.signer.key_id,
            target_comp_id=opts.session.target_comp_id,
            heartbeat_interval=opts.heartbeat_interval,
            retransmission=opts.session.retransmission,
            logon_fields=opts.logon_fields,
            retention_s=opts.retention_s,
            session_id=f"{opts.product}:{opts.endpoint.environment}:{opts.session.target_comp_id}:{opts.signer.key_id}",
        )
        self._session = Session(self._config, opts.store, opts.signer.sign_text, clock)
        self._on_message = on_message
        self._books = FixBooks()
        self._queue: asyncio.Queue[Any] = asyncio.Queue()
        self._writer: asyncio.StreamWriter | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._logon_waiter: asyncio.Future[None] | None = None
        self._closing = False
        self._error: FixError | None = None
        self._reconnect_task: asyncio.Task[None] | None = None
        self._background: set[asyncio.Task[None]] = set()
        # How often the session's timers are checked (tests shorten it with an injected clock).
        self._tick_interval = min(1.0, heartbeat_interval / 4)

    @classmethod
    def from_client(cls, client: Any, session: str = "RT", **options: Any) -> Self:
        """A FIX session sharing a REST client's signer and environment (``kalshi.fix("RT")``).

        Raises:
            FixConfigurationError: credentials or ``demo`` in ``options``; a REST client with a
                custom ``base_url`` and no ``host``; an unauthenticated client.
        """
        return cls(session, **options_from_rest_client(client, options))

    # -- state ------------------------------------------------------------------------------

    @property
    def logged_on(self) -> bool:
        return self._session.state == "active" and self._writer is not None

    @property
    def books(self) -> FixBooks:
        """Local order books of the KalshiMD subscriptions, by symbol."""
        return self._books

    @property
    def session_id(self) -> str:
        """The store's key for this session: product, environment, TargetCompID and key id."""
        return self._config.session_id

    @property
    def session_type(self) -> str:
        return self._options.session.name

    @property
    def next_seq_out(self) -> int:
        return self._session.next_out

    @property
    def next_seq_in(self) -> int:
        return self._session.next_in

    def __repr__(self) -> str:
        opts = self._options
        return (
            f"AsyncFixClient(session={opts.session.name!r}, host={opts.endpoint.host!r}, port={opts.endpoint.port}, "
            f"signer={opts.signer!r}, state={self._session.state!r})"
        )

    # -- lifecycle --------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        await self.logon()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def logon(self, timeout: float = 15.0) -> None:
        """Connect and log on; returns when the counterparty accepted the Logon.

        Raises:
            FixLogonError: refused (Kalshi's Text is on ``.text``); never retried.
            FixConnectionError: the connection could not be opened.
        """
        if self.logged_on:
            return
        self._closing = False
        self._error = None
        await self._connect_and_logon(timeout)

    async def _connect_and_logon(self, timeout: float) -> None:
        opts = self._options
        record = opts.store.load(self._config.session_id)
        self._config.reset_seq_num = opts.reset_rule.due(last_reset_at=record.last_reset_at, now=time.time())
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(
                    opts.endpoint.host, opts.endpoint.port, ssl=opts.ssl_context, server_hostname=opts.endpoint.host
                ),
                timeout,
            )
        except (OSError, TimeoutError, ssl.SSLError) as exc:
            raise FixConnectionError(f"cannot connect to {opts.endpoint.host}:{opts.endpoint.port}: {exc}") from exc
        self._writer = writer
        loop = asyncio.get_running_loop()
        self._logon_waiter = loop.create_future()
        self._tasks = [loop.create_task(self._read(reader)), loop.create_task(self._timer())]
        self._apply(self._session.logon())
        try:
            await asyncio.wait_for(asyncio.shield(self._logon_waiter), timeout)
        except TimeoutError:
            await self._drop_connection()
            raise FixLogonError("no answer to the Logon") from None
        except FixError:
            await self._drop_connection()
            raise

    async def logout(self, text: str | None = None, timeout: float = 5.0) -> None:
        """Send a Logout and wait (up to ``timeout``) for the counterparty's."""
        self._closing = True
        if self._writer is None:
            return
        self._apply(self._session.logout(text))
        reader_task = self._tasks[0] if self._tasks else None
        if reader_task is not None:
            with contextlib.suppress(TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(asyncio.shield(reader_task), timeout)
        await self._drop_connection()
        await self._settle()

    async def _settle(self) -> None:
        # Let a disconnect already in progress finish (it closes the socket) before returning.
        current = asyncio.current_task()
        for task in list(self._background):
            if task is not current:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task

    async def close(self) -> None:
        """Log out if logged on, close the connection, end the message stream."""
        self._closing = True
        if self._reconnect_task is not None:
            self._reconnect_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reconnect_task
        if self.logged_on:
            await self.logout()
        await self._drop_connection()
        await self._settle()
        self._queue.put_nowait(_END)

    async def _drop_connection(self) -> None:
        writer, self._writer = self._writer, None
        current = asyncio.current_task()
        for task in self._tasks:
            if task is not current:
                task.cancel()
        for task in self._tasks:
            if task is not current:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        self._tasks = []
        self._session.connection_lost()
        if writer is not None:
            writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), 2.0)

    # -- the stream -------------------------------------------------------------------------

    def __aiter__(self) -> AsyncIterator[Event]:
        return self.messages()

    async def messages(self) -> AsyncIterator[Event]:
        """Every inbound application message (typed) and :class:`SessionEvent`, in order.

        Ends after :meth:`close`; raises the session's error if it ended on one.
        """
        while True:
            item = await self._queue.get()
            if item is _END:
                self._queue.put_nowait(_END)
                if self._error is not None:
                    raise self._error
                return
            yield item

    async def receive(self, timeout: float | None = None) -> Event:
        """The next message or event.

        Raises:
            TimeoutError: nothing within ``timeout``; FixSessionError: the stream ended.
        """
        item = await asyncio.wait_for(self._queue.get(), timeout)
        if item is _END:
            self._queue.put_nowait(_END)
            raise self._error or FixSessionError("the session is closed")
        return item  # type: ignore[no-any-return]

    def _emit(self, event: Event) -> None:
        self._queue.put_nowait(event)
        if self._on_message is not None:
            try:
                self._on_message(event)
            except Exception:
                logger.exception("on_message callback raised")

    # -- sending ----------------------------------------------------------------------------

    async def _send(self, msg_type: str, fields: list[tuple[int, Value]], cl_ord_id: str | None = None) -> SentMessage:
        if cl_ord_id is not None and msg_type == "D":
            seq = self._options.store.find_cl_ord_id(self._config.session_id, cl_ord_id)
            if seq is not None:
                raise FixDuplicateOrderError(cl_ord_id, seq)
        writer = self._writer
        if writer is None or not self.logged_on:
            raise FixSessionError("the session is not logged on")
        seq = self._session.next_out
        data = self._session.send_app(msg_type, fields, cl_ord_id)
        writer.write(data)
        await writer.drain()
        return SentMessage(seq, msg_type, cl_ord_id)

    # -- effects ----------------------------------------------------------------------------

    def _apply(self, effects: list[Effect]) -> None:
        for effect in effects:
            if isinstance(effect, Send):
                if self._writer is not None:
                    self._writer.write(effect.data)
            elif isinstance(effect, Deliver):
                self._deliver(effect.message, effect.poss_dup)
            elif isinstance(effect, Notice):
                self._emit(SessionEvent(effect.kind, effect.detail))
            elif isinstance(effect, LoggedOn):
                self._emit(SessionEvent("logged_on", "sequence numbers reset" if effect.reset else "resumed"))
                if self._logon_waiter is not None and not self._logon_waiter.done():
                    self._logon_waiter.set_result(None)
            elif isinstance(effect, Close):
                self._on_close(effect)

    def _deliver(self, message: FixMessage, poss_dup: bool) -> None:
        try:
            inbound = parse_inbound(message, poss_dup)
        except FixDecodeError as exc:
            self._emit(SessionEvent("unparsed", f"{message.msg_type}: {exc}", message.raw))
            return
        if isinstance(inbound, (MarketDataSnapshot, MarketDataIncremental)):
            self._books.apply(inbound)
        self._emit(inbound)

    def _on_close(self, effect: Close) -> None:
        waiter = self._logon_waiter
        if waiter is not None and not waiter.done():
            waiter.set_exception(effect.error or FixLogonError("logged out during logon"))
            return
        task = asyncio.get_running_loop().create_task(self._lost(effect.error, effect.reconnect))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _lost(self, error: FixError | None, reconnect: bool) -> None:
        await self._drop_connection()
        self._books.drop()
        self._emit(SessionEvent("disconnected", str(error) if error else "logged out"))
        policy = self._options.reconnect
        if self._closing or not reconnect or policy.max_attempts == 0:
            self._error = None if self._closing else error
            if not self._closing:
                self._queue.put_nowait(_END)
            return
        self._reconnect_task = asyncio.current_task()
        for attempt in range(1, policy.max_attempts + 1):
            await asyncio.sleep(policy.delay(attempt))
            self._emit(SessionEvent("reconnecting", f"attempt {attempt}"))
            try:
                await self._connect_and_logon(15.0)
            except FixLogonError as exc:
                self._error = exc
                break
            except FixConnectionError as exc:
                self._error = exc
                continue
            self._reconnect_task = None
            return
        self._reconnect_task = None
        self._queue.put_nowait(_END)

    async def _read(self, reader: asyncio.StreamReader) -> None:
        parser = FrameParser()
        while True:
            try:
                data = await reader.read(65536)
            except (OSError, ssl.SSLError):
                data = b""
            if not data:
                if self._session.state in ("active", "logon_sent") and not self._closing:
                    self._apply([Close(FixConnectionError("the counterparty closed the connection"), reconnect=True)])
                return
            for item in parser.feed(data):
                if isinstance(item, Garbage):
                    self._emit(SessionEvent("garbage", item.reason, item.data))
                else:
                    self._apply(self._session.receive(item))
            if self._writer is not None:
                with contextlib.suppress(ConnectionError):
                    await self._writer.drain()
            if self._session.state == "disconnected":
                return

    async def _timer(self) -> None:
        while True:
            await asyncio.sleep(self._tick_interval)
            self._apply(self._session.tick())
