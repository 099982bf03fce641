from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarginPremiumIndexPoint")


@_attrs_define
class MarginPremiumIndexPoint:
    """
    Attributes:
        second_ts (datetime.datetime | Unset): The one-second bucket this point measures
        premium_index (str | Unset): Signed decimal fraction of the index price, not basis points. For informational
            purposes only; may not exactly match the premium index used in actual funding calculations. "0" when no premium
            was measurable for that second.
    """

    second_ts: datetime.datetime | Unset = UNSET
    premium_index: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        second_ts: str | Unset = UNSET
        if not isinstance(self.second_ts, Unset):
            second_ts = self.second_ts.isoformat()

        premium_index = self.premium_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if second_ts is not UNSET:
            field_dict["second_ts"] = second_ts
        if premium_index is not UNSET:
            field_dict["premium_index"] = premium_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _second_ts = d.pop("second_ts", UNSET)
        second_ts: datetime.datetime | Unset
        if isinstance(_second_ts, Unset):
            second_ts = UNSET
        else:
            second_ts = datetime.datetime.fromisoformat(_second_ts)

        premium_index = d.pop("premium_index", UNSET)

        margin_premium_index_point = cls(
            second_ts=second_ts,
            premium_index=premium_index,
        )

        margin_premium_index_point.additional_properties = d
        return margin_premium_index_point

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
