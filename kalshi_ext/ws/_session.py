"""One logical WebSocket session over any number of physical connections.

The session runs the connection loop (connect, read, reconnect with backoff), sends commands
and matches their acks, makes subscriptions again on every new connection (mapping the new
sids to the same handles), and repairs order books (``get_snapshot``, or a new subscription if
that fails). It is the async shell around :class:`~kalshi_ext.ws._dispatch.Dispatcher`.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._backoff import ReconnectPolicy
from ._channels import Overflow, WsApi
from ._connection import ConnectOptions, import_websockets, open_connection
from ._dispatch import Dispatcher
from ._errors import WebSocketClosedError, WebSocketCommandError, WebSocketConnectionError, WebSocketTimeoutError
from ._events import ClientEvent, ConnectionEvent, ConnectionState, ErrorEvent
from ._protocol import command_error, encode_command, subscribe_command, unsubscribe_command, update_command
from ._recovery import Recovery
from ._streams import EventStream
from ._subscription import Subscription

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

    from .._signing import RequestSigner
    from ._hosts import ResolvedWsUrl

log = logging.getLogger("kalshi_ext.ws")


@dataclass(slots=True)
class _Pending:
    future: asyncio.Future[dict[str, Any]]
    command: dict[str, Any]
    on_ack: Callable[[dict[str, Any]], None] | None


@dataclass(frozen=True, slots=True)
class SessionConfig:
    """Everything the session needs besides the subscriptions."""

    api: WsApi
    endpoint: ResolvedWsUrl
    signer: RequestSigner | None
    connect: ConnectOptions
    reconnect: ReconnectPolicy
    ack_timeout: float
    events_size: int
    sleep: Callable[[float], Awaitable[None]]
    rng: Callable[[], float]
    clock: Callable[[], float]


class Session:
    """Connection loop, commands and recovery for one client."""

    def __init__(self, config: SessionConfig) -> None:
        self.config = config
        self.events: EventStream[ClientEvent] = EventStream(config.events_size, Overflow.DROP_OLDEST, "client events")
        self.recovery = Recovery(self)
        self.dispatcher = Dispatcher(
            config.api,
            self.events,
            on_reply=self._on_reply,
            on_resync=self.recovery.resync,
            on_terminal=self.recovery.server_ended,
        )
        self.subs: dict[int, Subscription[Any]] = {}
        self.conn: ClientConnection | None = None
        self.generation = 0
        self.closing = False
        self.closed = False
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._runner: asyncio.Task[None] | None = None
        self._ready: asyncio.Future[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    # -- lifecycle -----------------------------------------------------------------------

    async def start(self) -> None:
        """Connect (once); later calls wait for the first connection.

        Raises:
            WebSocketClosedError: closed. WebSocketConnectionError / WebSocketTimeoutError /
                WebSocketDependencyError: the first connection failed (nothing is retried).
        """
        if self.closed or self.closing:
            raise WebSocketClosedError("the WebSocket client is closed")
        if self._runner is None:
            loop = asyncio.get_running_loop()
            self._ready = loop.create_future()
            self._runner = loop.create_task(self._run(), name="kalshi-ws-connection")
        runner, ready = self._runner, self._ready
        assert ready is not None
        try:
            await asyncio.shield(ready)
        except asyncio.CancelledError:
            raise
        except BaseException:
            # The first connection failed: nothing runs any more, and a later call may try again.
            await asyncio.gather(runner, return_exceptions=True)
            if self._runner is runner:
                self._runner = self._ready = None
            raise

    async def close(self) -> None:
        """Close the connection, stop every task and end every stream. Idempotent."""
        self.closing = True
        if self.conn is not None:
            await self.conn.close()
        runner = self._runner
        if runner is not None and not runner.done():
            if self.conn is None:
                runner.cancel()  # connecting or waiting to reconnect: nothing to close gracefully
            done, _ = await asyncio.wait([runner], timeout=self.config.connect.close_timeout)
            if not done:
                runner.cancel()
            await asyncio.gather(runner, return_exceptions=True)
        if self.conn is not None:  # the runner was stopped while connected
            await self.conn.close()
            self.conn = None
        await self._cancel_tasks()
        if self._ready is not None and not self._ready.done():
            self._ready.set_exception(WebSocketClosedError("closed before connecting"))
            self._ready.exception()  # mark it retrieved: nobody may be waiting
        if not self.closed:
            self._finish(None)

    def _finish(self, error: BaseException | None) -> None:
        self._fail_pending(error or WebSocketClosedError("the WebSocket client is closed"))
        for sub in list(self.subs.values()):
            sub.close(error)
        self.subs.clear()
        self.events.put(ConnectionEvent(ConnectionState.CLOSED, error=str(error) if error else None))
        self.events.close(error)
        self.closed = True

    async def _cancel_tasks(self) -> None:
        tasks = [t for t in self._tasks if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> None:
        """Run a background task owned by the session (cancelled by :meth:`close`)."""
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- the connection loop -------------------------------------------------------------

    async def _run(self) -> None:
        cfg = self.config
        policy = cfg.reconnect
        attempt = 0
        first = True
        while not self.closing:
            try:
                conn = await open_connection(cfg.endpoint.url, cfg.endpoint.path, cfg.signer, cfg.connect)
            except Exception as exc:
                if first:
                    assert self._ready is not None
                    self._ready.set_exception(exc)
                    return
                log.warning("reconnect attempt %d failed: %s", attempt + 1, exc)
                if policy.gives_up(attempt + 1):
                    self._give_up(exc, attempt + 1)
                    return
                attempt += 1
                await cfg.sleep(policy.delay(attempt, cfg.rng))
                continue
            if self.closing:
                await conn.close()
                return
            self.conn = conn
            self.generation += 1
            started = cfg.clock()
            if first:
                first = False
                assert self._ready is not None
                self._ready.set_result(None)
                self.events.put(ConnectionEvent(ConnectionState.CONNECTED))
            else:
                self.spawn(self._restore(self.generation, attempt), "kalshi-ws-restore")
            reason = await self._read(conn)
            self.conn = None
            self._fail_pending(WebSocketConnectionError(f"the WebSocket connection was lost: {reason}"))
            if self.closing:
                return
            subs = list(self.subs.values())
            for sub in subs:
                sub.active.clear()
            self.dispatcher.connection_lost(subs)
            log.warning("WebSocket connection lost: %s", reason)
            self.events.put(ConnectionEvent(ConnectionState.DISCONNECTED, attempt=attempt, error=reason))
            if cfg.clock() - started >= policy.healthy_after:
                attempt = 0
            if policy.gives_up(attempt):
                self._give_up(WebSocketConnectionError(reason), attempt)
                return
            await cfg.sleep(policy.delay(attempt, cfg.rng))

    async def _read(self, conn: ClientConnection) -> str:
        closed_error = import_websockets().exceptions.ConnectionClosed
        handle = self.dispatcher.handle
        try:
            async for raw in conn:
                try:
                    handle(raw)
                except Exception as exc:  # a bug here must not kill the connection; surface it
                    log.exception("error while routing a frame")
                    self.events.put(ErrorEvent(raw, exc))
        except closed_error as exc:
            return str(exc)
        return "closed by the server"

    def _give_up(self, error: BaseException, attempts: int) -> None:
        final = WebSocketClosedError(f"gave up reconnecting after {attempts} attempts")
        final.__cause__ = error
        log.error("%s: %s", final, error)
        self.closing = True
        self._finish(final)
        for task in self._tasks:
            task.cancel()

    async def _restore(self, generation: int, attempt: int) -> None:
        subs = [s for s in self.subs.values() if not s.closed and s.generation != generation]
        results = await asyncio.gather(*(self.activate(s, generation) for s in subs), return_exceptions=True)
        restored = 0
        for sub, result in zip(subs, results, strict=True):
            if result is None:
                restored += 1
                sub.stats.restored += 1
            elif isinstance(result, WebSocketCommandError | WebSocketTimeoutError):
                log.error("could not restore subscription %d (%s): %s", sub.id, sub.channel, result)
                self.subs.pop(sub.id, None)
                sub.close(result)
        self.events.put(ConnectionEvent(ConnectionState.RECONNECTED, attempt=attempt, restored=restored))

    # -- commands --------------------------------------------------------------------------

    async def command(
        self, build: Callable[[int], dict[str, Any]], on_ack: Callable[[dict[str, Any]], None] | None = None
    ) -> dict[str, Any]:
        """Send a command and wait for its answer (``on_ack`` runs as the answer is read).

        Raises:
            WebSocketCommandError: the server answered ``error``.
            WebSocketTimeoutError: no answer within ``ack_timeout``.
            WebSocketConnectionError: not connected, or the connection was lost meanwhile.
        """
        conn = self.conn
        if conn is None:
            raise WebSocketConnectionError("the WebSocket is not connected (reconnecting)")
        cid = next(self._ids)
        command = build(cid)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[cid] = _Pending(future, command, on_ack)
        try:
            try:
                await conn.send(encode_command(command))
            except import_websockets().exceptions.ConnectionClosed as exc:
                raise WebSocketConnectionError("the WebSocket connection was lost while sending") from exc
            try:
                async with asyncio.timeout(self.config.ack_timeout):
                    return await future
            except TimeoutError:
                name = command.get("cmd")
                raise WebSocketTimeoutError(
                    f"no answer to {name} within {self.config.ack_timeout} s", command=str(name)
                ) from None
        finally:
            self._pending.pop(cid, None)

    def _on_reply(self, cid: int, frame: dict[str, Any]) -> bool:
        pending = self._pending.get(cid)
        if pending is None or pending.future.done():
            return False
        if frame.get("type") == "error":
            pending.future.set_exception(command_error(frame, pending.command))
            return True
        if pending.on_ack is not None:
            try:
                pending.on_ack(frame)
            except Exception as exc:
                pending.future.set_exception(exc)
                return True
        pending.future.set_result(frame)
        return True

    def _fail_pending(self, error: BaseException) -> None:
        for pending in self._pending.values():
            if not pending.future.done():
                pending.future.set_exception(error)

    # -- subscriptions ---------------------------------------------------------------------

    async def activate(self, sub: Subscription[Any], generation: int) -> None:
        """Subscribe ``sub`` on the current connection; the sid is bound as the ack is read.

        Raises:
            as :meth:`command`.
        """
        sub.generation = generation

        def bind(frame: dict[str, Any]) -> None:
            msg = frame.get("msg")
            sid = msg.get("sid") if isinstance(msg, Mapping) else None
            if not isinstance(sid, int):
                raise WebSocketCommandError(code=None, message="subscribed reply without a sid", raw=frame)
            self.dispatcher.bind(sub, sid)

        await self.command(lambda cid: subscribe_command(cid, sub.channel, sub.params), bind)
        sub.active.set()

    async def wait_active(self, sub: Subscription[Any]) -> None:
        """Return once ``sub`` is subscribed on the current connection (activating it if needed).

        Raises:
            WebSocketClosedError: the client or subscription closed meanwhile; otherwise as
                :meth:`command` (a lost connection is waited out, not raised).
        """
        while not sub.active.is_set():
            if self.conn is not None and sub.generation != self.generation:
                try:
                    await self.activate(sub, self.generation)
                except WebSocketConnectionError:
                    continue
            else:
                await sub.active.wait()
        if sub.closed:
            raise sub.error or WebSocketClosedError(f"subscription {sub.id} is closed")

    async def update(self, sub: Subscription[Any], action: str, params: Mapping[str, Any]) -> dict[str, Any]:
        """``update_subscription`` on ``sub``; its desired state follows the ack, so a reconnect restores it.

        Raises:
            WebSocketClosedError: the subscription is closed; otherwise as :meth:`command`.
        """
        if sub.closed:
            raise WebSocketClosedError(f"subscription {sub.id} is closed")
        await self.wait_active(sub)
        sid = sub.sid
        assert sid is not None
        return await self.command(
            lambda cid: update_command(cid, sid, action, params),
            lambda frame: sub.apply_update(action, params, frame),
        )

    async def unsubscribe(self, sub: Subscription[Any]) -> None:
        """Unsubscribe and close the handle (an ``Unknown subscription ID`` answer counts as done).

        Raises:
            WebSocketCommandError: another refusal (the handle is closed anyway).
        """
        if sub.closed:
            return
        self.subs.pop(sub.id, None)
        sid = sub.sid
        try:
            if sid is not None and self.conn is not None:
                await self.command(lambda cid: unsubscribe_command(cid, [sid]), lambda _: self.dispatcher.unbind(sub))
        except WebSocketCommandError as exc:
            if exc.code != 7:
                raise
        except (WebSocketConnectionError, WebSocketTimeoutError):
            pass  # the server forgets it with the connection, or it will ignore the sid
        finally:
            self.dispatcher.unbind(sub)
            sub.close()
