from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.weather_index_calibration_station import WeatherIndexCalibrationStation


T = TypeVar("T", bound="WeatherIndexCalibration")


@_attrs_define
class WeatherIndexCalibration:
    """
    Attributes:
        config_version (str | Unset): Configuration version (e.g. `miami-temperature-v1.0-cal-20260831`). Index points
            report the version they were computed under in their `config_version` field.
        published_at_ms (int | Unset): When the record was published, unix milliseconds UTC.
        effective_at_ms (int | Unset): The record governs event minutes at or after this time (unix milliseconds UTC),
            until superseded by the next record.
        change_reason (str | Unset): Why the configuration changed.
        calibration_window_start_ms (int | Unset): Start of the trailing observation window the offsets were estimated
            from. Absent on records not derived from a calibration window (the launch configuration).
        calibration_window_end_ms (int | Unset): End of the calibration window (exclusive).
        city_reference_c (float | Unset): City reference B_c in Celsius: the weight-dot-offset sum over all configured
            member stations.
        stations (list[WeatherIndexCalibrationStation] | Unset): Configured member stations, in configuration order.
    """

    config_version: str | Unset = UNSET
    published_at_ms: int | Unset = UNSET
    effective_at_ms: int | Unset = UNSET
    change_reason: str | Unset = UNSET
    calibration_window_start_ms: int | Unset = UNSET
    calibration_window_end_ms: int | Unset = UNSET
    city_reference_c: float | Unset = UNSET
    stations: list[WeatherIndexCalibrationStation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_version = self.config_version

        published_at_ms = self.published_at_ms

        effective_at_ms = self.effective_at_ms

        change_reason = self.change_reason

        calibration_window_start_ms = self.calibration_window_start_ms

        calibration_window_end_ms = self.calibration_window_end_ms

        city_reference_c = self.city_reference_c

        stations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stations, Unset):
            stations = []
            for stations_item_data in self.stations:
                stations_item = stations_item_data.to_dict()
                stations.append(stations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config_version is not UNSET:
            field_dict["config_version"] = config_version
        if published_at_ms is not UNSET:
            field_dict["published_at_ms"] = published_at_ms
        if effective_at_ms is not UNSET:
            field_dict["effective_at_ms"] = effective_at_ms
        if change_reason is not UNSET:
            field_dict["change_reason"] = change_reason
        if calibration_window_start_ms is not UNSET:
            field_dict["calibration_window_start_ms"] = calibration_window_start_ms
        if calibration_window_end_ms is not UNSET:
            field_dict["calibration_window_end_ms"] = calibration_window_end_ms
        if city_reference_c is not UNSET:
            field_dict["city_reference_c"] = city_reference_c
        if stations is not UNSET:
            field_dict["stations"] = stations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.weather_index_calibration_station import WeatherIndexCalibrationStation  # noqa: PLC0415

        d = dict(src_dict)
        config_version = d.pop("config_version", UNSET)

        published_at_ms = d.pop("published_at_ms", UNSET)

        effective_at_ms = d.pop("effective_at_ms", UNSET)

        change_reason = d.pop("change_reason", UNSET)

        calibration_window_start_ms = d.pop("calibration_window_start_ms", UNSET)

        calibration_window_end_ms = d.pop("calibration_window_end_ms", UNSET)

        city_reference_c = d.pop("city_reference_c", UNSET)

        _stations = d.pop("stations", UNSET)
        stations: list[WeatherIndexCalibrationStation] | Unset = UNSET
        if _stations is not UNSET:
            stations = LazyList(
                _stations or [], WeatherIndexCalibrationStation, WeatherIndexCalibrationStation.from_dict
            )

        weather_index_calibration = cls(
            config_version=config_version,
            published_at_ms=published_at_ms,
            effective_at_ms=effective_at_ms,
            change_reason=change_reason,
            calibration_window_start_ms=calibration_window_start_ms,
            calibration_window_end_ms=calibration_window_end_ms,
            city_reference_c=city_reference_c,
            stations=stations,
        )

        weather_index_calibration.additional_properties = d
        return weather_index_calibration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
