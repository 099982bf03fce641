"""The loopback WebSocket server (``websockets``, on its own event-loop thread).

The handshake is verified like any REST request (GET of the WS path); a refused one answers 401
with Kalshi's body. Frames for a session are produced under the simulator lock by the engine's
listeners and flushed by the connection's writer task. The server pings every 10 s (``heartbeat``).
"""

from __future__ import annotations

import asyncio
import json
import threading
from typing import TYPE_CHECKING, Any

from ._errors import SimError

if TYPE_CHECKING:
    from ._simulator import Simulator

WS_PATH = "/trade-api/ws/v2"


class WsServer:
    def __init__(self, sim: Simulator, host: str, port: int) -> None:
        self.sim = sim
        self.host = host
        self.port = port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._error: BaseException | None = None

    def start(self) -> None:
        """Start the server thread and wait until it accepts connections.

        Raises:
            WebSocketDependencyError: ``websockets`` is not installed.
            OSError: the port is taken.
        """
        try:
            import websockets  # noqa: F401
        except ImportError as exc:
            from kalshi_ext.ws import WebSocketDependencyError

            raise WebSocketDependencyError(
                "the simulator's WebSocket server needs: pip install 'kalshi-ext[ws]'"
            ) from exc
        self._thread = threading.Thread(target=self._run, name="kalshi-sim-ws", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._error is not None:
            raise self._error

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        except BaseException as exc:  # reported to start() if it happens before ready
            self._error = exc
            self._ready.set()
        finally:
            loop.close()

    async def _main(self) -> None:
        from websockets.asyncio.server import serve

        self._stop = asyncio.Event()
        async with serve(
            self._connection, self.host, self.port, process_request=self._handshake, ping_interval=10
        ) as server:
            sock = next(iter(server.sockets))
            self.port = sock.getsockname()[1]
            self._ready.set()
            await self._stop.wait()

    def _handshake(self, connection: Any, request: Any) -> Any:
        path = request.path.partition("?")[0]
        if path != WS_PATH:
            return connection.respond(404, "not found\n")
        headers = {k.lower(): v for k, v in request.headers.raw_items()}
        try:
            with self.sim.lock:
                key = self.sim.keys.authenticate("GET", path, headers)
        except SimError as err:
            response = connection.respond(err.status, json.dumps(err.body()))
            response.headers["Content-Type"] = "application/json"
            return response
        connection.sim_user = key.user_id
        return None

    async def _connection(self, connection: Any) -> None:
        loop = asyncio.get_running_loop()
        wake = asyncio.Event()
        with self.sim.lock:
            session = self.sim.ws_hub.open(connection.sim_user)
            session.wake = lambda: (loop.call_soon_threadsafe(wake.set), None)[1]

        async def flush(out: list[str]) -> None:
            for text in out:
                await connection.send(text)
            if session.dropped:  # a ws_drop fault: the connection goes away mid-stream
                await connection.close(1011, "simulated drop")

        async def writer() -> None:
            while True:
                await wake.wait()
                wake.clear()
                with self.sim.lock:
                    out = session.drain()
                await flush(out)

        task = asyncio.create_task(writer())
        try:
            async for message in connection:
                text = message if isinstance(message, str) else message.decode("utf-8", "replace")
                with self.sim.lock:
                    session.receive(text)
                    out = session.drain()
                await flush(out)
        except Exception:  # noqa: S110 - a client going away mid-frame ends its session, nothing more
            pass
        finally:
            task.cancel()
            with self.sim.lock:
                self.sim.ws_hub.close(session)
