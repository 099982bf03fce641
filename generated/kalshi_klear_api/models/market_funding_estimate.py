from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarketFundingEstimate")


@_attrs_define
class MarketFundingEstimate:
    """
    Attributes:
        quantity_centicount (int | Unset):
        funding_amount_centicents (int | Unset):
    """

    quantity_centicount: int | Unset = UNSET
    funding_amount_centicents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity_centicount = self.quantity_centicount

        funding_amount_centicents = self.funding_amount_centicents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity_centicount is not UNSET:
            field_dict["quantity_centicount"] = quantity_centicount
        if funding_amount_centicents is not UNSET:
            field_dict["funding_amount_centicents"] = funding_amount_centicents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity_centicount = d.pop("quantity_centicount", UNSET)

        funding_amount_centicents = d.pop("funding_amount_centicents", UNSET)

        market_funding_estimate = cls(
            quantity_centicount=quantity_centicount,
            funding_amount_centicents=funding_amount_centicents,
        )

        market_funding_estimate.additional_properties = d
        return market_funding_estimate

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
