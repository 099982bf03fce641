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
    from ..models.weather_index_point import WeatherIndexPoint


T = TypeVar("T", bound="GetWeatherIndexResponse")


@_attrs_define
class GetWeatherIndexResponse:
    """
    Attributes:
        city (str | Unset): Index city ID.
        config_version (str | Unset): Index configuration version of the newest returned point (e.g. `miami-
            temperature-v1.0`). Empty when no points matched the window.
        units (str | Unset): Always `fahrenheit`.
        timeseries (list[WeatherIndexPoint] | Unset):
    """

    city: str | Unset = UNSET
    config_version: str | Unset = UNSET
    units: str | Unset = UNSET
    timeseries: list[WeatherIndexPoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        config_version = self.config_version

        units = self.units

        timeseries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.timeseries, Unset):
            timeseries = []
            for timeseries_item_data in self.timeseries:
                timeseries_item = timeseries_item_data.to_dict()
                timeseries.append(timeseries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if config_version is not UNSET:
            field_dict["config_version"] = config_version
        if units is not UNSET:
            field_dict["units"] = units
        if timeseries is not UNSET:
            field_dict["timeseries"] = timeseries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.weather_index_point import WeatherIndexPoint  # noqa: PLC0415

        d = dict(src_dict)
        city = d.pop("city", UNSET)

        config_version = d.pop("config_version", UNSET)

        units = d.pop("units", UNSET)

        _timeseries = d.pop("timeseries", UNSET)
        timeseries: list[WeatherIndexPoint] | Unset = UNSET
        if _timeseries is not UNSET:
            timeseries = LazyList(_timeseries or [], WeatherIndexPoint, WeatherIndexPoint.from_dict)

        get_weather_index_response = cls(
            city=city,
            config_version=config_version,
            units=units,
            timeseries=timeseries,
        )

        get_weather_index_response.additional_properties = d
        return get_weather_index_response

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
