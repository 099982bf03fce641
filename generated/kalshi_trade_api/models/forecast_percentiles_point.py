from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.percentile_point import PercentilePoint


class ForecastPercentilesPoint(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        event_ticker (str): The event ticker this forecast is for. Required (reading raises MissingFieldError if
            absent).
        end_period_ts (int): Unix timestamp for the inclusive end of the forecast period. Required (reading
            raises MissingFieldError if absent).
        period_interval (int): Length of the forecast period in minutes. Required (reading raises
            MissingFieldError if absent).
        percentile_points (list[PercentilePoint]): Array of forecast values at different percentiles. Empty when
            absent or null.
    """

    __slots__ = (
        "event_ticker",
        "end_period_ts",
        "period_interval",
        "percentile_points",
    )

    event_ticker: str
    """The event ticker this forecast is for. Required (reading raises MissingFieldError if absent)."""

    end_period_ts: int
    """Unix timestamp for the inclusive end of the forecast period. Required (reading raises MissingFieldError if
    absent)."""

    period_interval: int
    """Length of the forecast period in minutes. Required (reading raises MissingFieldError if absent)."""

    percentile_points: list[PercentilePoint]
    """Array of forecast values at different percentiles. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "event_ticker": _t.StrField("event_ticker", required=True),
        "end_period_ts": _t.IntField("end_period_ts", required=True),
        "period_interval": _t.IntField("period_interval", required=True),
        "percentile_points": _t.ModelListField(
            "percentile_points", f"{__package__}.percentile_point", "PercentilePoint", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("event_ticker")) is str:
            self.event_ticker = v
        else:
            self._slow_field("event_ticker")
        if type(v := g("end_period_ts")) is int:
            self.end_period_ts = v
        else:
            self._slow_field("end_period_ts")
        if type(v := g("period_interval")) is int:
            self.period_interval = v
        else:
            self._slow_field("period_interval")
        if type(v := g("percentile_points")) is list:
            self.percentile_points = _BUILD["percentile_points"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("percentile_points")

    def __init__(
        self,
        *,
        event_ticker: str | None | Unset = UNSET,
        end_period_ts: int | None | Unset = UNSET,
        period_interval: int | None | Unset = UNSET,
        percentile_points: list[PercentilePoint] | None | Unset = UNSET,
    ) -> None:
        """A ForecastPercentilesPoint from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("event_ticker", event_ticker)
        self._set("end_period_ts", end_period_ts)
        self._set("period_interval", period_interval)
        self._set("percentile_points", percentile_points)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "percentile_points": _t.builder(ForecastPercentilesPoint, "percentile_points"),
}
