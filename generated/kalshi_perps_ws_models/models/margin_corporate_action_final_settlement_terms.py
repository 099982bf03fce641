from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarginCorporateActionFinalSettlementTerms")


@_attrs_define
class MarginCorporateActionFinalSettlementTerms:
    """Terms for final_settlement. Omitted for other types.

    Attributes:
        settlement_price_per_contract (str | Unset): Final settlement price in US dollars per contract.
    """

    settlement_price_per_contract: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settlement_price_per_contract = self.settlement_price_per_contract

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settlement_price_per_contract is not UNSET:
            field_dict["settlement_price_per_contract"] = settlement_price_per_contract

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        settlement_price_per_contract = d.pop("settlement_price_per_contract", UNSET)

        margin_corporate_action_final_settlement_terms = cls(
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
