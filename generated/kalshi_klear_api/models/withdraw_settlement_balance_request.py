from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DecimalInput,
    decimal_to_json,
    named_money,
    to_decimal,
)

T = TypeVar("T", bound="WithdrawSettlementBalanceRequest")


def _to_amount(value: DecimalInput) -> Decimal:
    return named_money(to_decimal, value, "WithdrawSettlementBalanceRequest.amount")


@_attrs_define
class WithdrawSettlementBalanceRequest:
    """
    Attributes:
        amount (Decimal): Amount to withdraw in USD as a fixed-point string (e.g. "500.00"). Must be positive.
    """

    amount: Decimal = _attrs_field(converter=_to_amount)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = decimal_to_json(self.amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        withdraw_settlement_balance_request = cls(
            amount=amount,
        )

        withdraw_settlement_balance_request.additional_properties = d
        return withdraw_settlement_balance_request

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
