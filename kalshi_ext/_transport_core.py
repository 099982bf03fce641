"""The decisions behind both transports (see :mod:`kalshi_ext._transport`).

:class:`TransportCore` is pure apart from its injected clocks and randomness: it validates a
request, reserves rate-limit tokens, classifies failures, decides retries, builds typed errors
and writes the one debug line per attempt.
"""

from __future__ import annotations

import logging
import random as _random
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field

import httpx

from ._auth import HeaderAuth, is_reserved_header
from ._bounded import DEFAULT_MAX_RESPONSE_BYTES, ResponseTooLarge
from ._error_mapping import ErrorContext, api_error_from_response, lower_headers
from ._errors import (
    KalshiAPIError,
    KalshiConfigurationError,
    KalshiConnectionError,
    KalshiResponseError,
    KalshiTimeoutError,
    KalshiTransportError,
)
from ._ratelimit import RateLimiter
from ._retry import Failure, RetryDecision, RetryPolicy, decide_retry, parse_retry_after
from ._secrets import CALL_SECRETS, scrub, secret_forms

logger = logging.getLogger("kalshi_ext")

# Set when the transport hands a success response up to httpx. Lets the client tell an error in
# the caller's arguments (raised before any response) from a response that failed to parse.
RESPONSE_SEEN: ContextVar[bool] = ContextVar("kalshi_ext_response_seen", default=False)

# The path (base prefix included, query excluded) that the operation's route template produced for
# the call being made, set by the client just before the generated code builds the request. The
# transport refuses to send a request whose path on the wire differs: no bug in encoding or in URL
# normalisation (httpx collapses "." and ".." segments) can turn one route into another.
EXPECTED_PATH: ContextVar[str | None] = ContextVar("kalshi_ext_expected_path", default=None)

_JSON_METHODS = frozenset({"POST", "PUT", "PATCH"})
_SECRET_HEADERS = ("kalshi-access-signature", "authorization")

_FAILURES: tuple[tuple[type[Exception], Failure], ...] = (
    (httpx.ConnectTimeout, Failure.CONNECT_TIMEOUT),
    (httpx.PoolTimeout, Failure.POOL_TIMEOUT),
    (httpx.WriteTimeout, Failure.WRITE_TIMEOUT),
    (httpx.ReadTimeout, Failure.READ_TIMEOUT),
    (httpx.ConnectError, Failure.CONNECT),
    (httpx.ProxyError, Failure.CONNECT),
)


def classify_failure(exc: Exception) -> Failure:
    """Map an httpx transport exception to a retry-relevant :class:`Failure`."""
    for exc_type, failure in _FAILURES:
        if isinstance(exc, exc_type):
            return failure
    if isinstance(exc, httpx.TimeoutException):
        return Failure.READ_TIMEOUT
    return Failure.NETWORK


@dataclass(slots=True)
class CallState:
    """One logical request across its attempts."""

    method: str
    path: str
    start: float
    replayable: bool
    attempt: int = 0
    waited: float = 0.0
    attempt_start: float = field(default=0.0)
    secrets: list[str] = field(default_factory=list)  # signatures and tokens sent, to scrub from errors


