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

T = TypeVar("T", bound="MarginSubaccountBalance")


@_attrs_define
class MarginSubaccountBalance:
    """
    Attributes:
        subaccount (int | Unset): The subaccount number (0 for primary, 1-63 for subaccounts)
        position_value (Decimal | Unset): Mark-to-market value of open positions for this subaccount in fixed-point
            dollars Example: 0.5600.
        account_equity (Decimal | Unset): Account equity for this subaccount in fixed-point dollars. 0 for self clearing
            members. Example: 0.5600.
        maintenance_margin (Decimal | Unset): Maintenance margin requirement for this subaccount in fixed-point dollars
            Example: 0.5600.
        initial_margin (Decimal | Unset): Initial margin requirement for this subaccount in fixed-point dollars. 0 for
            self clearing members. Example: 0.5600.
        resting_orders_margin (Decimal | Unset): Margin locked by resting orders for this subaccount in fixed-point
            dollars. 0 unless compute_available_balance is passed. Example: 0.5600.
        available_balance (Decimal | Unset): Available balance for this subaccount in fixed-point dollars. 0 for
            institutional users or if compute_available_balance was not passed. Example: 0.5600.
    """

    subaccount: int | Unset = UNSET
    position_value: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    account_equity: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    maintenance_margin: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    initial_margin: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    resting_orders_margin: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    available_balance: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount = self.subaccount

        position_value = decimal_to_json(self.position_value)

        account_equity = decimal_to_json(self.account_equity)

        maintenance_margin = decimal_to_json(self.maintenance_margin)

        initial_margin = decimal_to_json(self.initial_margin)

        resting_orders_margin = decimal_to_json(self.resting_orders_margin)

        available_balance = decimal_to_json(self.available_balance)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if position_value is not UNSET:
            field_dict["position_value"] = position_value
        if account_equity is not UNSET:
            field_dict["account_equity"] = account_equity
        if maintenance_margin is not UNSET:
            field_dict["maintenance_margin"] = maintenance_margin
        if initial_margin is not UNSET:
            field_dict["initial_margin"] = initial_margin
        if resting_orders_margin is not UNSET:
            field_dict["resting_orders_margin"] = resting_orders_margin
        if available_balance is not UNSET:
            field_dict["available_balance"] = available_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount = d.pop("subaccount", UNSET)

        position_value = d.pop("position_value", UNSET)

        account_equity = d.pop("account_equity", UNSET)

        maintenance_margin = d.pop("maintenance_margin", UNSET)

        initial_margin = d.pop("initial_margin", UNSET)

        resting_orders_margin = d.pop("resting_orders_margin", UNSET)

        available_balance = d.pop("available_balance", UNSET)

        margin_subaccount_balance = cls(
            subaccount=subaccount,
            position_value=position_value,
            account_equity=account_equity,
            maintenance_margin=maintenance_margin,
            initial_margin=initial_margin,
            resting_orders_margin=resting_orders_margin,
            available_balance=available_balance,
        )

        margin_subaccount_balance.additional_properties = d
        return margin_subaccount_balance

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
