from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="OrderGroup")


@_attrs_define
class OrderGroup:
    """
    Attributes:
        id (str | Unset): Unique identifier for the order group
        contracts_limit_fp (Decimal | Unset): String representation of the current maximum contracts allowed over a
            rolling 15-second window. Example: 10.00.
        is_auto_cancel_enabled (bool | Unset): Whether auto-cancel is enabled for this order group
        exchange_index (int | Unset): Identifier for an exchange shard. Defaults to 0 if unspecified. Example: 0.
    """

    id: str | Unset = UNSET
    contracts_limit_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    is_auto_cancel_enabled: bool | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contracts_limit_fp = decimal_to_json(self.contracts_limit_fp)

        is_auto_cancel_enabled = self.is_auto_cancel_enabled

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp
        if is_auto_cancel_enabled is not UNSET:
            field_dict["is_auto_cancel_enabled"] = is_auto_cancel_enabled
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        contracts_limit_fp = d.pop("contracts_limit_fp", UNSET)

        is_auto_cancel_enabled = d.pop("is_auto_cancel_enabled", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        order_group = cls(
            id=id,
            contracts_limit_fp=contracts_limit_fp,
            is_auto_cancel_enabled=is_auto_cancel_enabled,
            exchange_index=exchange_index,
        )

        order_group.additional_properties = d
        return order_group

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
