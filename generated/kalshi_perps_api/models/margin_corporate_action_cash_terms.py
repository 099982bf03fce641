from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="MarginCorporateActionCashTerms")


@_attrs_define
class MarginCorporateActionCashTerms:
    """Terms for cash_dividend, special_dividend or spin_off. Omitted for other types and cancelled notices.

    Attributes:
        cash_per_share (Decimal | Unset): Cash in US dollars per underlying share. Example: 0.5600.
        cash_per_contract (Decimal | Unset): Cash in US dollars per contract. A positive amount credits longs and debits
            shorts. Example: 0.5600.
        ex_date (datetime.date | Unset): Corporate action ex-date, where available.
    """

    cash_per_share: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    cash_per_contract: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    ex_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cash_per_share = decimal_to_json(self.cash_per_share)

        cash_per_contract = decimal_to_json(self.cash_per_contract)

        ex_date: str | Unset = UNSET
        if not isinstance(self.ex_date, Unset):
            ex_date = self.ex_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cash_per_share is not UNSET:
            field_dict["cash_per_share"] = cash_per_share
        if cash_per_contract is not UNSET:
            field_dict["cash_per_contract"] = cash_per_contract
        if ex_date is not UNSET:
            field_dict["ex_date"] = ex_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cash_per_share = d.pop("cash_per_share", UNSET)

        cash_per_contract = d.pop("cash_per_contract", UNSET)

        _ex_date = d.pop("ex_date", UNSET)
        ex_date: datetime.date | Unset
        if isinstance(_ex_date, Unset):
            ex_date = UNSET
        else:
            ex_date = datetime.date.fromisoformat(_ex_date)

        margin_corporate_action_cash_terms = cls(
            cash_per_share=cash_per_share,
            cash_per_contract=cash_per_contract,
            ex_date=ex_date,
        )

        margin_corporate_action_cash_terms.additional_properties = d
        return margin_corporate_action_cash_terms

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
