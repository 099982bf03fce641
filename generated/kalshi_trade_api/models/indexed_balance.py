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

T = TypeVar("T", bound="IndexedBalance")


@_attrs_define
class IndexedBalance:
    """
    Attributes:
        exchange_index (int | Unset): Identifier for an exchange shard. Example: 0.
        balance (Decimal | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
            "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
            market's price level structure. Example: 0.5600.
    """

    exchange_index: int | Unset = UNSET
    balance: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_index = self.exchange_index

        balance = decimal_to_json(self.balance)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exchange_index = d.pop("exchange_index", UNSET)

        balance = d.pop("balance", UNSET)

        indexed_balance = cls(
            exchange_index=exchange_index,
            balance=balance,
        )

        indexed_balance.additional_properties = d
        return indexed_balance

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
