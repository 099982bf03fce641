from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="SubaccountNettingConfig")


@_attrs_define
class SubaccountNettingConfig:
    """
    Attributes:
        subaccount_number (int | Unset): Subaccount number (0 for primary, 1-63 for subaccounts).
        enabled (bool | Unset): Whether netting is enabled for this subaccount.
        exchange_index (int | Unset): Exchange index of the subaccount.
    """

    subaccount_number: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_number = self.subaccount_number

        enabled = self.enabled

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount_number = d.pop("subaccount_number", UNSET)

        enabled = d.pop("enabled", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        subaccount_netting_config = cls(
            subaccount_number=subaccount_number,
            enabled=enabled,
            exchange_index=exchange_index,
        )

        subaccount_netting_config.additional_properties = d
        return subaccount_netting_config

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
