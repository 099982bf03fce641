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

T = TypeVar("T", bound="MarketSettlementEstimate")


@_attrs_define
class MarketSettlementEstimate:
    """
    Attributes:
        quantity_centicount (int | Unset): Position quantity in centicounts.
        variation_margin_centicents (int | Unset): Variation margin for this market.
        notional_value_centicents (int | Unset): Notional value for this market.
        session_avg_price_fp (Decimal | Unset): Average entry price for the current settlement session, as a fixed-point
            dollar string. Omitted when the position quantity is zero.
    """

    quantity_centicount: int | Unset = UNSET
    variation_margin_centicents: int | Unset = UNSET
    notional_value_centicents: int | Unset = UNSET
    session_avg_price_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity_centicount = self.quantity_centicount

        variation_margin_centicents = self.variation_margin_centicents

        notional_value_centicents = self.notional_value_centicents

        session_avg_price_fp = decimal_to_json(self.session_avg_price_fp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity_centicount is not UNSET:
            field_dict["quantity_centicount"] = quantity_centicount
        if variation_margin_centicents is not UNSET:
            field_dict["variation_margin_centicents"] = variation_margin_centicents
        if notional_value_centicents is not UNSET:
            field_dict["notional_value_centicents"] = notional_value_centicents
        if session_avg_price_fp is not UNSET:
            field_dict["session_avg_price_fp"] = session_avg_price_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity_centicount = d.pop("quantity_centicount", UNSET)

        variation_margin_centicents = d.pop("variation_margin_centicents", UNSET)

        notional_value_centicents = d.pop("notional_value_centicents", UNSET)

        session_avg_price_fp = d.pop("session_avg_price_fp", UNSET)

        market_settlement_estimate = cls(
            quantity_centicount=quantity_centicount,
            variation_margin_centicents=variation_margin_centicents,
            notional_value_centicents=notional_value_centicents,
            session_avg_price_fp=session_avg_price_fp,
        )

        market_settlement_estimate.additional_properties = d
        return market_settlement_estimate

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
