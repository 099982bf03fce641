from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.weather_index_calibration_station import WeatherIndexCalibrationStation


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class WeatherIndexCalibration(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        config_version (str): Configuration version (e.g. `miami-temperature-v1.0-cal-20260831`). Index points
            report the version they were computed under in their `config_version` field. Required (reading raises
            MissingFieldError if absent).
        published_at_ms (int): When the record was published, unix milliseconds UTC. Optional (None if absent).
        effective_at_ms (int): The record governs event minutes at or after this time (unix milliseconds UTC),
            until superseded by the next record. Required (reading raises MissingFieldError if absent).
        change_reason (str): Why the configuration changed. Optional (None if absent).
        calibration_window_start_ms (int): Start of the trailing observation window the offsets were estimated
            from. Absent on records not derived from a calibration window (the launch configuration). Optional (None
            if absent).
        calibration_window_end_ms (int): End of the calibration window (exclusive). Optional (None if absent).
        city_reference_c (float): City reference B_c in Celsius: the weight-dot-offset sum over all configured
            member stations. Required (reading raises MissingFieldError if absent).
        stations (list[WeatherIndexCalibrationStation]): Configured member stations, in configuration order.
            Empty when absent or null.
    """

    __slots__ = ()

    config_version: str = _field(_t.StrField("config_version", required=True))
    """Configuration version (e.g. `miami-temperature-v1.0-cal-20260831`). Index points report the version they
    were computed under in their `config_version` field. Required (reading raises MissingFieldError if absent)."""

    published_at_ms: int | None = _field(_t.IntField("published_at_ms"))
    """When the record was published, unix milliseconds UTC. Optional (None if absent)."""

    effective_at_ms: int = _field(_t.IntField("effective_at_ms", required=True))
    """The record governs event minutes at or after this time (unix milliseconds UTC), until superseded by the next
    record. Required (reading raises MissingFieldError if absent)."""

    change_reason: str | None = _field(_t.StrField("change_reason"))
    """Why the configuration changed. Optional (None if absent)."""

    calibration_window_start_ms: int | None = _field(_t.IntField("calibration_window_start_ms"))
    """Start of the trailing observation window the offsets were estimated from. Absent on records not derived from
    a calibration window (the launch configuration). Optional (None if absent)."""

    calibration_window_end_ms: int | None = _field(_t.IntField("calibration_window_end_ms"))
    """End of the calibration window (exclusive). Optional (None if absent)."""

    city_reference_c: float = _field(_t.FloatField("city_reference_c", required=True))
    """City reference B_c in Celsius: the weight-dot-offset sum over all configured member stations. Required
    (reading raises MissingFieldError if absent)."""

    stations: list[WeatherIndexCalibrationStation] = _field(
        _t.ModelListField(
            "stations",
            f"{__package__}.weather_index_calibration_station",
            "WeatherIndexCalibrationStation",
            required=True,
            empty=True,
        )
    )
    """Configured member stations, in configuration order. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("config_version")) is str:
            d["config_version"] = v
        else:
            self._slow_field("config_version")
        if type(v := g("published_at_ms")) is int:
            d["published_at_ms"] = v
        elif v is None:
            d["published_at_ms"] = None
        else:
            self._slow_field("published_at_ms")
        if type(v := g("effective_at_ms")) is int:
            d["effective_at_ms"] = v
        else:
            self._slow_field("effective_at_ms")
        if type(v := g("change_reason")) is str:
            d["change_reason"] = v
        elif v is None:
            d["change_reason"] = None
        else:
            self._slow_field("change_reason")
        if type(v := g("calibration_window_start_ms")) is int:
            d["calibration_window_start_ms"] = v
        elif v is None:
            d["calibration_window_start_ms"] = None
        else:
            self._slow_field("calibration_window_start_ms")
        if type(v := g("calibration_window_end_ms")) is int:
            d["calibration_window_end_ms"] = v
        elif v is None:
            d["calibration_window_end_ms"] = None
        else:
            self._slow_field("calibration_window_end_ms")
        if type(v := g("city_reference_c")) is float:
            d["city_reference_c"] = v
        elif type(v) is int:
            d["city_reference_c"] = float(v)
        else:
            self._slow_field("city_reference_c")
        if type(v := g("stations")) is list:
            d["stations"] = _BUILD["stations"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("stations")

    def __init__(
        self,
        *,
        config_version: str | None | Unset = UNSET,
        published_at_ms: int | None | Unset = UNSET,
        effective_at_ms: int | None | Unset = UNSET,
        change_reason: str | None | Unset = UNSET,
        calibration_window_start_ms: int | None | Unset = UNSET,
        calibration_window_end_ms: int | None | Unset = UNSET,
        city_reference_c: float | None | Unset = UNSET,
        stations: list[WeatherIndexCalibrationStation] | None | Unset = UNSET,
    ) -> None:
        """A WeatherIndexCalibration from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("config_version", config_version)
        self._set("published_at_ms", published_at_ms)
        self._set("effective_at_ms", effective_at_ms)
        self._set("change_reason", change_reason)
        self._set("calibration_window_start_ms", calibration_window_start_ms)
        self._set("calibration_window_end_ms", calibration_window_end_ms)
        self._set("city_reference_c", city_reference_c)
        self._set("stations", stations)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "stations": WeatherIndexCalibration.__dict__["stations"].build,
}
