"""Client-side rate limiting: a read and a write token bucket, with per-endpoint costs.

Off by default (see the client docstrings for why). When enabled, every attempt reserves
tokens before it is sent; a reservation may drive the bucket negative, and the caller then
waits until it is repaid, which keeps concurrent callers in arrival order without a queue.

A 429 shrinks the bucket it came from (capacity and refill rate halve, down to a tenth of the
configured values) and empties it, so the next request waits at least the server's
``Retry-After``. Every ``RECOVERY_INTERVAL_S`` without a 429 the bucket grows back by half,
up to its configured size. Everything takes an injected monotonic clock.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._errors import KalshiConfigurationError
from ._validate import check_positive_number

SHRINK_FACTOR = 0.5
MIN_FRACTION = 0.1
RECOVERY_FACTOR = 1.5
RECOVERY_INTERVAL_S = 10.0
# GET /account/endpoint_costs: "Default token cost applied to endpoints that are not listed".
KALSHI_DEFAULT_COST = 10.0

_MAX_RATE = 1_000_000.0
_SAFE = frozenset({"GET", "HEAD", "OPTIONS"})


@dataclass(frozen=True, slots=True)
class Bucket:
    """Size of one token bucket: ``capacity`` tokens, refilled at ``refill_rate`` tokens/second."""

    capacity: float
    refill_rate: float

    def __post_init__(self) -> None:
        check_positive_number("capacity", self.capacity, maximum=_MAX_RATE)
        check_positive_number("refill_rate", self.refill_rate, maximum=_MAX_RATE)


@dataclass(frozen=True, slots=True)
class EndpointCost:
    """Token cost of one endpoint; ``path`` may hold ``{param}`` or ``:param`` segments."""

    method: str
    path: str
    cost: float

    def __post_init__(self) -> None:
        check_positive_number("cost", self.cost, maximum=_MAX_RATE)
        object.__setattr__(self, "method", self.method.upper())


def compile_path_template(template: str, prefix: str = "") -> re.Pattern[str]:
    """Regex matching a URL path relative to ``prefix`` for a template like ``/orders/{order_id}``."""
    path = "/" + template.strip("/")
    if prefix and (path == prefix or path.startswith(prefix + "/")):
        path = path[len(prefix) :] or "/"
    segments = []
    for segment in path.strip("/").split("/"):
        if (segment.startswith("{") and segment.endswith("}")) or segment.startswith(":"):
            segments.append("[^/]+")
        else:
            segments.append(re.escape(segment))
    return re.compile("/" + "/".join(segments) + "$")


@dataclass(frozen=True, slots=True)
class RateLimits:
    """Configuration for client-side rate limiting.

    Writes are requests with a method other than GET/HEAD/OPTIONS (orders, mostly); everything
    else draws on ``read``. A request costs the matching ``endpoint_costs`` entry or
    ``default_cost`` tokens.
    """

    read: Bucket
    write: Bucket
    default_cost: float = 1.0
    endpoint_costs: tuple[EndpointCost, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.read, Bucket) or not isinstance(self.write, Bucket):
            raise KalshiConfigurationError("read and write must be Bucket instances")
        check_positive_number("default_cost", self.default_cost, maximum=_MAX_RATE)

    @classmethod
    def per_second(cls, reads: float, writes: float, *, burst_seconds: float = 1.0) -> RateLimits:
        """Simple request-count limits: ``reads``/``writes`` requests per second, each costing 1.

        Raises:
            KalshiConfigurationError: a non-positive, absurd or bool value.
        """
        burst = check_positive_number("burst_seconds", burst_seconds, maximum=60)
        r = check_positive_number("reads", reads, maximum=_MAX_RATE)
        w = check_positive_number("writes", writes, maximum=_MAX_RATE)
        return cls(read=Bucket(r * burst, r), write=Bucket(w * burst, w))

    @classmethod
    def from_account(cls, limits: Mapping[str, Any], endpoint_costs: Mapping[str, Any] | None = None) -> RateLimits:
        """Build limits from the JSON of ``GET /account/limits`` and ``GET /account/endpoint_costs``.

        ``read``/``write`` may be token buckets (``{"bucket_capacity": .., "refill_rate": ..}``,
        in endpoint-cost tokens) or plain integers (older answers; taken as requests per second
        with a cost of 1, because undercounting only lets the server's 429 correct us while
        overcounting would throttle for nothing). ``read_limit``/``write_limit`` are accepted too.

        Raises:
            KalshiConfigurationError: a payload with neither shape.
        """
        read, read_tokens = _parse_bucket(limits, "read")
        write, write_tokens = _parse_bucket(limits, "write")
        if not (read_tokens and write_tokens):
            return cls(read=read, write=write)
        default_cost = KALSHI_DEFAULT_COST
        costs: list[EndpointCost] = []
        if endpoint_costs:
            default_cost = _positive(endpoint_costs.get("default_cost")) or KALSHI_DEFAULT_COST
            for item in endpoint_costs.get("endpoint_costs") or ():
                try:
                    costs.append(EndpointCost(str(item["method"]), str(item["path"]), float(item["cost"])))
                except (KeyError, TypeError, ValueError, KalshiConfigurationError):
                    continue  # one odd entry must not disable limiting as a whole
        return cls(read=read, write=write, default_cost=default_cost, endpoint_costs=tuple(costs))


def _parse_bucket(limits: Mapping[str, Any], name: str) -> tuple[Bucket, bool]:
    """Return the bucket and whether it is in tokens (True) or requests per second (False)."""
    value = limits.get(name, limits.get(f"{name}_limit"))
    if isinstance(value, Mapping):
        capacity = _positive(value.get("bucket_capacity"))
        rate = _positive(value.get("refill_rate"))
        if capacity is not None and rate is not None:
            return Bucket(capacity, rate), True
    else:
        per_second = _positive(value)
        if per_second is not None:
            return Bucket(per_second, per_second), False
    raise KalshiConfigurationError(f"account limits have no usable {name!r} bucket")


def _positive(value: Any) -> float | None:
    """``value`` as a float if it is a positive real number (bool refused), else None."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    return None


