"""The loopback front end: a threaded REST server and a WebSocket server on 127.0.0.1.

REST uses the stdlib ``ThreadingHTTPServer`` (no framework); the WebSocket server uses the
``websockets`` package (the ``ws`` extra) on its own event-loop thread. Both share the simulator's
state and lock. Ports are ephemeral unless given. The default user's private key is written to a
0600 file in a private temporary directory for other processes (``kalshi-ext sim serve`` prints
its path) and removed when serving stops.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._faults import ConnectionDroppedError

if TYPE_CHECKING:
    from ._simulator import Simulator


@dataclass(frozen=True, slots=True)
class Served:
    """Where a running simulator listens, and the credentials of its default user."""

    rest_url: str  # http://127.0.0.1:PORT/trade-api/v2
    ws_url: str  # ws://127.0.0.1:PORT/trade-api/ws/v2
    key_id: str
    private_key_path: str
    user_id: str

    def as_json(self) -> dict[str, str]:
        return {
            "rest_url": self.rest_url,
            "ws_url": self.ws_url,
            "key_id": self.key_id,
            "private_key_path": self.private_key_path,
            "user_id": self.user_id,
        }


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    sim: Simulator


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    # headers and body go out in two writes: without TCP_NODELAY, Nagle plus delayed ACKs add 40 ms
    disable_nagle_algorithm = True
    server_version = "kalshi-ext-sim"
    sys_version = ""

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        sim = self.server.sim
        try:
            status, headers, data = sim.handle(self.command, self.path, dict(self.headers.items()), body)
        except ConnectionDroppedError:
            self.close_connection = True
            with suppress(OSError):
                self.connection.shutdown(2)
            return
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if data:
            self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve  # noqa: N815 - http.server names them so

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: request lines would carry nothing secret, but they are noise in tests."""


def _write_key(directory: Path, pem: str) -> Path:
    path = directory / "sim-key.pem"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(pem)
    return path


def _follow(sim: Simulator, scale: float, stop: threading.Event) -> None:
    """Advance simulated time with the wall clock; with a state file, snapshot about once a second."""
    wall0 = last_save = time.monotonic()
    sim0 = sim.clock.now_ms()
    while not stop.wait(0.05):
        now = time.monotonic()
        target = sim0 + int((now - wall0) * scale * 1000)
        with sim.lock:
            if target > sim.clock.now_ms():
                sim.clock.set(target)
            if sim.state_file is not None and now - last_save >= 1.0:
                sim.save_state()
                last_save = now


@contextmanager
def serve(
    sim: Simulator,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    ws_port: int = 0,
    follow_wall: float | None = None,
    key_dir: str | None = None,
) -> Iterator[Served]:
    """Start both servers; stop them (and remove the key file) on exit.

    Raises:
        OSError: a port is taken.
        WebSocketDependencyError: the ``websockets`` package is missing.
    """
    from ._ws_server import WsServer

    httpd = _Server((host, port), _Handler)
    httpd.sim = sim
    rest_thread = threading.Thread(target=httpd.serve_forever, name="kalshi-sim-rest", daemon=True)
    rest_thread.start()
    ws = WsServer(sim, host, ws_port)
    stop = threading.Event()
    follower = None
    tmp = tempfile.TemporaryDirectory(prefix="kalshi-sim-", dir=key_dir)
    try:
        ws.start()
        os.chmod(tmp.name, 0o700)
        key_path = _write_key(Path(tmp.name), sim.user.private_key_pem)
        if follow_wall:
            follower = threading.Thread(
                target=_follow, args=(sim, follow_wall, stop), name="kalshi-sim-clock", daemon=True
            )
            follower.start()
        rest_port = httpd.server_address[1]
        yield Served(
            rest_url=f"http://{host}:{rest_port}/trade-api/v2",
            ws_url=f"ws://{host}:{ws.port}/trade-api/ws/v2",
            key_id=sim.user.key_id,
            private_key_path=str(key_path),
            user_id=sim.user.user_id,
        )
    finally:
        stop.set()
        if follower is not None:
            follower.join()
        ws.stop()
        httpd.shutdown()
        httpd.server_close()
        rest_thread.join()
        tmp.cleanup()
