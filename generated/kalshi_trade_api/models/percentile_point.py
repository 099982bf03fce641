from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class PercentilePoint(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        percentile (int): The percentile value (0-9999). Required (reading raises MissingFieldError if absent).
        raw_numerical_forecast (float): The raw numerical forecast value. Required (reading raises
            MissingFieldError if absent).
        numerical_forecast (float): The processed numerical forecast value. Required (reading raises
            MissingFieldError if absent).
        formatted_forecast (str): The human-readable formatted forecast value. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = (
        "percentile",
        "raw_numerical_forecast",
        "numerical_forecast",
        "formatted_forecast",
    )

    percentile: int
    """The percentile value (0-9999). Required (reading raises MissingFieldError if absent)."""

    raw_numerical_forecast: float
    """The raw numerical forecast value. Required (reading raises MissingFieldError if absent)."""

    numerical_forecast: float
    """The processed numerical forecast value. Required (reading raises MissingFieldError if absent)."""

    formatted_forecast: str
    """The human-readable formatted forecast value. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "percentile": _t.IntField("percentile", required=True),
        "raw_numerical_forecast": _t.FloatField("raw_numerical_forecast", required=True),
        "numerical_forecast": _t.FloatField("numerical_forecast", required=True),
        "formatted_forecast": _t.StrField("formatted_forecast", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("percentile")) is int:
            self.percentile = v
        else:
            self._slow_field("percentile")
        if type(v := g("raw_numerical_forecast")) is float:
            self.raw_numerical_forecast = v
        elif type(v) is int:
            self.raw_numerical_forecast = float(v)
        else:
            self._slow_field("raw_numerical_forecast")
        if type(v := g("numerical_forecast")) is float:
            self.numerical_forecast = v
        elif type(v) is int:
            self.numerical_forecast = float(v)
        else:
            self._slow_field("numerical_forecast")
        if type(v := g("formatted_forecast")) is str:
            self.formatted_forecast = v
        else:
            self._slow_field("formatted_forecast")

    def __init__(
        self,
        *,
        percentile: int | None | Unset = UNSET,
        raw_numerical_forecast: float | None | Unset = UNSET,
        numerical_forecast: float | None | Unset = UNSET,
        formatted_forecast: str | None | Unset = UNSET,
    ) -> None:
        """A PercentilePoint from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("percentile", percentile)
        self._set("raw_numerical_forecast", raw_numerical_forecast)
        self._set("numerical_forecast", numerical_forecast)
        self._set("formatted_forecast", formatted_forecast)
