from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    percentile: int = _field(_t.IntField("percentile", required=True))
    """The percentile value (0-9999). Required (reading raises MissingFieldError if absent)."""

    raw_numerical_forecast: float = _field(_t.FloatField("raw_numerical_forecast", required=True))
    """The raw numerical forecast value. Required (reading raises MissingFieldError if absent)."""

    numerical_forecast: float = _field(_t.FloatField("numerical_forecast", required=True))
    """The processed numerical forecast value. Required (reading raises MissingFieldError if absent)."""

    formatted_forecast: str = _field(_t.StrField("formatted_forecast", required=True))
    """The human-readable formatted forecast value. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("percentile", _M)
        if type(v) is int:
            d["percentile"] = v
        elif v is not _M:
            slow("percentile")
        v = g("raw_numerical_forecast", _M)
        if type(v) is float:
            d["raw_numerical_forecast"] = v
        elif type(v) is int:
            d["raw_numerical_forecast"] = float(v)
        elif v is not _M:
            slow("raw_numerical_forecast")
        v = g("numerical_forecast", _M)
        if type(v) is float:
            d["numerical_forecast"] = v
        elif type(v) is int:
            d["numerical_forecast"] = float(v)
        elif v is not _M:
            slow("numerical_forecast")
        v = g("formatted_forecast", _M)
        if type(v) is str:
            d["formatted_forecast"] = v
        elif v is not _M:
            slow("formatted_forecast")

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
        self._set("percentile", percentile)
        self._set("raw_numerical_forecast", raw_numerical_forecast)
        self._set("numerical_forecast", numerical_forecast)
        self._set("formatted_forecast", formatted_forecast)
