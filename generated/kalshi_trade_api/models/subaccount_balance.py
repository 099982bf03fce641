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

T = TypeVar("T", bound="SubaccountBalance")


@_attrs_define
class SubaccountBalance:
    """
    Attributes:
        subaccount_number (int | Unset): Subaccount number (0 for primary, 1-63 for subaccounts).
        exchange_index (int | Unset): Exchange index the balance is held on.
        balance (Decimal | Unset): Balance in dollars. Example: 0.5600.
        updated_ts (int | Unset): Unix timestamp of last balance update.
    """

    subaccount_number: int | Unset = UNSET
    exchange_index: int | Unset = UNSET
    balance: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    updated_ts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_number = self.subaccount_number

        exchange_index = self.exchange_index

        balance = decimal_to_json(self.balance)

        updated_ts = self.updated_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if balance is not UNSET:
            field_dict["balance"] = balance
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount_number = d.pop("subaccount_number", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        balance = d.pop("balance", UNSET)

        updated_ts = d.pop("updated_ts", UNSET)

        subaccount_balance = cls(
            subaccount_number=subaccount_number,
            exchange_index=exchange_index,
            balance=balance,
            updated_ts=updated_ts,
        )

        subaccount_balance.additional_properties = d
        return subaccount_balance

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
