"""The httpx transports under every generated call: auth, retries, rate limits, errors, logs.

:class:`~kalshi_ext._transport_core.TransportCore` holds every decision; the sync
:class:`KalshiTransport` and async :class:`AsyncKalshiTransport` here are thin loops around it
that differ only in how they wait, sign and send. Both wrap an inner httpx transport
(``httpx.HTTPTransport`` by default; tests inject ``httpx.MockTransport``).

Per attempt: reserve rate-limit tokens (and wait), sign afresh, send, read the body, log one
debug line, then return a success, retry, or raise a typed error. Non-success statuses (>= 300;
redirects are never followed with credentials) never reach the generated parsers.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor

import httpx

from ._auth import HeaderAuth
from ._transport_core import TransportCore, logger

_MAX_SIGNING_THREADS = 4


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
            core.mark_sent(call)
            try:
                response = self._inner.handle_request(request)
                try:
                    response.read()
                finally:
                    response.close()
            except httpx.TransportError as exc:
                failure, decision = core.on_failure(call, exc)
                if decision.retry:
                    self._sleep(decision.delay)
                    continue
                raise core.transport_error(call, failure, exc) from exc
            except httpx.DecodingError as exc:
                raise core.decode_error(call, exc) from exc
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
    """Asynchronous transport. RSA signing runs in a small thread pool, off the event loop."""

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
        self._executor: ThreadPoolExecutor | None = None
        self.auto_limits = _AutoLimits()
        self.auto_loader: Callable[[], Awaitable[None]] | None = None

    def _signing_executor(self) -> ThreadPoolExecutor:
        if self._executor is None:
            import os

            # cryptography releases the GIL while signing: the loop stays free during the ~0.3-0.5 ms
            # of RSA work, and where the CPUs allow it two signatures proceed in parallel.
            workers = max(2, min(_MAX_SIGNING_THREADS, os.cpu_count() or 1))
            self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kalshi-ext-sign")
        return self._executor

    async def _auth_headers(self, auth: HeaderAuth, method: str, path: str) -> dict[str, str]:
        if not auth.is_slow:
            return auth.headers(method, path)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._signing_executor(), auth.headers, method, path)

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
            core.mark_sent(call)
            try:
                response = await self._inner.handle_async_request(request)
                try:
                    await response.aread()
                finally:
                    await response.aclose()
            except httpx.TransportError as exc:
                failure, decision = core.on_failure(call, exc)
                if decision.retry:
                    await self._sleep(decision.delay)
                    continue
                raise core.transport_error(call, failure, exc) from exc
            except httpx.DecodingError as exc:
                raise core.decode_error(call, exc) from exc
            verdict = core.on_response(call, response)
            if verdict is None:
                return response
            if verdict.retry:
                await self._sleep(verdict.delay)
                continue
            raise core.api_error(call, response)

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None
