"""Retry policy: a pure decision function, table-tested with injected randomness.

What is retried:

* idempotent methods (GET, HEAD, OPTIONS) on 408, 429, 500, 502, 503, 504 and on any network
  failure or timeout;
* any method, writes included, only when the failure proves the request never reached the
  server: the connection could not be opened, opening it timed out, or no pooled connection
  became free. A write that got an answer (even 5xx/429) or that timed out while being sent or
  answered is never resent: Kalshi may have processed it (see ``outcome_unknown`` on errors).

Waits use exponential backoff with full jitter (``uniform(0, min(cap, base * 2**(n-1)))``)
unless the server sent ``Retry-After``, which is honoured as given. Nothing is retried past the
total time budget: if the wait would cross it, the error is raised now.
"""

from __future__ import annotations

import enum
import math
import random as _random
from collections.abc import Callable
from dataclasses import dataclass, field

from ._errors import KalshiConfigurationError
from ._validate import check_int, check_seconds

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
DEFAULT_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


class Failure(enum.Enum):
    """How an attempt failed below HTTP, as far as retry safety is concerned."""

    CONNECT = "connect"  # could not open a connection: nothing was sent
    CONNECT_TIMEOUT = "connect_timeout"  # timed out opening the connection: nothing was sent
    POOL_TIMEOUT = "pool_timeout"  # no free pooled connection: nothing was sent
    WRITE_TIMEOUT = "write_timeout"  # timed out sending: the server may have the request
    READ_TIMEOUT = "read_timeout"  # timed out waiting for the answer: the server may have acted
    NETWORK = "network"  # connection broke mid-exchange: the server may have acted

    @property
    def never_sent(self) -> bool:
        """True if the request provably did not reach the server."""
        return self in _NEVER_SENT

    @property
    def is_timeout(self) -> bool:
        return self in _TIMEOUTS


_NEVER_SENT = frozenset({Failure.CONNECT, Failure.CONNECT_TIMEOUT, Failure.POOL_TIMEOUT})
_TIMEOUTS = frozenset({Failure.CONNECT_TIMEOUT, Failure.POOL_TIMEOUT, Failure.WRITE_TIMEOUT, Failure.READ_TIMEOUT})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How a client retries. Immutable; validated on construction.

    Attributes:
        max_attempts: total attempts including the first (1 disables retries). 1..10.
        backoff_base: first backoff cap in seconds; doubles per attempt.
        backoff_max: upper cap of one backoff wait (Retry-After is not capped by it).
        total_budget: no attempt starts after this many seconds since the first one.
        retry_statuses: statuses retried for idempotent methods.

    Raises:
        KalshiConfigurationError: a bool or out-of-range value.
    """

    max_attempts: int = 4
    backoff_base: float = 0.25
    backoff_max: float = 8.0
    total_budget: float = 30.0
    retry_statuses: frozenset[int] = field(default=DEFAULT_RETRY_STATUSES)

    def __post_init__(self) -> None:
        check_int("max_attempts", self.max_attempts, minimum=1, maximum=10)
        check_seconds("backoff_base", self.backoff_base, maximum=60)
        check_seconds("backoff_max", self.backoff_max, maximum=600)
        check_seconds("total_budget", self.total_budget, maximum=3600)
        if self.backoff_max < self.backoff_base:
            raise KalshiConfigurationError("backoff_max must be >= backoff_base")
        statuses = frozenset(self.retry_statuses)
        for status in statuses:
            check_int("retry_statuses item", status, minimum=400, maximum=599)
        object.__setattr__(self, "retry_statuses", statuses)

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """A policy that never retries."""
        return cls(max_attempts=1)


@dataclass(frozen=True, slots=True)
class RetryDecision:
    """The outcome of :func:`decide_retry`: whether to retry, after how long, and why."""

    retry: bool
    delay: float
    reason: str


def backoff_delay(policy: RetryPolicy, attempt: int, random: Callable[[], float] = _random.random) -> float:
    """Full-jitter backoff before attempt ``attempt + 1`` (``attempt`` counts from 1)."""
    cap = min(policy.backoff_max, policy.backoff_base * (2.0 ** min(attempt - 1, 30)))
    return float(random()) * cap


def decide_retry(
    policy: RetryPolicy,
    *,
    method: str,
    attempt: int,
    elapsed: float,
    status: int | None = None,
    failure: Failure | None = None,
    retry_after: float | None = None,
    replayable: bool = True,
    random: Callable[[], float] = _random.random,
) -> RetryDecision:
    """Decide whether attempt number ``attempt`` (1-based), which just failed, is retried.

    Exactly one of ``status`` (an HTTP answer) or ``failure`` (no answer) describes the
    failure. ``elapsed`` is seconds since the first attempt started; ``retry_after`` is the
    parsed ``Retry-After`` header. ``replayable`` is False for streamed bodies that cannot be
    sent twice.
    """
    method = method.upper()
    idempotent = method in IDEMPOTENT_METHODS
    if status is not None:
        if status not in policy.retry_statuses:
            return RetryDecision(False, 0.0, f"status {status} is not retried")
        if not idempotent:
            return RetryDecision(False, 0.0, f"{method} answered {status}: writes are not resent")
        why = f"status {status}"
    elif failure is not None:
        if not (idempotent or failure.never_sent):
            return RetryDecision(False, 0.0, f"{method} may have reached the server ({failure.value})")
        why = failure.value
    else:
        return RetryDecision(False, 0.0, "nothing failed")
    if not replayable:
        return RetryDecision(False, 0.0, "the request body is a stream and cannot be resent")
    if attempt >= policy.max_attempts:
        return RetryDecision(False, 0.0, f"{why}; attempts exhausted ({attempt}/{policy.max_attempts})")

    if retry_after is not None and status is not None:
        delay = max(0.0, retry_after)
    else:
        delay = backoff_delay(policy, attempt, random)
    if elapsed + delay > policy.total_budget:
        return RetryDecision(
            False, 0.0, f"{why}; waiting {delay:.2f}s would exceed the {policy.total_budget:g}s budget"
        )
    return RetryDecision(True, delay, why)


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Parse ``Retry-After`` (delta-seconds or an HTTP date) into seconds from ``now``.

    ``now`` is the local wall clock in epoch seconds. A negative value or a date in the past
    means 0. Returns None for a missing or unparseable header.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        if math.isnan(seconds):
            return None
        return max(0.0, min(seconds, 86_400.0))
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - now)
