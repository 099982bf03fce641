from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="FundingRate")


@_attrs_define
class FundingRate:
    """
    Attributes:
        rate (float | Unset): Funding rate as a decimal value.
        next_funding_time_ms (int | Unset): Unix timestamp in milliseconds for the next funding time.
        ts_ms (int | Unset): Unix timestamp in milliseconds for the funding snapshot.
    """

    rate: float | Unset = UNSET
    next_funding_time_ms: int | Unset = UNSET
    ts_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate = self.rate

        next_funding_time_ms = self.next_funding_time_ms

        ts_ms = self.ts_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate is not UNSET:
            field_dict["rate"] = rate
        if next_funding_time_ms is not UNSET:
            field_dict["next_funding_time_ms"] = next_funding_time_ms
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rate = d.pop("rate", UNSET)

        next_funding_time_ms = d.pop("next_funding_time_ms", UNSET)

        ts_ms = d.pop("ts_ms", UNSET)

        funding_rate = cls(
            rate=rate,
            next_funding_time_ms=next_funding_time_ms,
            ts_ms=ts_ms,
        )

        funding_rate.additional_properties = d
        return funding_rate

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
