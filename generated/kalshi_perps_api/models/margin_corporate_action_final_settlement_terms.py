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

T = TypeVar("T", bound="MarginCorporateActionFinalSettlementTerms")


@_attrs_define
class MarginCorporateActionFinalSettlementTerms:
    """Terms for final_settlement. Omitted for other types and cancelled notices.

    Attributes:
        reason (str | Unset): Final settlement reason: bankruptcy, merger, delisting or other.
        settlement_price_per_share (Decimal | Unset): Final settlement price in US dollars per underlying share.
            Example: 0.5600.
        settlement_price_per_contract (Decimal | Unset): Final settlement price in US dollars per contract, rounded by
            clearing. Example: 0.5600.
    """

    reason: str | Unset = UNSET
    settlement_price_per_share: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    settlement_price_per_contract: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        settlement_price_per_share = decimal_to_json(self.settlement_price_per_share)

        settlement_price_per_contract = decimal_to_json(self.settlement_price_per_contract)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if settlement_price_per_share is not UNSET:
            field_dict["settlement_price_per_share"] = settlement_price_per_share
        if settlement_price_per_contract is not UNSET:
            field_dict["settlement_price_per_contract"] = settlement_price_per_contract

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason", UNSET)

        settlement_price_per_share = d.pop("settlement_price_per_share", UNSET)

        settlement_price_per_contract = d.pop("settlement_price_per_contract", UNSET)

        margin_corporate_action_final_settlement_terms = cls(
            reason=reason,
            settlement_price_per_share=settlement_price_per_share,
            settlement_price_per_contract=settlement_price_per_contract,
        )

        margin_corporate_action_final_settlement_terms.additional_properties = d
        return margin_corporate_action_final_settlement_terms

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
