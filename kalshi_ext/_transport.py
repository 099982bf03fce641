"""The httpx transports under every generated call: auth, retries, rate limits, errors, logs.

:class:`~kalshi_ext._transport_core.TransportCore` holds every decision; the sync
:class:`KalshiTransport` and async :class:`AsyncKalshiTransport` here are thin loops around it
that differ only in how they wait, sign and send. Both wrap an inner httpx transport
(``httpx.HTTPTransport`` by default; tests inject ``httpx.MockTransport``).

Per attempt: reserve rate-limit tokens (and wait), sign afresh, send, read the body (within the
attempt's wall-clock deadline and the size cap: see :mod:`kalshi_ext._bounded`), log one debug
line, then return a success, retry, or raise a typed error. Non-success statuses (>= 300;
redirects are never followed with credentials) never reach the generated parsers.
"""

from __future__ import annotations

import asyncio
import threading
import time
import zlib
from collections.abc import Awaitable, Callable

import httpx

from ._auth import HeaderAuth
from ._bounded import ATTEMPT_DEADLINE, ResponseTooLarge, UnsupportedEncoding, aread_body, install_deadlines, read_body
from ._secrets import install_log_scrubbing
from ._signing_pool import SigningPool
from ._transport_core import TransportCore, logger

_MAX_SIGNING_THREADS = 4
install_log_scrubbing()  # httpx/httpcore records never show a signature a server echoed back


class _AutoLimits:
    """One-shot loading of rate limits on first use (``rate_limit="auto"``)."""

    def __init__(self) -> None:
        self.state = "off"  # off | pending | loading | done
        self._lock = threading.Lock()

    def claim(self) -> bool:
        if self.state != "pending":
            return False
        with self._lock:
            if self.state != "pending":
                return False
            self.state = "loading"
            return True


def _log_limits_failure(exc: Exception) -> None:
    status = getattr(exc, "status", None)
    logger.warning(
        "could not load rate limits (%s%s); client-side rate limiting stays off",
        type(exc).__name__,
        f" {status}" if status else "",
    )


class KalshiTransport(httpx.BaseTransport):
    """Synchronous transport: see the module docstring."""

    def __init__(
        self, core: TransportCore, inner: httpx.BaseTransport, *, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self.core = core
        self._inner = inner
        self._sleep = sleep
        self.auto_limits = _AutoLimits()
        self.auto_loader: Callable[[], object] | None = None
        install_deadlines(inner)  # connect/TLS/read/write of the header phase respect the attempt's deadline

    def _maybe_load_limits(self) -> None:
        if self.auto_loader is None or not self.auto_limits.claim():
            return
        try:
            self.auto_loader()
        except Exception as exc:  # never let an optimisation fail the caller's request
            _log_limits_failure(exc)
        finally:
            self.auto_limits.state = "done"
            self.auto_loader = None  # one attempt only; later requests skip the check

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core = self.core
        call = core.begin(request)
        if self.auto_loader is not None:
            self._maybe_load_limits()
        while True:
            wait = core.reserve(call)
            if wait > 0:
                self._sleep(wait)
            if core.auth is not None:
                request.headers.update(core.auth.headers(call.method, call.path))
            core.mark_sent(call, request)
            deadline = ATTEMPT_DEADLINE.set(core.attempt_deadline())
            try:
                raw = self._inner.handle_request(request)
                try:
                    response = read_body(raw, core.max_response_bytes, request)
                finally:
                    raw.close()
            except httpx.TransportError as exc:
                failure, decision = core.on_failure(call, exc)
                if decision.retry:
                    self._sleep(decision.delay)
                    continue
                raise core.transport_error(call, failure, exc) from exc
            except ResponseTooLarge as exc:
                raise core.too_large_error(call, exc) from None
            except (httpx.DecodingError, UnsupportedEncoding, zlib.error) as exc:
                raise core.decode_error(call, exc) from exc
            finally:
                ATTEMPT_DEADLINE.reset(deadline)
            verdict = core.on_response(call, response)
            if verdict is None:
                return response
            if verdict.retry:
                self._sleep(verdict.delay)
                continue
            raise core.api_error(call, response)

    def close(self) -> None:
        self._inner.close()


class AsyncKalshiTransport(httpx.AsyncBaseTransport):
    """Asynchronous transport. RSA signing runs in worker threads, off the event loop (``SigningPool``)."""

    def __init__(
        self,
        core: TransportCore,
        inner: httpx.AsyncBaseTransport,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.core = core
        self._inner = inner
        self._sleep = sleep
        self._pool: SigningPool | None = None
        self._pool_loop: asyncio.AbstractEventLoop | None = None
        self.auto_limits = _AutoLimits()
        self.auto_loader: Callable[[], Awaitable[None]] | None = None

    def _signing_pool(self) -> SigningPool:
        loop = asyncio.get_running_loop()
        if self._pool is None or self._pool_loop is not loop:
            import os

            if self._pool is not None:
                self._pool.close()
            workers = max(2, min(_MAX_SIGNING_THREADS, os.cpu_count() or 1))
            self._pool, self._pool_loop = SigningPool(loop, workers), loop
        return self._pool

    async def _auth_headers(self, auth: HeaderAuth, method: str, path: str) -> dict[str, str]:
        if not auth.is_slow:
            return auth.headers(method, path)
        return await self._signing_pool().headers(auth, method, path)

    async def _maybe_load_limits(self) -> None:
        if self.auto_loader is None or not self.auto_limits.claim():
            return
        try:
            await self.auto_loader()
        except Exception as exc:  # never let an optimisation fail the caller's request
            _log_limits_failure(exc)
        finally:
            self.auto_limits.state = "done"
            self.auto_loader = None  # one attempt only; later requests skip the check

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        core = self.core
        call = core.begin(request)
        if self.auto_loader is not None:
            await self._maybe_load_limits()
        while True:
            wait = core.reserve(call)
            if wait > 0:
                await self._sleep(wait)
            auth = core.auth
            if auth is not None:
                if auth.is_slow:  # RSA: sign in the pool so the event loop stays free
                    request.headers.update(await self._auth_headers(auth, call.method, call.path))
                else:
                    request.headers.update(auth.headers(call.method, call.path))
            core.mark_sent(call, request)
            try:
                response = await self._attempt(request, core.attempt_timeout, core.max_response_bytes)
            except httpx.TransportError as exc:
                failure, decision = core.on_failure(call, exc)
                if decision.retry:
                    await self._sleep(decision.delay)
                    continue
                raise core.transport_error(call, failure, exc) from exc
            except ResponseTooLarge as exc:
                raise core.too_large_error(call, exc) from None
            except (httpx.DecodingError, UnsupportedEncoding, zlib.error) as exc:
                raise core.decode_error(call, exc) from exc
            verdict = core.on_response(call, response)
            if verdict is None:
                return response
            if verdict.retry:
                await self._sleep(verdict.delay)
                continue
            raise core.api_error(call, response)

    async def _attempt(self, request: httpx.Request, timeout: float | None, limit: int) -> httpx.Response:
        """Send and read one attempt, all of it (connect to last body byte) within ``timeout``.

        Raises:
            httpx.ReadTimeout: the time ran out (whichever phase it was in; a write may have left).
        """
        try:
            async with asyncio.timeout(timeout):
                raw = await self._inner.handle_async_request(request)
                try:
                    return await aread_body(raw, limit, request)
                finally:
                    await raw.aclose()
        except TimeoutError:
            raise httpx.ReadTimeout("the attempt's time limit (timeout=) ran out", request=request) from None

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            if self._pool is not None:
                self._pool.close()
                self._pool = None