class TokenBucket:
    """A thread-safe token bucket with reservations, shrinking on 429 and slow recovery."""

    def __init__(self, bucket: Bucket, clock: Callable[[], float] = time.monotonic) -> None:
        self._nominal = bucket
        self._capacity = bucket.capacity
        self._rate = bucket.refill_rate
        self._tokens = bucket.capacity
        self._clock = clock
        self._last = clock()
        self._last_penalty: float | None = None
        self._lock = threading.Lock()

    @property
    def capacity(self) -> float:
        return self._capacity

    @property
    def refill_rate(self) -> float:
        return self._rate

    def _refill(self, now: float) -> None:
        if self._last_penalty is not None and now - self._last_penalty >= RECOVERY_INTERVAL_S:
            self._rate = min(self._nominal.refill_rate, self._rate * RECOVERY_FACTOR)
            self._capacity = min(self._nominal.capacity, self._capacity * RECOVERY_FACTOR)
            recovered = self._rate >= self._nominal.refill_rate and self._capacity >= self._nominal.capacity
            self._last_penalty = None if recovered else now
        elapsed = max(0.0, now - self._last)
        self._tokens = min(self._capacity, self._tokens + elapsed * self._rate)
        self._last = now

    def reserve(self, cost: float) -> float:
        """Take ``cost`` tokens now; return how many seconds to wait before sending (0 if none)."""
        with self._lock:
            self._refill(self._clock())
            self._tokens -= cost
            return 0.0 if self._tokens >= 0 else -self._tokens / self._rate

    def penalize(self, retry_after: float | None = None) -> None:
        """React to a 429: shrink the bucket, empty it, and hold it for ``retry_after`` seconds."""
        with self._lock:
            now = self._clock()
            self._refill(now)
            self._rate = max(self._nominal.refill_rate * MIN_FRACTION, self._rate * SHRINK_FACTOR)
            self._capacity = max(self._nominal.capacity * MIN_FRACTION, self._capacity * SHRINK_FACTOR)
            self._tokens = min(self._tokens, 0.0)
            if retry_after:
                self._tokens = min(self._tokens, -retry_after * self._rate)
            self._last_penalty = now


class RateLimiter:
    """Routes each request to the read or write bucket and charges its endpoint cost."""

    def __init__(
        self, limits: RateLimits, *, path_prefix: str = "", clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limits = limits
        self._prefix = path_prefix.rstrip("/")
        self.read = TokenBucket(limits.read, clock)
        self.write = TokenBucket(limits.write, clock)
        self._costs = [(c.method, compile_path_template(c.path, self._prefix), c.cost) for c in limits.endpoint_costs]
        self._cache: dict[tuple[str, str], float] = {}

    def _relative(self, path: str) -> str:
        if self._prefix and path.startswith(self._prefix + "/"):
            return path[len(self._prefix) :]
        return path

    def cost(self, method: str, path: str) -> float:
        """Tokens one request costs (``path`` is the full URL path, without query)."""
        key = (method, path)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        relative = self._relative(path).rstrip("/") or "/"
        value = self.limits.default_cost
        for cost_method, pattern, cost in self._costs:
            if cost_method == method and pattern.match(relative):
                value = cost
                break
        if len(self._cache) < 4096:  # paths embed ids; bound the cache
            self._cache[key] = value
        return value

    def bucket_for(self, method: str) -> TokenBucket:
        return self.read if method in _SAFE else self.write

    def reserve(self, method: str, path: str) -> float:
        """Charge one attempt; return the seconds to wait before sending it."""
        return self.bucket_for(method).reserve(self.cost(method, path))

    def on_rate_limited(self, method: str, retry_after: float | None) -> None:
        """Shrink the bucket ``method`` draws on after a 429."""
        self.bucket_for(method).penalize(retry_after)
