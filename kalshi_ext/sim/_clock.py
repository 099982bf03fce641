"""The simulator's time: a clock the caller drives, and one scheduler ordered by (time, seq).

The engine never reads the wall clock. In-process the caller advances time
(:meth:`SimClock.advance`); the loopback servers may let it follow the wall clock at a scale. Every
timed thing (expiries, closes, settlement timers, agent ticks, order-group windows) is a scheduled
callback, run in (time, insertion) order, so one seed gives one history.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

# 2026-01-01T00:00:00Z: a fixed start, so transcripts do not depend on when a run happens.
DEFAULT_START_MS = 1_767_225_600_000


@dataclass(order=True)
class _Timer:
    at_ms: int
    seq: int
    fn: Callable[[], None] = field(compare=False)
    cancelled: bool = field(default=False, compare=False)


class SimClock:
    """Milliseconds since the epoch, moved only by :meth:`advance` / :meth:`set`.

    ``advance`` runs every timer that falls due, in order, each with the clock set to its own due
    time (so an expiry at t+5 s is stamped t+5 s even if the caller jumps an hour).
    """

    def __init__(self, start_ms: int = DEFAULT_START_MS) -> None:
        self._now = start_ms
        self._heap: list[_Timer] = []
        self._seq = itertools.count()

    def now_ms(self) -> int:
        """The current simulated time in milliseconds since the epoch."""
        return self._now

    def now_s(self) -> int:
        return self._now // 1000

    def iso(self, ms: int | None = None) -> str:
        """RFC 3339 with microseconds and ``Z``, as Kalshi writes ``created_time``."""
        when = datetime.fromtimestamp((self._now if ms is None else ms) / 1000, tz=UTC)
        return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def at(self, at_ms: int, fn: Callable[[], None]) -> _Timer:
        """Run ``fn`` when the clock reaches ``at_ms`` (at once on the next advance if past)."""
        timer = _Timer(at_ms, next(self._seq), fn)
        heapq.heappush(self._heap, timer)
        return timer

    def after(self, delay_ms: int, fn: Callable[[], None]) -> _Timer:
        return self.at(self._now + delay_ms, fn)

    def next_due(self) -> int | None:
        """When the next live timer is due, or None."""
        while self._heap and self._heap[0].cancelled:
            heapq.heappop(self._heap)
        return self._heap[0].at_ms if self._heap else None

    def advance(self, seconds: float = 0.0) -> None:
        """Move time forward by ``seconds`` (>= 0), running every timer due on the way.

        Raises:
            ValueError: a negative ``seconds``.
        """
        if seconds < 0:
            raise ValueError("time only moves forward")
        self.set(self._now + round(seconds * 1000))

    def set(self, at_ms: int) -> None:
        """Move time forward to ``at_ms``, running due timers (moving backwards is refused).

        Raises:
            ValueError: ``at_ms`` is before now.
        """
        if at_ms < self._now:
            raise ValueError("time only moves forward")
        while True:
            due = self.next_due()
            if due is None or due > at_ms:
                break
            timer = heapq.heappop(self._heap)
            self._now = max(self._now, timer.at_ms)
            timer.fn()
        self._now = at_ms
