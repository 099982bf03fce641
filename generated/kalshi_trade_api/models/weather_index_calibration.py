from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.weather_index_calibration_station import WeatherIndexCalibrationStation


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


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
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("config_version", _M)
        if type(v) is str:
            d["config_version"] = v
        elif v is not _M:
            slow("config_version")
        v = g("published_at_ms", _M)
        if type(v) is int:
            d["published_at_ms"] = v
        elif v is None:
            d["published_at_ms"] = None
        elif v is not _M:
            slow("published_at_ms")
        v = g("effective_at_ms", _M)
        if type(v) is int:
            d["effective_at_ms"] = v
        elif v is not _M:
            slow("effective_at_ms")
        v = g("change_reason", _M)
        if type(v) is str:
            d["change_reason"] = v
        elif v is None:
            d["change_reason"] = None
        elif v is not _M:
            slow("change_reason")
        v = g("calibration_window_start_ms", _M)
        if type(v) is int:
            d["calibration_window_start_ms"] = v
        elif v is None:
            d["calibration_window_start_ms"] = None
        elif v is not _M:
            slow("calibration_window_start_ms")
        v = g("calibration_window_end_ms", _M)
        if type(v) is int:
            d["calibration_window_end_ms"] = v
        elif v is None:
            d["calibration_window_end_ms"] = None
        elif v is not _M:
            slow("calibration_window_end_ms")
        v = g("city_reference_c", _M)
        if type(v) is float:
            d["city_reference_c"] = v
        elif type(v) is int:
            d["city_reference_c"] = float(v)
        elif v is not _M:
            slow("city_reference_c")
        v = g("stations", _M)
        if type(v) is list:
            d["stations"] = _convert["stations"](v)
        elif v is not _M:
            slow("stations")

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
        self._set("config_version", config_version)
        self._set("published_at_ms", published_at_ms)
        self._set("effective_at_ms", effective_at_ms)
        self._set("change_reason", change_reason)
        self._set("calibration_window_start_ms", calibration_window_start_ms)
        self._set("calibration_window_end_ms", calibration_window_end_ms)
        self._set("city_reference_c", city_reference_c)
        self._set("stations", stations)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "stations": WeatherIndexCalibration.__dict__["stations"].convert,
}
