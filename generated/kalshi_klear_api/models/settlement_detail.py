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

T = TypeVar("T", bound="SettlementDetail")


@_attrs_define
class SettlementDetail:
    """
    Attributes:
        id (str | Unset):
        market_ticker (str | Unset):
        subtrader_id (str | Unset):
        position_quantity_fp (Decimal | Unset): Signed position at settlement as a fixed-point contract count (e.g.
            "1.25").
        pnl_centicents (int | Unset): Total PnL for this market and subtrader over the settlement period, including the
            market's net funding (itemized per funding period in the entry's funding_payments).
        total_fees_centicents (int | Unset): Total fees.
        total_amount_centicents (int | Unset): Total amount.
    """

    id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    subtrader_id: str | Unset = UNSET
    position_quantity_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    pnl_centicents: int | Unset = UNSET
    total_fees_centicents: int | Unset = UNSET
    total_amount_centicents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        market_ticker = self.market_ticker

        subtrader_id = self.subtrader_id

        position_quantity_fp = decimal_to_json(self.position_quantity_fp)

        pnl_centicents = self.pnl_centicents

        total_fees_centicents = self.total_fees_centicents

        total_amount_centicents = self.total_amount_centicents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if position_quantity_fp is not UNSET:
            field_dict["position_quantity_fp"] = position_quantity_fp
        if pnl_centicents is not UNSET:
            field_dict["pnl_centicents"] = pnl_centicents
        if total_fees_centicents is not UNSET:
            field_dict["total_fees_centicents"] = total_fees_centicents
        if total_amount_centicents is not UNSET:
            field_dict["total_amount_centicents"] = total_amount_centicents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        subtrader_id = d.pop("subtrader_id", UNSET)

        position_quantity_fp = d.pop("position_quantity_fp", UNSET)

        pnl_centicents = d.pop("pnl_centicents", UNSET)

        total_fees_centicents = d.pop("total_fees_centicents", UNSET)

        total_amount_centicents = d.pop("total_amount_centicents", UNSET)

        settlement_detail = cls(
            id=id,
            market_ticker=market_ticker,
            subtrader_id=subtrader_id,
            position_quantity_fp=position_quantity_fp,
            pnl_centicents=pnl_centicents,
            total_fees_centicents=total_fees_centicents,
            total_amount_centicents=total_amount_centicents,
        )

        settlement_detail.additional_properties = d
        return settlement_detail

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
