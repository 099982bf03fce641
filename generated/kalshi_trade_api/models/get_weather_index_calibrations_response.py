from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.weather_index_calibration import WeatherIndexCalibration


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

    __slots__ = (
        "city",
        "units",
        "calibrations",
    )

    city: str
    """Index city ID. Required (reading raises MissingFieldError if absent)."""

    units: str
    """Always `celsius` — offsets and the city reference are Celsius quantities from the index methodology (the
    published index value itself is Fahrenheit). Required (reading raises MissingFieldError if absent)."""

    calibrations: list[WeatherIndexCalibration]
    """Configuration records, ascending by effective time. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "city": _t.StrField("city", required=True),
        "units": _t.StrField("units", required=True),
        "calibrations": _t.ModelListField(
            "calibrations",
            f"{__package__}.weather_index_calibration",
            "WeatherIndexCalibration",
            required=True,
            empty=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("city")) is str:
            self.city = v
        else:
            self._slow_field("city")
        if type(v := g("units")) is str:
            self.units = v
        else:
            self._slow_field("units")
        if type(v := g("calibrations")) is list:
            self.calibrations = _BUILD["calibrations"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("calibrations")

    def __init__(
        self,
        *,
        city: str | None | Unset = UNSET,
        units: str | None | Unset = UNSET,
        calibrations: list[WeatherIndexCalibration] | None | Unset = UNSET,
    ) -> None:
        """A GetWeatherIndexCalibrationsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("city", city)
        self._set("units", units)
        self._set("calibrations", calibrations)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "calibrations": _t.builder(GetWeatherIndexCalibrationsResponse, "calibrations"),
}
