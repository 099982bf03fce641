"""A scriptable HTTP/1.1 server on raw sockets (127.0.0.1) for hostile-server tests.

Each accepted connection reads one request at a time (request line, headers, Content-Length body)
and hands it to ``behaviour(request, conn)``, which writes whatever it likes: a normal answer, a
dribble, an endless body, nothing at all. ``requests`` records every request that arrived.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def query(self) -> str:
        return self.target.split("?", 1)[1] if "?" in self.target else ""

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


Behaviour = Callable[[Request, socket.socket], None]


def answer(conn: socket.socket, status: int, body: bytes | Any = b"", headers: dict[str, str] | None = None) -> None:
    """Write one complete response (JSON-encodes a non-bytes body)."""
    payload = body if isinstance(body, bytes) else json.dumps(body).encode()
    head = [f"HTTP/1.1 {status} X"]
    extra = dict(headers or {})
    extra.setdefault("Content-Type", "application/json")
    extra.setdefault("Content-Length", str(len(payload)))
    head += [f"{k}: {v}" for k, v in extra.items()]
    conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + payload)


@dataclass
class RawServer:
    behaviour: Behaviour = field(default=lambda req, conn: answer(conn, 200, {}))
    requests: list[Request] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._sock.settimeout(0.1)
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)
        self._accept.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self._conns.append(conn)
            thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _handle(self, conn: socket.socket) -> None:
        buffer = b""
        try:
            while not self._stop.is_set():
                while b"\r\n\r\n" not in buffer:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                head, buffer = buffer.split(b"\r\n\r\n", 1)
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:] if line)}
                length = int(headers.get("content-length", "0"))
                while len(buffer) < length:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                body, buffer = buffer[:length], buffer[length:]
                request = Request(method, target, headers, body)
                with self._lock:
                    self.requests.append(request)
                self.behaviour(request, conn)
        except OSError:
            return
        finally:
            conn.close()

    def stopped(self) -> bool:
        return self._stop.is_set()

    def close(self) -> None:
        self._stop.set()
        self._sock.close()
        with self._lock:
            for conn in self._conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
                conn.close()
        deadline = time.monotonic() + 5
        for thread in [self._accept, *self._threads]:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))


NO_RETRY_ATTEMPTS = 1


def options(server: RawServer, key: Any, prefix: str = "/trade-api/v2", **extra: Any) -> dict[str, Any]:
    """Keyword arguments for a Kalshi/Perps client pointed at ``server``."""
    return {
        "key_id": "key-safety",
        "private_key": key,
        "base_url": server.url + prefix,
        "allow_custom_host": True,
        "retry": _no_retry(),
        **extra,
    }


def _no_retry() -> Any:
    from kalshi_ext import RetryPolicy

    return RetryPolicy(max_attempts=NO_RETRY_ATTEMPTS)
