"""Kalshi's token buckets (SIMULATOR.md 1.12), opt-in: ``Simulator(rate_limits="basic")``.

Per user: a Read and a Write bucket (Basic: 200 and 100 tokens per second, one second of capacity);
every request costs 10 tokens, cancels 2, batches are billed per item and must fit at once or are
refused whole; ``GetBalance`` has its own bucket of 1 call per second and draws nothing from Read.
A refusal is 429 ``{"error": "too many requests"}`` with no ``Retry-After``, as on the wire. Buckets
refill on the wall clock (the auth clock), so simulated time jumps neither drain nor fill them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._errors import SimError

TIERS = {"basic": (200, 100), "advanced": (300, 300)}
_CANCELS = frozenset({"CancelOrderV2", "BatchCancelOrdersV2"})
_BATCHES = frozenset({"BatchCreateOrdersV2", "BatchCancelOrdersV2"})


@dataclass(slots=True)
class _Bucket:
    rate: float
    capacity: float
    tokens: float
    at_ms: int

    def take(self, cost: float, now_ms: int) -> bool:
        self.tokens = min(self.capacity, self.tokens + (now_ms - self.at_ms) * self.rate / 1000)
        self.at_ms = now_ms
        if cost > self.tokens:
            return False
        self.tokens -= cost
        return True


class RateLimiter:
    def __init__(self, tier: str, now_ms: Callable[[], int]) -> None:
        """Raises: ValueError: an unknown tier."""
        if tier not in TIERS:
            raise ValueError(f"rate_limits must be one of {', '.join(TIERS)}")
        self.tier = tier
        self.read, self.write = TIERS[tier]
        self.now_ms = now_ms
        self._buckets: dict[tuple[str, str], _Bucket] = {}

    def _bucket(self, user: str, kind: str) -> _Bucket:
        key = (user, kind)
        bucket = self._buckets.get(key)
        if bucket is None:
            rate = {"read": self.read, "write": self.write, "balance": 1}[kind]
            bucket = self._buckets[key] = _Bucket(rate, rate, rate, self.now_ms())
        return bucket

    def charge(self, user: str, operation: str, method: str, body: Any) -> None:
        """Take the request's tokens, or refuse it.

        Raises:
            SimError: 429 when the bucket cannot cover the whole cost.
        """
        if operation == "GetBalance":
            kind, cost = "balance", 1.0
        else:
            kind = "read" if method == "GET" else "write"
            unit = 2 if operation in _CANCELS else 10
            items = 1
            if operation in _BATCHES and isinstance(body, dict) and isinstance(body.get("orders"), list):
                items = max(1, len(body["orders"]))
            cost = float(unit * items)
        if not self._bucket(user, kind).take(cost, self.now_ms()):
            raise SimError.rate_limited()
