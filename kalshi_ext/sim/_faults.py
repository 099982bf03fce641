"""Seeded fault rules for REST (SIMULATOR.md 3): 429 storms, 5xx, ambiguous writes, stale reads.

A rule matches operations by id (or ``"*"``) and fires with a probability drawn from its own RNG
stream (seed, rule index), so adding a rule never changes what another one does. ``times`` caps how
often it fires. Kinds:

- ``"429"``: answer 429 ``{"error": "too many requests"}`` (no Retry-After) before anything runs;
- ``"5xx"``: answer ``status`` (default 503) before anything runs;
- ``"drop_after_write"``: run the operation, then fail the connection (in-process: an
  ``httpx.ReadError``; loopback: the socket closes without an answer), to test reconciliation;
- ``"stale_read"``: answer a GET with the body the same path gave the time before.

WebSocket rules (``operations`` names channels, e.g. ``"orderbook_delta"``, or ``"*"``):

- ``"ws_drop"``: after sending a frame, drop the connection (loopback: closed with code 1011;
  in-process: ``session.dropped`` is set), as a flaky network would;
- ``"seq_gap"``: skip one ``seq`` number on a sequenced channel, as a lost message would look.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._errors import SimError

if TYPE_CHECKING:
    from ._rest import Request

KINDS = ("429", "5xx", "drop_after_write", "stale_read", "ws_drop", "seq_gap")


class ConnectionDroppedError(Exception):
    """The simulator applied the request and then dropped the connection (a fault rule)."""


@dataclass(slots=True)
class FaultRule:
    kind: str
    operations: tuple[str, ...] = ("*",)
    probability: float = 1.0
    times: int | None = None
    status: int = 503
    fired: int = 0
    rng: random.Random = field(default_factory=random.Random, repr=False)

    def applies(self, operation: str) -> bool:
        if "*" not in self.operations and operation not in self.operations:
            return False
        if self.times is not None and self.fired >= self.times:
            return False
        if self.probability < 1.0 and self.rng.random() >= self.probability:
            return False
        self.fired += 1
        return True


class Faults:
    """The active rules and what they have done."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.rules: list[FaultRule] = []
        self._last_bodies: dict[str, list[Any]] = {}

    def add(
        self,
        kind: str,
        *,
        operations: tuple[str, ...] | list[str] | str = "*",
        probability: float = 1.0,
        times: int | None = None,
        status: int = 503,
    ) -> FaultRule:
        """Add a rule (see the module docstring).

        Raises:
            ValueError: an unknown kind, a probability outside [0, 1] or a non-5xx ``status``.
        """
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {', '.join(KINDS)}")
        if not 0.0 <= probability <= 1.0:
            raise ValueError("probability must be in [0, 1]")
        if not 500 <= status <= 599:
            raise ValueError("status must be a 5xx")
        ops = (operations,) if isinstance(operations, str) else tuple(operations)
        rule = FaultRule(
            kind,
            ops,
            probability,
            times,
            status,
            rng=random.Random(f"fault:{self.seed}:{len(self.rules)}"),  # noqa: S311 - seeded faults
        )
        self.rules.append(rule)
        return rule

    def clear(self) -> None:
        self.rules.clear()

    def ws(self, kind: str, channel: str) -> bool:
        """Whether a WebSocket rule of ``kind`` fires now for ``channel``."""
        return any(rule.kind == kind and rule.applies(channel) for rule in self.rules)

    def before(self, operation: str, request: Request) -> None:
        for rule in self.rules:
            if rule.kind == "429" and rule.applies(operation):
                raise SimError.rate_limited()
            if rule.kind == "5xx" and rule.applies(operation):
                raise SimError(rule.status, "service_unavailable", "service unavailable", service="simulator")

    def after(self, operation: str, request: Request, status: int, body: Any) -> tuple[int, Any]:
        for rule in self.rules:
            if rule.kind == "drop_after_write" and request.method != "GET" and rule.applies(operation):
                raise ConnectionDroppedError(operation)
            if rule.kind == "stale_read" and request.method == "GET":
                history = self._last_bodies.setdefault(request.raw_path, [])
                history.append((status, body))
                del history[:-2]
                if len(history) == 2 and rule.applies(operation):
                    return history[0]  # type: ignore[no-any-return]
        return status, body
