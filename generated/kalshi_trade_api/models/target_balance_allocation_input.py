from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TargetBalanceAllocationInput")


@_attrs_define
class TargetBalanceAllocationInput:
    """
    Attributes:
        exchange_index (int): Exchange index that receives this percentage of sweepable balance. Minimum: 0.
        percent (int): Target percentage of sweepable balance for the exchange index. Minimum: 0. Maximum: 100.
    """

    exchange_index: int
    percent: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_index = self.exchange_index

        percent = self.percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange_index": exchange_index,
                "percent": percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exchange_index = d.pop("exchange_index")

        percent = d.pop("percent")

        target_balance_allocation_input = cls(
            exchange_index=exchange_index,
            percent=percent,
        )

        target_balance_allocation_input.additional_properties = d
        return target_balance_allocation_input

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
