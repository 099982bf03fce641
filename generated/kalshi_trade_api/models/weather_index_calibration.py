from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.weather_index_calibration_station import WeatherIndexCalibrationStation


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

    __slots__ = (
        "config_version",
        "published_at_ms",
        "effective_at_ms",
        "change_reason",
        "calibration_window_start_ms",
        "calibration_window_end_ms",
        "city_reference_c",
        "stations",
    )

    config_version: str
    """Configuration version (e.g. `miami-temperature-v1.0-cal-20260831`). Index points report the version they
    were computed under in their `config_version` field. Required (reading raises MissingFieldError if absent)."""

    published_at_ms: int | None
    """When the record was published, unix milliseconds UTC. Optional (None if absent)."""

    effective_at_ms: int
    """The record governs event minutes at or after this time (unix milliseconds UTC), until superseded by the next
    record. Required (reading raises MissingFieldError if absent)."""

    change_reason: str | None
    """Why the configuration changed. Optional (None if absent)."""

    calibration_window_start_ms: int | None
    """Start of the trailing observation window the offsets were estimated from. Absent on records not derived from
    a calibration window (the launch configuration). Optional (None if absent)."""

    calibration_window_end_ms: int | None
    """End of the calibration window (exclusive). Optional (None if absent)."""

    city_reference_c: float
    """City reference B_c in Celsius: the weight-dot-offset sum over all configured member stations. Required
    (reading raises MissingFieldError if absent)."""

    stations: list[WeatherIndexCalibrationStation]
    """Configured member stations, in configuration order. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "config_version": _t.StrField("config_version", required=True),
        "published_at_ms": _t.IntField("published_at_ms"),
        "effective_at_ms": _t.IntField("effective_at_ms", required=True),
        "change_reason": _t.StrField("change_reason"),
        "calibration_window_start_ms": _t.IntField("calibration_window_start_ms"),
        "calibration_window_end_ms": _t.IntField("calibration_window_end_ms"),
        "city_reference_c": _t.FloatField("city_reference_c", required=True),
        "stations": _t.ModelListField(
            "stations",
            f"{__package__}.weather_index_calibration_station",
            "WeatherIndexCalibrationStation",
            required=True,
            empty=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        raw = self._raw
        g = raw.get
        if next(iter(raw), None) is not _KEYS.first:  # another decoder's key objects: adopt them
            _KEYS.adopt(raw)
        (
            k_config_version,
            k_published_at_ms,
            k_effective_at_ms,
            k_change_reason,
            k_calibration_window_start_ms,
            k_calibration_window_end_ms,
            k_city_reference_c,
            k_stations,
        ) = _KEYS.keys
        if type(v := g(k_config_version)) is str:
            self.config_version = v
        else:
            self._slow_field("config_version")
        if type(v := g(k_published_at_ms)) is int:
            self.published_at_ms = v
        elif v is None:
            self.published_at_ms = None
        else:
            self._slow_field("published_at_ms")
        if type(v := g(k_effective_at_ms)) is int:
            self.effective_at_ms = v
        else:
            self._slow_field("effective_at_ms")
        if type(v := g(k_change_reason)) is str:
            self.change_reason = v
        elif v is None:
            self.change_reason = None
        else:
            self._slow_field("change_reason")
        if type(v := g(k_calibration_window_start_ms)) is int:
            self.calibration_window_start_ms = v
        elif v is None:
            self.calibration_window_start_ms = None
        else:
            self._slow_field("calibration_window_start_ms")
        if type(v := g(k_calibration_window_end_ms)) is int:
            self.calibration_window_end_ms = v
        elif v is None:
            self.calibration_window_end_ms = None
        else:
            self._slow_field("calibration_window_end_ms")
        if type(v := g(k_city_reference_c)) is float:
            self.city_reference_c = v
        elif type(v) is int:
            self.city_reference_c = float(v)
        else:
            self._slow_field("city_reference_c")
        if type(v := g(k_stations)) is list:
            self.stations = _BUILD["stations"](v)
        elif v is not None:  # absent or null: the field reads it as empty
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


_KEYS = _t.JsonKeys(*(field.key for field in WeatherIndexCalibration._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "stations": _t.builder(WeatherIndexCalibration, "stations"),
}
