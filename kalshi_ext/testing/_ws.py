"""WebSocket record/replay: a loopback server that replays recorded connections, or forwards
to the real upstream and records every frame.

The SDK's WebSocket clients (and any other client) point at the server like at Kalshi::

    with cassette.websocket(upstream="wss://demo-api.kalshi.co") as server:
        async with KalshiWebSocket(signer, url=server.url_for("/trade-api/ws/v2"), allow_custom_host=True) as ws:
            ...

**Replay** (one recorded connection per incoming connection, in order): the handshake gets
the recorded status; then the recorded events run in order: a recorded server frame is sent,
a recorded client frame is awaited and compared (scrubbed, JSON compared as values) with what
the client really sent, a recorded server close is repeated. A frame that differs, or one
sent after the recorded connection ended, is a miss: the connection closes with code 1008 and
leaving the ``with`` block raises :class:`CassetteMissError` (so does a connection beyond the
recorded ones; its handshake is refused with HTTP 500). Client frames thus pace the replay:
the server never runs ahead of the client past a frame the client sent in the recording.

**Recording**: the handshake is forwarded to ``upstream`` + the same path with the client's
``KALSHI-ACCESS-*``, ``Authorization`` and ``Cookie`` headers (the signature covers the path,
which the proxy keeps), a refused handshake is recorded and refused alike, and frames are
forwarded both ways and stored scrubbed in the order the server saw them.

The server runs on its own thread and event loop, so sync and async clients both work.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import threading
from typing import TYPE_CHECKING, Any

from ._errors import CassetteError, CassetteMissError
from ._format import Body, decode_body, encode_body
from ._match import frame_difference

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection
    from websockets.asyncio.server import Server, ServerConnection
    from websockets.http11 import Request, Response

    from ._cassette import Cassette

_FORWARDED = ("kalshi-access-key", "kalshi-access-timestamp", "kalshi-access-signature", "authorization", "cookie")
_MISS_CODE = 1008  # policy violation: the client did something the cassette does not hold
_RESERVED_CLOSE = frozenset({1005, 1006, 1015})  # codes that cannot be sent; replayed as 1011


class _QuietLogger(logging.LoggerAdapter):  # type: ignore[type-arg]
    """websockets logs handshake headers (the signature) at DEBUG: never emit those."""

    def isEnabledFor(self, level: int) -> bool:  # noqa: N802  (logging's name)
        return level > logging.DEBUG and self.logger.isEnabledFor(level)

    def log(self, level: int, msg: object, *args: object, **kwargs: Any) -> None:
        if level > logging.DEBUG:
            super().log(level, msg, *args, **kwargs)


_LOG = _QuietLogger(logging.getLogger("kalshi_ext.testing.ws"), {})


class WebSocketCassette:
    """The loopback record/replay server of a :class:`Cassette` (see the module docstring).

    Use ``with`` (or ``async with``); ``url`` is ``ws://127.0.0.1:<port>`` once started.

    Raises (when the block exits without an exception of its own):
        CassetteMissError: a frame or connection the cassette does not hold (``errors`` lists all).
    """

    def __init__(self, cassette: Cassette, upstream: str | None = None) -> None:
        if upstream is not None and not upstream.startswith(("ws://", "wss://")):
            from .._errors import KalshiConfigurationError

            raise KalshiConfigurationError("upstream must be a ws:// or wss:// origin, e.g. wss://demo-api.kalshi.co")
        self.cassette = cassette
        self.upstream = None if upstream is None else upstream.rstrip("/")
        self.errors: list[str] = []
        self.reported: list[str] = []
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: Server | None = None
        self._plans: dict[int, tuple[str, Any]] = {}
        self._count = 0

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def url_for(self, path: str = "/trade-api/ws/v2") -> str:
        """The URL of ``path`` on this server (the prediction WebSocket path by default)."""
        return self.url + (path if path.startswith("/") else "/" + path)

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        """Start the server thread and wait until it accepts connections."""
        from .._errors import KalshiConfigurationError
        from ..ws._connection import import_websockets

        import_websockets()  # a clear error naming the extra when websockets is missing
        if self._thread is not None:
            raise KalshiConfigurationError("this WebSocket cassette server is already started")
        ready = threading.Event()
        failure: list[BaseException] = []
        loop = asyncio.new_event_loop()

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._serve())
            except BaseException as exc:  # reported to start() below
                failure.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, name="kalshi-ext-ws-cassette", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise CassetteError("the WebSocket cassette server did not start within 10 s")
        if failure:
            self._thread.join(5)
            raise failure[0]

    async def _serve(self) -> None:
        from websockets.asyncio.server import serve

        self._server = await serve(
            self._handle, "127.0.0.1", 0, process_request=self._handshake, logger=_LOG, max_size=None, close_timeout=2
        )
        self.port = next(iter(self._server.sockets)).getsockname()[1]

    def stop(self) -> None:
        """Close every connection and the server, and end the thread. Idempotent."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or not thread.is_alive():
            return

        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
                await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(shutdown(), loop).result(30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)

    def check(self) -> None:
        """Raise :class:`CassetteMissError` if anything the cassette does not hold happened
        since the last check (each miss is raised once; ``reported`` keeps them)."""
        errors, self.errors = self.errors, []
        if errors:
            self.reported.extend(errors)
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            raise CassetteMissError(f"WebSocket replay from {self.cassette.path}: {errors[0]}{more}")

    def __enter__(self) -> WebSocketCassette:
        self.start()
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.stop()
        if exc_type is None:
            self.check()

    async def __aenter__(self) -> WebSocketCassette:
        await asyncio.to_thread(self.start)
        return self

    async def __aexit__(self, exc_type: object, *rest: object) -> None:
        # In a thread: the clients on this loop must keep running to answer the closing handshake.
        await asyncio.to_thread(self.stop)
        if exc_type is None:
            self.check()

    # -- one connection ----------------------------------------------------------------------

    def _frame(self, message: str | bytes) -> Body:
        if isinstance(message, bytes):  # binary frames stay binary on replay
            return {"base64": base64.b64encode(message).decode("ascii")}
        body = encode_body(message.encode("utf-8"), None)
        scrub = self.cassette.scrubber
        if body is not None and "json" in body:
            return {"json": scrub.json(body["json"])}
        if body is not None and "text" in body:
            return {"text": scrub.text(body["text"])}
        return body

    async def _handshake(self, connection: ServerConnection, request: Request) -> Response | None:
        self._count += 1
        number = self._count
        headers = list(request.headers.raw_items())
        stored_headers = self.cassette.scrubber.header_map(headers)
        recorded = self.cassette.next_connection()
        if recorded is not None:
            if recorded.get("path") != request.path:
                return self._refuse(
                    connection, f"connection {number} asks for {request.path}, recorded {recorded.get('path')}"
                )
            status = int(recorded.get("status", 101))
            if status != 101:
                return connection.respond(status, decode_body(recorded.get("body")).decode("utf-8", "replace"))
            self._plans[id(connection)] = ("replay", recorded)
            return None
        if not self.cassette.recording or self.upstream is None:
            return self._refuse(connection, f"connection {number} to {request.path} was not recorded")
        return await self._open_upstream(connection, request, headers, stored_headers)

    def _refuse(self, connection: ServerConnection, reason: str) -> Response:
        self.errors.append(reason)
        return connection.respond(500, f"kalshi-ext cassette miss: {reason}\n")

    async def _open_upstream(
        self, connection: ServerConnection, request: Request, headers: list[tuple[str, str]], stored: dict[str, str]
    ) -> Response | None:
        from websockets.asyncio.client import connect
        from websockets.exceptions import InvalidStatus

        entry: dict[str, Any] = {"path": request.path, "request_headers": stored, "status": 101, "events": []}
        forwarded = [(k, v) for k, v in headers if k.lower() in _FORWARDED]
        agent = request.headers.get("User-Agent")
        try:
            # As the SDK's own clients: no proxy unless asked (proxy environment variables are not read).
            upstream = await connect(
                f"{self.upstream}{request.path}",
                additional_headers=forwarded,
                user_agent_header=agent,
                proxy=None,
                logger=_LOG,
                max_size=None,
            )
        except InvalidStatus as exc:
            status = exc.response.status_code
            entry.update(status=status, body=self._frame(bytes(exc.response.body or b"")), events=[])
            self.cassette.add_connection(entry)
            return connection.respond(status, (exc.response.body or b"").decode("utf-8", "replace"))
        except Exception as exc:
            self.errors.append(f"could not reach {self.upstream}{request.path}: {exc}")
            return connection.respond(502, "kalshi-ext cassette: upstream unreachable\n")
        self.cassette.add_connection(entry)
        self._plans[id(connection)] = ("record", (entry, upstream))
        return None

    async def _handle(self, connection: ServerConnection) -> None:
        kind, plan = self._plans.pop(id(connection), ("", None))
        try:
            if kind == "replay":
                await self._replay(connection, plan)
            elif kind == "record":
                entry, upstream = plan
                await self._record(connection, upstream, entry["events"])
        except Exception as exc:  # never die silently: the test fails at the end of the block
            self.errors.append(f"{type(exc).__name__} while serving a WebSocket connection: {exc}")

    async def _replay(self, connection: ServerConnection, recorded: dict[str, Any]) -> None:
        from websockets.exceptions import ConnectionClosed

        ignore = self.cassette.matcher.ignore_frame_fields
        try:
            for number, event in enumerate(recorded.get("events", [])):
                if "recv" in event:
                    body: Body = event["recv"]
                    data = decode_body(body)
                    await connection.send(data if body is not None and "base64" in body else data.decode("utf-8"))
                elif "send" in event:
                    message = await connection.recv()
                    reason = frame_difference(self._frame(message), event["send"], ignore)
                    if reason is not None:
                        await self._miss(connection, f"client frame at event {number} differs: {reason}")
                        return
                elif "close" in event:
                    code = int(event["close"].get("code") or 1000)
                    await connection.close(1011 if code in _RESERVED_CLOSE else code, event["close"].get("reason", ""))
                    return
            async for message in connection:
                extra = self._frame(message)
                await self._miss(connection, f"the client sent a frame after the recording ended: {extra}")
                return
        except ConnectionClosed:
            return  # the client left early: what it did not do is no miss

    async def _miss(self, connection: ServerConnection, reason: str) -> None:
        self.errors.append(reason)
        await connection.close(_MISS_CODE, "kalshi-ext cassette miss")

    async def _record(self, client: ServerConnection, upstream: ClientConnection, events: list[dict[str, Any]]) -> None:
        from websockets.exceptions import ConnectionClosed

        client_left = False

        async def client_to_upstream() -> None:
            nonlocal client_left
            try:
                async for message in client:
                    events.append({"send": self._frame(message)})
                    await upstream.send(message)
            except ConnectionClosed:
                pass
            client_left = True
            await upstream.close()

        async def upstream_to_client() -> None:
            try:
                async for message in upstream:
                    events.append({"recv": self._frame(message)})
                    await client.send(message)
            except ConnectionClosed:
                pass
            if not client_left:
                code, reason = upstream.close_code or 1006, upstream.close_reason or ""
                events.append({"close": {"code": code, "reason": reason}})
                await client.close(1011 if code in _RESERVED_CLOSE else code, reason)

        await asyncio.gather(client_to_upstream(), upstream_to_client())
