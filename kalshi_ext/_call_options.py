"""Per-call options (``timeout``, ``retry``, ``headers``) and raw-response capture.

Both travel in context variables, so they reach every request a call makes (retries, the
order lookups of ``create_v2``, every page of an ``*_all`` walk) without a parameter threaded
through generated code:

- :func:`applied` sets the options for the calls inside it; ``client.with_options(...)`` views
  and the facade's ``timeout=`` / ``retry=`` / ``headers=`` keywords use it, the inner ones winning.
- :class:`OptionsTransport` (and the async twin) sits under the signing/retry transport, so it
  sees each attempt: it applies the timeout and headers, and records responses for
  ``with_raw_response``.
- :class:`OptionsAwareCore` makes the transport's retry decisions use the call's policy.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import httpx

from ._auth import check_user_headers
from ._errors import KalshiConfigurationError, KalshiTransportError
from ._retry import Failure, RetryDecision, RetryPolicy
from ._transport_core import CallState, TransportCore, logger
from ._validate import check_seconds


@dataclass(frozen=True, slots=True)
class CallOptions:
    """Options for the requests of one call (None: the client's setting)."""

    timeout: float | None = None
    retry: RetryPolicy | None = None
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def over(self, outer: CallOptions | None) -> CallOptions:
        """These options on top of ``outer`` (set values win; headers merge)."""
        if outer is None:
            return self
        return CallOptions(
            timeout=self.timeout if self.timeout is not None else outer.timeout,
            retry=self.retry if self.retry is not None else outer.retry,
            headers=MappingProxyType({**outer.headers, **self.headers}),
        )

    @property
    def empty(self) -> bool:
        return self.timeout is None and self.retry is None and not self.headers


def make_options(timeout: Any = None, retry: Any = None, headers: Any = None) -> CallOptions:
    """Validated :class:`CallOptions`.

    Raises:
        KalshiConfigurationError: a timeout outside (0, 600] s, a ``retry`` that is not a
            RetryPolicy, reserved (authentication) or non-str headers.
    """
    seconds = check_seconds("timeout", timeout) if timeout is not None else None
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise KalshiConfigurationError(f"retry must be a kalshi_ext.RetryPolicy, not {type(retry).__name__}")
    extra = MappingProxyType(dict(check_user_headers(headers))) if headers else MappingProxyType({})
    return CallOptions(seconds, retry, extra)


CURRENT: ContextVar[CallOptions | None] = ContextVar("kalshi_ext_call_options", default=None)


@contextmanager
def applied(options: CallOptions | None) -> Iterator[None]:
    """Run the block with ``options`` over the ones already in effect."""
    if options is None or options.empty:
        yield
        return
    token = CURRENT.set(options.over(CURRENT.get()))
    try:
        yield
    finally:
        CURRENT.reset(token)


@contextmanager
def beneath(options: CallOptions | None) -> Iterator[None]:
    """Run the block with ``options`` under the ones already in effect (those win).

    A view's options are applied this way when its client sends, so a method's own ``timeout=``
    (set before) beats the view's.
    """
    if options is None or options.empty:
        yield
        return
    current = CURRENT.get()
    token = CURRENT.set(current.over(options) if current is not None else options)
    try:
        yield
    finally:
        CURRENT.reset(token)


@contextmanager
def per_call(timeout: Any = None, retry: Any = None, headers: Any = None) -> Iterator[None]:
    """:func:`applied` for the facade's keyword arguments (checked first).

    Raises:
        KalshiConfigurationError: see :func:`make_options`.
    """
    if timeout is None and retry is None and not headers:
        yield
        return
    with applied(make_options(timeout, retry, headers)):
        yield


# -- raw responses -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Capture:
    """Every HTTP response (and transport failure) the calls inside ``with_raw_response`` saw."""

    responses: list[httpx.Response] = field(default_factory=list)
    attempts: int = 0


CAPTURE: ContextVar[Capture | None] = ContextVar("kalshi_ext_raw_capture", default=None)


def _prepare(request: httpx.Request) -> Capture | None:
    options = CURRENT.get()
    if options is not None:
        if options.timeout is not None:
            request.extensions = {**request.extensions, "timeout": httpx.Timeout(options.timeout).as_dict()}
        if options.headers:
            request.headers.update(options.headers)
    capture = CAPTURE.get()
    if capture is not None:
        capture.attempts += 1
    return capture


class OptionsTransport(httpx.BaseTransport):
    """Applies the call's timeout and headers to each attempt and records responses."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    @property
    def _pool(self) -> Any:
        # The inner httpx transport's connection pool, so the outer transport can give it its
        # deadline backend (kalshi_ext._bounded.install_deadlines) through this wrapper.
        return getattr(self._inner, "_pool", None)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        capture = _prepare(request)
        response = self._inner.handle_request(request)
        if capture is not None:
            response.request = request  # httpx sets it only on the response it hands the caller
            capture.responses.append(response)
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncOptionsTransport(httpx.AsyncBaseTransport):
    """Async :class:`OptionsTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    @property
    def _pool(self) -> Any:
        return getattr(self._inner, "_pool", None)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        capture = _prepare(request)
        response = await self._inner.handle_async_request(request)
        if capture is not None:
            response.request = request  # httpx sets it only on the response it hands the caller
            capture.responses.append(response)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class OptionsAwareCore(TransportCore):
    """The transport's decisions, with the retry policy of the current call when it has one.

    Also what a person needs to act on a failure: transport errors name the method, host, path
    and environment (demo or production), and each retry and each rate-limit wait is one INFO
    line on the ``kalshi_ext`` logger (method, path, reason, wait; never a header, query or body).
    """

    _client_retry: RetryPolicy
    host: str = "?"  # the client's API host (set by the client after construction)

    def reserve(self, call: CallState) -> float:
        wait = super().reserve(call)
        if wait > 0:
            logger.info("rate limit: waiting %.3fs before %s %s", wait, call.method, call.path)
        return wait

    def on_failure(self, call: CallState, exc: Exception) -> tuple[Failure, RetryDecision]:
        failure, decision = super().on_failure(call, exc)
        if decision.retry:
            self._log_retry(call, failure.value, decision)
        return failure, decision

    def on_response(self, call: CallState, response: httpx.Response) -> RetryDecision | None:
        decision = super().on_response(call, response)
        if decision is not None and decision.retry:
            self._log_retry(call, str(response.status_code), decision)
        return decision

    def _log_retry(self, call: CallState, outcome: str, decision: RetryDecision) -> None:
        logger.info(
            "retrying %s %s in %.3fs: %s (%s), attempt %d failed",
            call.method,
            call.path,
            decision.delay,
            outcome,
            decision.reason,
            call.attempt,
        )

    def transport_error(self, call: CallState, failure: Failure, exc: Exception) -> KalshiTransportError:
        error = super().transport_error(call, failure, exc)
        where = f"{call.method} {call.path} on {self.host} ({self.environment})"
        message = str(error).replace(f"{call.method} {call.path}", where, 1)
        enriched = type(error)(
            message,
            method=error.method,
            path=error.path,
            attempts=error.attempts,
            outcome_unknown=error.outcome_unknown,
        )
        enriched.host = self.host
        enriched.environment = self.environment
        return enriched

    @property
    def retry(self) -> RetryPolicy:
        options = CURRENT.get()
        return options.retry if options is not None and options.retry is not None else self._client_retry

    @retry.setter
    def retry(self, policy: RetryPolicy) -> None:
        self._client_retry = policy

    _client_attempt_timeout: float | None = None

    @property
    def attempt_timeout(self) -> float | None:
        """The wall-clock limit of one attempt: the call's ``timeout`` when it has one."""
        options = CURRENT.get()
        if options is not None and options.timeout is not None:
            return options.timeout
        return self._client_attempt_timeout

    @attempt_timeout.setter
    def attempt_timeout(self, seconds: float | None) -> None:
        self._client_attempt_timeout = seconds
