from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="WeatherIndexCalibrationStation")


@_attrs_define
class WeatherIndexCalibrationStation:
    """
    Attributes:
        station_id (str | Unset): Member station ID (e.g. `KMIA1M`).
        weight (float | Unset): Base weight (weights sum to 1.0 across members).
        offset_c (float | Unset): Station offset in Celsius (positive = station normally runs warmer than its peers).
        update_note (str | Unset): Weekly-calibration disposition, present only on weekly calibration records: `updated
            ...` with the residual count, target, and applied adjustment, or `insufficient ...` when the prior offset was
            retained.
    """

    station_id: str | Unset = UNSET
    weight: float | Unset = UNSET
    offset_c: float | Unset = UNSET
    update_note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        station_id = self.station_id

        weight = self.weight

        offset_c = self.offset_c

        update_note = self.update_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if station_id is not UNSET:
            field_dict["station_id"] = station_id
        if weight is not UNSET:
            field_dict["weight"] = weight
        if offset_c is not UNSET:
            field_dict["offset_c"] = offset_c
        if update_note is not UNSET:
            field_dict["update_note"] = update_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        station_id = d.pop("station_id", UNSET)

        weight = d.pop("weight", UNSET)

        offset_c = d.pop("offset_c", UNSET)

        update_note = d.pop("update_note", UNSET)

        weather_index_calibration_station = cls(
            station_id=station_id,
            weight=weight,
            offset_c=offset_c,
            update_note=update_note,
        )

        weather_index_calibration_station.additional_properties = d
        return weather_index_calibration_station

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
