from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.percentile_point import PercentilePoint


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    event_ticker: str = _field(_t.StrField("event_ticker", required=True))
    """The event ticker this forecast is for. Required (reading raises MissingFieldError if absent)."""

    end_period_ts: int = _field(_t.IntField("end_period_ts", required=True))
    """Unix timestamp for the inclusive end of the forecast period. Required (reading raises MissingFieldError if
    absent)."""

    period_interval: int = _field(_t.IntField("period_interval", required=True))
    """Length of the forecast period in minutes. Required (reading raises MissingFieldError if absent)."""

    percentile_points: list[PercentilePoint] = _field(
        _t.ModelListField(
            "percentile_points", f"{__package__}.percentile_point", "PercentilePoint", required=True, empty=True
        )
    )
    """Array of forecast values at different percentiles. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("event_ticker")) is str:
            d["event_ticker"] = v
        else:
            self._slow_field("event_ticker")
        if type(v := g("end_period_ts")) is int:
            d["end_period_ts"] = v
        else:
            self._slow_field("end_period_ts")
        if type(v := g("period_interval")) is int:
            d["period_interval"] = v
        else:
            self._slow_field("period_interval")
        if type(v := g("percentile_points")) is list:
            d["percentile_points"] = _BUILD["percentile_points"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "percentile_points": ForecastPercentilesPoint.__dict__["percentile_points"].build,
}
