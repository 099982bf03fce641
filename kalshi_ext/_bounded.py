"""Bounds on one attempt: a wall-clock deadline from connect to the last body byte, and a size cap
on the body, enforced while it is read and after decompression.

httpx's timeouts apply to each socket operation, so a server that dribbles a byte at a time, or
sends ``100 Continue`` every 250 ms, holds a call for as long as it likes. Here:

* the synchronous transport's connection pool gets a network backend (:class:`DeadlineBackend`)
  whose every connect, TLS handshake, read and write is given at most the time left before the
  attempt's deadline (:data:`ATTEMPT_DEADLINE`), and fails at once when none is left: the header
  phase (1xx floods included, which httpcore reads in a loop) cannot outlast it. The asynchronous
  transport wraps the whole attempt in ``asyncio.timeout`` instead;
* the body is read raw, chunk by chunk, with the deadline checked after every chunk, and decoded
  here (identity, gzip, deflate: the encodings the client asks for) with a bounded inflater, so a
  gzip bomb is stopped after at most ``max_response_bytes`` of output, not after it has inflated.

Failures: an expired deadline raises ``httpx.ReadTimeout`` (or ``ConnectTimeout``), which the
transport maps to :class:`~kalshi_ext.KalshiTimeoutError`; an oversized body raises
:class:`ResponseTooLarge`, mapped to :class:`~kalshi_ext.KalshiResponseError`.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

# 64 MiB: Kalshi's largest real pages (1000 markets with nested fields, full order books) are a few
# MiB; a cap 10x above them never bites an honest answer and stops a hostile one early.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
MAX_RESPONSE_BYTES_LIMIT = 1024 * 1024 * 1024
ACCEPT_ENCODING = "gzip, deflate"
_INFLATE_STEP = 256 * 1024

# monotonic() time by which the current attempt must be over; None outside an attempt.
ATTEMPT_DEADLINE: ContextVar[float | None] = ContextVar("kalshi_ext_attempt_deadline", default=None)


class ResponseTooLarge(Exception):  # noqa: N818  (internal signal, mapped to KalshiResponseError)
    """The body (after decompression) is larger than the cap."""

    def __init__(self, limit: int, declared: int | None = None) -> None:
        self.limit = limit
        self.declared = declared
        super().__init__(f"the response body exceeds max_response_bytes={limit}")


class UnsupportedEncoding(Exception):  # noqa: N818
    """A Content-Encoding the client did not ask for."""


def _remaining(timeout: float | None, *, connect: bool = False) -> float | None:
    deadline = ATTEMPT_DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        error = httpcore.ConnectTimeout if connect else httpcore.ReadTimeout
        raise error("the attempt's time limit (timeout=) ran out")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _remaining(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _remaining(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, _remaining(timeout, connect=True)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """An httpcore network backend that gives no socket operation more than the attempt's time left."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, _remaining(timeout, connect=True), local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.connect_unix_socket(path, _remaining(timeout, connect=True), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def install_deadlines(transport: httpx.BaseTransport) -> bool:
    """Give an ``httpx.HTTPTransport``'s pool the deadline backend; False for other transports.

    httpx does not expose the backend, so this reaches its pool's ``_network_backend`` (present on
    every httpcore pool and proxy class since httpcore 0.17); a transport without one keeps only
    the per-chunk deadline checks of :func:`read_body`.
    """
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if pool is None or not isinstance(backend, httpcore.NetworkBackend):
        return False
    if not isinstance(backend, DeadlineBackend):
        pool._network_backend = DeadlineBackend(backend)
    return True


class _Decoder:
    """Bounded decoding of one body: output never grows past ``limit`` before it is refused."""

    def __init__(self, encoding: str, limit: int) -> None:
        codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            raise UnsupportedEncoding(encoding)
        self.coding = codings[0] if codings else None
        self.limit = limit
        self.size = 0
        self.parts: list[bytes] = []
        wbits = 16 + zlib.MAX_WBITS if self.coding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._inflater = zlib.decompressobj(wbits) if self.coding else None
        self._first = True

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise ResponseTooLarge(self.limit)
        if data:
            self.parts.append(data)

    def feed(self, data: bytes) -> None:
        if self._inflater is None:
            self._keep(data)
            return
        while data:
            step = min(_INFLATE_STEP, self.limit - self.size + 1)
            try:
                out = self._inflater.decompress(data, step)
            except zlib.error:
                if not (self._first and self.coding == "deflate"):
                    raise
                # Some servers send raw deflate (no zlib header) as "deflate".
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                out = self._inflater.decompress(data, step)
            self._first = False
            self._keep(out)
            data = self._inflater.unconsumed_tail

    def finish(self) -> bytes:
        if self._inflater is not None:
            self._keep(self._inflater.flush())
        return b"".join(self.parts)


def _start(response: httpx.Response, limit: int) -> _Decoder:
    declared = response.headers.get("content-length")
    encoding = response.headers.get("content-encoding", "")
    if declared and declared.isdigit() and int(declared) > limit and not encoding:
        raise ResponseTooLarge(limit, int(declared))
    return _Decoder(encoding, limit)


def _check_deadline() -> None:
    deadline = ATTEMPT_DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline:
        raise httpx.ReadTimeout("the attempt's time limit (timeout=) ran out while reading the body")


def _rebuilt(response: httpx.Response, content: bytes, request: httpx.Request) -> httpx.Response:
    """A response holding the decoded ``content``, without the headers that described the raw one."""
    headers = [
        (name, value)
        for name, value in response.headers.raw
        if name.lower() not in (b"content-encoding", b"content-length", b"transfer-encoding")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=content,
        request=request,
        extensions={k: v for k, v in response.extensions.items() if k != "network_stream"},
    )


def read_body(response: httpx.Response, limit: int, request: httpx.Request) -> httpx.Response:
    """Read ``response`` within the deadline and the cap; return it rebuilt with the decoded body.

    Raises:
        ResponseTooLarge, UnsupportedEncoding, zlib.error, httpx.ReadTimeout, httpx.TransportError.
    """
    if response.is_stream_consumed:  # an in-memory response (tests' MockTransport): already decoded
        if len(response.content) > limit:
            raise ResponseTooLarge(limit)
        return _rebuilt(response, response.content, request)
    decoder = _start(response, limit)
    chunks: Iterator[bytes] = response.iter_raw()
    for chunk in chunks:
        decoder.feed(chunk)
        _check_deadline()
    return _rebuilt(response, decoder.finish(), request)


async def aread_body(response: httpx.Response, limit: int, request: httpx.Request) -> httpx.Response:
    """Async :func:`read_body` (the deadline is enforced around it by the caller)."""
    if response.is_stream_consumed:
        if len(response.content) > limit:
            raise ResponseTooLarge(limit)
        return _rebuilt(response, response.content, request)
    decoder = _start(response, limit)
    chunks: AsyncIterator[bytes] = response.aiter_raw()
    async for chunk in chunks:
        decoder.feed(chunk)
    return _rebuilt(response, decoder.finish(), request)
