from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="CFBenchmarksAvgData")


@_attrs_define
class CFBenchmarksAvgData:
    """Windowed-average metadata for a CF Benchmarks index value.

    Attributes:
        value (str | Unset): Average value over the window, formatted to 8 decimal places
        window_size (int | Unset): Number of ticks counted in the window
        window_start_ts_ms (int | Unset): Window start boundary (unix ms)
        window_end_ts_exclusive (int | Unset): Window end boundary, exclusive (unix ms)
    """

    value: str | Unset = UNSET
    window_size: int | Unset = UNSET
    window_start_ts_ms: int | Unset = UNSET
    window_end_ts_exclusive: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        window_size = self.window_size

        window_start_ts_ms = self.window_start_ts_ms

        window_end_ts_exclusive = self.window_end_ts_exclusive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if window_size is not UNSET:
            field_dict["window_size"] = window_size
        if window_start_ts_ms is not UNSET:
            field_dict["window_start_ts_ms"] = window_start_ts_ms
        if window_end_ts_exclusive is not UNSET:
            field_dict["window_end_ts_exclusive"] = window_end_ts_exclusive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        window_size = d.pop("window_size", UNSET)

        window_start_ts_ms = d.pop("window_start_ts_ms", UNSET)

        window_end_ts_exclusive = d.pop("window_end_ts_exclusive", UNSET)

        cf_benchmarks_avg_data = cls(
            value=value,
            window_size=window_size,
            window_start_ts_ms=window_start_ts_ms,
            window_end_ts_exclusive=window_end_ts_exclusive,
        )

        cf_benchmarks_avg_data.additional_properties = d
        return cf_benchmarks_avg_data

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
