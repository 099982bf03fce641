from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.weather_index_point import WeatherIndexPoint


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetWeatherIndexResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        city (str): Index city ID. Required (reading raises MissingFieldError if absent).
        config_version (str): Index configuration version of the newest returned point (e.g. `miami-
            temperature-v1.0`). Empty when no points matched the window. Optional (None if absent).
        units (str): Always `fahrenheit`. Required (reading raises MissingFieldError if absent).
        timeseries (list[WeatherIndexPoint]): Empty when absent or null.
    """

    __slots__ = ()

    city: str = _field(_t.StrField("city", required=True))
    """Index city ID. Required (reading raises MissingFieldError if absent)."""

    config_version: str | None = _field(_t.StrField("config_version"))
    """Index configuration version of the newest returned point (e.g. `miami-temperature-v1.0`). Empty when no
    points matched the window. Optional (None if absent)."""

    units: str = _field(_t.StrField("units", required=True))
    """Always `fahrenheit`. Required (reading raises MissingFieldError if absent)."""

    timeseries: list[WeatherIndexPoint] = _field(
        _t.ModelListField(
            "timeseries", f"{__package__}.weather_index_point", "WeatherIndexPoint", required=True, empty=True
        )
    )
    """Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("city")) is str:
            d["city"] = v
        else:
            self._slow_field("city")
        if type(v := g("config_version")) is str:
            d["config_version"] = v
        elif v is None:
            d["config_version"] = None
        else:
            self._slow_field("config_version")
        if type(v := g("units")) is str:
            d["units"] = v
        else:
            self._slow_field("units")
        if type(v := g("timeseries")) is list:
            d["timeseries"] = _BUILD["timeseries"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "timeseries": GetWeatherIndexResponse.__dict__["timeseries"].build,
}
