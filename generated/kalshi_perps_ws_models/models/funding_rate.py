from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class FundingRate(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        rate (float): Funding rate as a decimal value. Required (reading raises MissingFieldError if absent).
        next_funding_time_ms (int): Unix timestamp in milliseconds for the next funding time. Required (reading
            raises MissingFieldError if absent).
        ts_ms (int): Unix timestamp in milliseconds for the funding snapshot. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = (
        "rate",
        "next_funding_time_ms",
        "ts_ms",
    )

    rate: float
    """Funding rate as a decimal value. Required (reading raises MissingFieldError if absent)."""

    next_funding_time_ms: int
    """Unix timestamp in milliseconds for the next funding time. Required (reading raises MissingFieldError if
    absent)."""

    ts_ms: int
    """Unix timestamp in milliseconds for the funding snapshot. Required (reading raises MissingFieldError if
    absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "rate": _t.FloatField("rate", required=True),
        "next_funding_time_ms": _t.IntField("next_funding_time_ms", required=True),
        "ts_ms": _t.IntField("ts_ms", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("rate")) is float:
            self.rate = v
        elif type(v) is int:
            self.rate = float(v)
        else:
            self._slow_field("rate")
        if type(v := g("next_funding_time_ms")) is int:
            self.next_funding_time_ms = v
        else:
            self._slow_field("next_funding_time_ms")
        if type(v := g("ts_ms")) is int:
            self.ts_ms = v
        else:
            self._slow_field("ts_ms")

    def __init__(
        self,
        *,
        rate: float | None | Unset = UNSET,
        next_funding_time_ms: int | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
    ) -> None:
        """A FundingRate from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("rate", rate)
        self._set("next_funding_time_ms", next_funding_time_ms)
        self._set("ts_ms", ts_ms)
