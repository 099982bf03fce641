"""WebSocket record/replay: a loopback server that replays recorded connections, or forwards
to the real upstream and records every frame.

The SDK's WebSocket clients (and any other client) point at the server like at Kalshi::

    with cassette.websocket(upstream="wss://demo-api.kalshi.co") as server:
        async with KalshiWebSocket(signer, url=server.url_for("/trade-api/ws/v2"), allow_custom_host=True) as ws:
            ...

**Replay** (one recorded connection per incoming connection, in order): the handshake gets
the recorded status; then the recorded events run in order: a recorded server frame is sent,
a recorded client frame is awaited and compared (scrubbed, JSON compared as values) with what
the client really sent (its command ``id`` aside: answers carry the client's id), a recorded
server close is repeated. Client frames thus pace the replay: the server never runs ahead of the
client past a frame the client sent in the recording.

A frame that differs, or one sent after the recorded connection ended, is a miss. A command
(a frame with an ``id``) gets Kalshi's ``error`` answer (code 1, the message says what differs),
so the SDK's ``subscribe()`` raises ``WebSocketCommandError`` at once instead of waiting; the
replay then waits for a frame that matches. Any other frame closes the connection (1008). A
connection beyond the recorded ones is refused with HTTP 500. Every miss also makes leaving the
``with`` block raise :class:`CassetteMissError`.

**Recording**: the handshake is forwarded to ``upstream`` + the same path with the client's
``KALSHI-ACCESS-*``, ``Authorization`` and ``Cookie`` headers (the signature covers the path,
which the proxy keeps), a refused handshake is recorded and refused alike, and frames are
forwarded both ways and stored scrubbed in the order the server saw them.

The server runs on its own thread and event loop, so sync and async clients both work.
"""

from __future__ import annotations

import asyncio
import base64
import json
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
        events: list[dict[str, Any]] = recorded.get("events", [])
        position = 0
        ids: dict[int, int] = {}  # recorded command id -> the id the client used for it
        try:
            while True:
                # every recorded server frame up to the next recorded client frame
                while position < len(events) and "send" not in events[position]:
                    event = events[position]
                    position += 1
                    if "recv" in event:
                        await connection.send(_outgoing(event["recv"], ids))
                    elif "close" in event:
                        code = int(event["close"].get("code") or 1000)
                        reason = str(event["close"].get("reason", ""))
                        await connection.close(1011 if code in _RESERVED_CLOSE else code, reason)
                        return
                live = self._frame(await connection.recv())
                if position < len(events):
                    expected = events[position]["send"]
                    difference = frame_difference(_without_id(live), _without_id(expected), ignore)
                    if difference is None:
                        _pair_ids(expected, live, ids)
                        position += 1
                        continue
                    problem = f"client frame at event {position} differs: {difference}"
                else:
                    problem = f"the client sent a frame after the recording ended: {live}"
                if await self._miss(connection, problem, live):
                    return
        except ConnectionClosed:
            return  # the client left early: what it did not do is no miss

    async def _miss(self, connection: ServerConnection, problem: str, live: Body) -> bool:
        """Report a miss: a command (a frame with an ``id``) gets Kalshi's error answer, so the
        caller's ``subscribe()`` (or other command) raises at once with the reason; any other
        frame closes the connection (1008). Returns whether the connection was closed."""
        self.errors.append(problem)
        command_id = _command_id(live)
        if command_id is not None:
            text = f"kalshi-ext cassette miss: {problem}"
            reply = {"id": command_id, "type": "error", "msg": {"code": 1, "msg": text[:500]}}
            await connection.send(json.dumps(reply))
            return False
        await connection.close(_MISS_CODE, "kalshi-ext cassette miss")
        return True

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


def _command_id(body: Body) -> int | None:
    frame = body.get("json") if body is not None else None
    value = frame.get("id") if isinstance(frame, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _without_id(body: Body) -> Body:
    # The SDK numbers its commands 1, 2, ...: the number is not what a test is about (and after
    # one unmatched command every later one is shifted). Answers get the client's id instead.
    if _command_id(body) is None or body is None:
        return body
    return {"json": {k: v for k, v in body["json"].items() if k != "id"}}


def _pair_ids(recorded: Body, live: Body, ids: dict[int, int]) -> None:
    old, new = _command_id(recorded), _command_id(live)
    if old is not None and new is not None:
        ids[old] = new


def _outgoing(body: Body, ids: dict[int, int]) -> str | bytes:
    """A recorded server frame as it is sent now: an answer carries the id of the client's command."""
    number = _command_id(body)
    if body is not None and number is not None and ids.get(number, number) != number:
        body = {"json": {**body["json"], "id": ids[number]}}
    data = decode_body(body)
    return data if body is not None and "base64" in body else data.decode("utf-8")
