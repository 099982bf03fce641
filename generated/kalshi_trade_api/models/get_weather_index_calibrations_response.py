from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.weather_index_calibration import WeatherIndexCalibration


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetWeatherIndexCalibrationsResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        city (str): Index city ID. Required (reading raises MissingFieldError if absent).
        units (str): Always `celsius` — offsets and the city reference are Celsius quantities from the index
            methodology (the published index value itself is Fahrenheit). Required (reading raises MissingFieldError
            if absent).
        calibrations (list[WeatherIndexCalibration]): Configuration records, ascending by effective time. Empty
            when absent or null.
    """

    __slots__ = ()

    city: str = _field(_t.StrField("city", required=True))
    """Index city ID. Required (reading raises MissingFieldError if absent)."""

    units: str = _field(_t.StrField("units", required=True))
    """Always `celsius` — offsets and the city reference are Celsius quantities from the index methodology (the
    published index value itself is Fahrenheit). Required (reading raises MissingFieldError if absent)."""

    calibrations: list[WeatherIndexCalibration] = _field(
        _t.ModelListField(
            "calibrations",
            f"{__package__}.weather_index_calibration",
            "WeatherIndexCalibration",
            required=True,
            empty=True,
        )
    )
    """Configuration records, ascending by effective time. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("city", _M)
        if type(v) is str:
            d["city"] = v
        elif v is not _M:
            slow("city")
        v = g("units", _M)
        if type(v) is str:
            d["units"] = v
        elif v is not _M:
            slow("units")
        v = g("calibrations", _M)
        if type(v) is list:
            d["calibrations"] = _convert["calibrations"](v)
        elif v is not _M:
            slow("calibrations")

    def __init__(
        self,
        *,
        city: str | None | Unset = UNSET,
        units: str | None | Unset = UNSET,
        calibrations: list[WeatherIndexCalibration] | None | Unset = UNSET,
    ) -> None:
        """A GetWeatherIndexCalibrationsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("city", city)
        self._set("units", units)
        self._set("calibrations", calibrations)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "calibrations": GetWeatherIndexCalibrationsResponse.__dict__["calibrations"].convert,
}
