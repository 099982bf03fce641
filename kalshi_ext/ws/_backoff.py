"""Reconnect delays: exponential backoff with full jitter and a cap.

``delay(n) = uniform(0, min(cap, base * factor**n))`` (AWS's "full jitter"): spreading
reconnects over the whole window stops many clients from hammering the server in lockstep
after an outage. Pure; the random source is injected so tests are exact.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from .._errors import KalshiConfigurationError


@dataclass(frozen=True, slots=True)
class ReconnectPolicy:
    """How the clients reconnect after losing the connection.

    Attributes:
        base: the first window, in seconds.
        factor: growth of the window per failed attempt.
        cap: the largest window, in seconds.
        max_attempts: consecutive failed attempts before giving up (None: never give up).
        enabled: False to never reconnect (a lost connection closes the client).
        healthy_after: a connection that lived this long resets the attempt count.
    """

    base: float = 0.5
    factor: float = 2.0
    cap: float = 30.0
    max_attempts: int | None = None
    enabled: bool = True
    healthy_after: float = 30.0

    def __post_init__(self) -> None:
        if not (self.base >= 0 and self.cap >= 0 and self.factor >= 1 and self.healthy_after >= 0):
            raise KalshiConfigurationError("ReconnectPolicy needs base >= 0, cap >= 0, factor >= 1, healthy_after >= 0")
        if self.max_attempts is not None and self.max_attempts < 0:
            raise KalshiConfigurationError("ReconnectPolicy.max_attempts must be >= 0 or None")

    def window(self, attempt: int) -> float:
        """The upper bound of the delay before attempt ``attempt`` (0-based)."""
        # min() before the power would overflow for large attempt counts.
        if self.base == 0:
            return 0.0
        window = self.base
        for _ in range(attempt):
            window *= self.factor
            if window >= self.cap:
                return self.cap
        return min(window, self.cap)

    def delay(self, attempt: int, rng: Callable[[], float] = random.random) -> float:
        """A full-jitter delay for attempt ``attempt``; ``rng`` returns a float in [0, 1)."""
        return self.window(attempt) * rng()

    def gives_up(self, attempt: int) -> bool:
        """True when attempt ``attempt`` (0-based) is beyond ``max_attempts``."""
        return not self.enabled or (self.max_attempts is not None and attempt >= self.max_attempts)
