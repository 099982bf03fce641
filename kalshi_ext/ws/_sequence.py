"""Per-subscription sequence checking.

Kalshi numbers the messages of each subscription (``sid``) with ``seq`` 1, 2, 3, ... A jump
means messages were lost; a repeat or a step back means the stream was replayed or restarted.
Either way, state built from the stream (an order book) can no longer be trusted.
"""

from __future__ import annotations

from enum import Enum


class SeqStatus(Enum):
    """The verdict on one ``seq``."""

    OK = "ok"
    GAP = "gap"
    BACKWARDS = "backwards"


class SequenceTracker:
    """Remembers the last ``seq`` of every ``sid``.

    The first ``seq`` seen on a sid is accepted as the baseline. After a gap or a step back the
    new value becomes the baseline, so one lost message is reported once, not on every message.
    """

    __slots__ = ("_last",)

    def __init__(self) -> None:
        self._last: dict[int, int] = {}

    @property
    def last_seqs(self) -> dict[int, int]:
        """The live ``sid -> last seq`` table (the dispatcher's fast path updates it in place)."""
        return self._last

    def check(self, sid: int, seq: int) -> tuple[SeqStatus, int | None]:
        """Record ``seq`` for ``sid``; return the verdict and the ``seq`` that was expected."""
        last = self._last.get(sid)
        self._last[sid] = seq
        if last is None:
            return SeqStatus.OK, None
        expected = last + 1
        if seq == expected:
            return SeqStatus.OK, expected
        return (SeqStatus.GAP if seq > expected else SeqStatus.BACKWARDS), expected

    def last(self, sid: int) -> int | None:
        """The last ``seq`` recorded for ``sid``."""
        return self._last.get(sid)

    def forget(self, sid: int) -> None:
        """Drop a sid (unsubscribed, or a new connection that reuses numbers)."""
        self._last.pop(sid, None)

    def clear(self) -> None:
        """Forget every sid (a new connection starts new sequences)."""
        self._last.clear()