class TransportCore:
    """Everything both transports decide: pure given its injected clocks and randomness."""

    def __init__(
        self,
        *,
        auth: HeaderAuth | None,
        retry: RetryPolicy,
        limiter: RateLimiter | None = None,
        environment: str = "production",
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        random: Callable[[], float] = _random.random,
    ) -> None:
        self.auth = auth
        self.retry = retry
        self.limiter = limiter
        self.environment = environment
        self.clock = clock
        self.wall_clock = wall_clock
        self.random = random
        self._secrets = auth.secrets() if auth is not None else ()
        # Set by the client from its settings: the wall-clock limit of one attempt (None: httpx's
        # per-operation timeouts only) and the cap on a decoded response body.
        self.attempt_timeout: float | None = None
        self.max_response_bytes = DEFAULT_MAX_RESPONSE_BYTES

    def attempt_deadline(self) -> float | None:
        """The monotonic time by which an attempt starting now must be over."""
        return None if self.attempt_timeout is None else time.monotonic() + self.attempt_timeout

    def begin(self, request: httpx.Request) -> CallState:
        """Validate a request before its first attempt.

        Raises:
            KalshiConfigurationError: a caller-supplied ``KALSHI-ACCESS-*`` or ``Authorization`` header.
        """
        for name in request.headers:
            if is_reserved_header(name):
                raise KalshiConfigurationError(
                    f"header {name!r} is reserved: authentication headers are set by the client from its credentials"
                )
        method = request.method.upper()
        if method in _JSON_METHODS and "content-type" not in request.headers:
            # Kalshi answers 4xx to body-less writes without a JSON content type. (An operation that
            # declares an optional body gets `{}` when none is given: see _arguments.prepare.)
            request.headers["Content-Type"] = "application/json"
        path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        expected = EXPECTED_PATH.get()
        if expected is not None:
            EXPECTED_PATH.set(None)  # one request per check: nested requests (rate limits) carry none
            if path != expected:
                raise KalshiConfigurationError(
                    f"refusing to send {method} {path}: the operation's route template produced {expected} "
                    "(the URL was rewritten on the way, so the request would reach another route)"
                )
        return CallState(method, path, self.clock(), isinstance(request.stream, httpx.ByteStream))

    def reserve(self, call: CallState) -> float:
        """Start an attempt; return the rate-limit wait before sending it."""
        call.attempt += 1
        if self.limiter is None:
            return 0.0
        wait = self.limiter.reserve(call.method, call.path)
        call.waited += wait
        return wait

    def mark_sent(self, call: CallState, request: httpx.Request | None = None) -> None:
        """Start the attempt's clock; remember the secrets its headers carry (a signature is a
        secret: Kalshi signs only timestamp + method + path, so a leaked one authorises any body)."""
        call.attempt_start = self.clock()
        if request is not None:
            for name in _SECRET_HEADERS:
                value = request.headers.get(name)
                if value:
                    call.secrets.extend(secret_forms(value))
                    call.secrets.extend(secret_forms(value.rsplit(" ", 1)[-1]))
            CALL_SECRETS.set((*self._secrets, *call.secrets))

    def secrets_of(self, call: CallState) -> tuple[str, ...]:
        return (*self._secrets, *call.secrets)

    def on_failure(self, call: CallState, exc: Exception) -> tuple[Failure, RetryDecision]:
        failure = classify_failure(exc)
        decision = decide_retry(
            self.retry,
            method=call.method,
            attempt=call.attempt,
            elapsed=self.clock() - call.start,
            failure=failure,
            replayable=call.replayable,
            random=self.random,
        )
        self._log(call, type(exc).__name__, decision)
        return failure, decision

    def on_response(self, call: CallState, response: httpx.Response) -> RetryDecision | None:
        """None for a success; otherwise whether to retry the error status."""
        status = response.status_code
        if status < 300:
            self._log(call, str(status), None)
            RESPONSE_SEEN.set(True)
            return None
        retry_after = None
        if status in (429, 503):
            retry_after = parse_retry_after(response.headers.get("retry-after"), now=self.wall_clock())
        if status == 429 and self.limiter is not None:
            self.limiter.on_rate_limited(call.method, retry_after)
        decision = decide_retry(
            self.retry,
            method=call.method,
            attempt=call.attempt,
            elapsed=self.clock() - call.start,
            status=status,
            retry_after=retry_after,
            replayable=call.replayable,
            random=self.random,
        )
        self._log(call, str(status), decision)
        return decision

    def api_error(self, call: CallState, response: httpx.Response) -> KalshiAPIError:
        ctx = ErrorContext(
            method=call.method,
            path=call.path,
            has_credentials=self.auth is not None,
            environment=self.environment,
            now=self.wall_clock(),
            secrets=self.secrets_of(call),
        )
        headers = lower_headers(response.headers.items())
        retry_after = parse_retry_after(headers.get("retry-after"), now=self.wall_clock())
        return api_error_from_response(
            response.status_code,
            headers,
            response.content,
            ctx,
            reason=response.reason_phrase or None,
            retry_after=retry_after,
        )

    def transport_error(self, call: CallState, failure: Failure, exc: Exception) -> KalshiTransportError:
        outcome_unknown = call.method not in ("GET", "HEAD", "OPTIONS") and not failure.never_sent
        detail = scrub(" ".join(str(exc).split())[:200], self.secrets_of(call)) or type(exc).__name__
        what = "timed out" if failure.is_timeout else "failed"
        message = (
            f"{call.method} {call.path} {what} ({failure.value}: {detail}) "
            f"after {call.attempt} attempt{'s' if call.attempt != 1 else ''}"
        )
        if outcome_unknown:
            message += "; the write may have been processed: look it up (e.g. by client_order_id) before resending"
        error_type = KalshiTimeoutError if failure.is_timeout else KalshiConnectionError
        return error_type(
            message, method=call.method, path=call.path, attempts=call.attempt, outcome_unknown=outcome_unknown
        )

    def too_large_error(self, call: CallState, exc: ResponseTooLarge) -> KalshiResponseError:
        """The body grew past ``max_response_bytes`` (decompressed): reading stopped there."""
        declared = f" (it declares {exc.declared} bytes)" if exc.declared is not None else ""
        return KalshiResponseError(
            f"{call.method} {call.path}: the response body is larger than max_response_bytes={exc.limit}{declared}; "
            "reading stopped there (raise max_response_bytes if the answer is genuine)"
        )

    def decode_error(self, call: CallState, exc: Exception) -> KalshiResponseError:
        """The body could not be decoded (e.g. a corrupt gzip stream)."""
        return KalshiResponseError(
            f"{call.method} {call.path}: could not decode the response body ({type(exc).__name__})"
        )

    def _log(self, call: CallState, outcome: str, decision: RetryDecision | None) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        elapsed_ms = (self.clock() - call.attempt_start) * 1000.0
        extra = ""
        if call.waited:
            extra += f" throttled_ms={call.waited * 1000.0:.1f}"
        if decision is not None:
            extra += f" retry_in={decision.delay:.3f}s" if decision.retry else f" final ({decision.reason})"
        logger.debug(
            "%s %s -> %s attempt=%d elapsed_ms=%.1f%s", call.method, call.path, outcome, call.attempt, elapsed_ms, extra
        )


class WrongModeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Fills the unused (sync or async) slot of a generated Client so misuse fails loudly
    instead of silently sending an unauthenticated request through a default httpx client."""

    def __init__(self, message: str) -> None:
        self._message = message

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise KalshiConfigurationError(self._message)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise KalshiConfigurationError(self._message)
