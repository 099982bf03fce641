from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.weather_index_point import WeatherIndexPoint


class GetWeatherIndexResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        city (str): Index city ID. Required (reading raises MissingFieldError if absent).
        config_version (str): Index configuration version of the newest returned point (e.g. `miami-
            temperature-v1.0`). Empty when no points matched the window. Optional (None if absent).
        units (str): Always `fahrenheit`. Required (reading raises MissingFieldError if absent).
        timeseries (list[WeatherIndexPoint]): Empty when absent or null.
    """

    __slots__ = (
        "city",
        "config_version",
        "units",
        "timeseries",
    )

    city: str
    """Index city ID. Required (reading raises MissingFieldError if absent)."""

    config_version: str | None
    """Index configuration version of the newest returned point (e.g. `miami-temperature-v1.0`). Empty when no
    points matched the window. Optional (None if absent)."""

    units: str
    """Always `fahrenheit`. Required (reading raises MissingFieldError if absent)."""

    timeseries: list[WeatherIndexPoint]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "city": _t.StrField("city", required=True),
        "config_version": _t.StrField("config_version"),
        "units": _t.StrField("units", required=True),
        "timeseries": _t.ModelListField(
            "timeseries", f"{__package__}.weather_index_point", "WeatherIndexPoint", required=True, empty=True
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
        if type(v := g("config_version")) is str:
            self.config_version = v
        elif v is None:
            self.config_version = None
        else:
            self._slow_field("config_version")
        if type(v := g("units")) is str:
            self.units = v
        else:
            self._slow_field("units")
        if type(v := g("timeseries")) is list:
            self.timeseries = _BUILD["timeseries"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("timeseries")

    def __init__(
        self,
        *,
        city: str | None | Unset = UNSET,
        config_version: str | None | Unset = UNSET,
        units: str | None | Unset = UNSET,
        timeseries: list[WeatherIndexPoint] | None | Unset = UNSET,
    ) -> None:
        """A GetWeatherIndexResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("city", city)
        self._set("config_version", config_version)
        self._set("units", units)
        self._set("timeseries", timeseries)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "timeseries": _t.builder(GetWeatherIndexResponse, "timeseries"),
}
