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

T = TypeVar("T", bound="FundingPaymentDetail")


@_attrs_define
class FundingPaymentDetail:
    """
    Attributes:
        id (str | Unset):
        market_ticker (str | Unset):
        subtrader_id (str | Unset):
        funding_time (datetime.datetime | Unset): The funding period this payment applies to.
        position_quantity_fp (Decimal | Unset): Signed position at funding time as a fixed-point contract count (e.g.
            "1.25").
        notional_value_centicents (int | Unset): Signed notional value (position times mark price) the funding payment
            was computed from.
        funding_amount_centicents (int | Unset): Signed funding amount; positive when received, negative when paid.
    """

    id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    subtrader_id: str | Unset = UNSET
    funding_time: datetime.datetime | Unset = UNSET
    position_quantity_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    notional_value_centicents: int | Unset = UNSET
    funding_amount_centicents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        market_ticker = self.market_ticker

        subtrader_id = self.subtrader_id

        funding_time: str | Unset = UNSET
        if not isinstance(self.funding_time, Unset):
            funding_time = self.funding_time.isoformat()

        position_quantity_fp = decimal_to_json(self.position_quantity_fp)

        notional_value_centicents = self.notional_value_centicents

        funding_amount_centicents = self.funding_amount_centicents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if funding_time is not UNSET:
            field_dict["funding_time"] = funding_time
        if position_quantity_fp is not UNSET:
            field_dict["position_quantity_fp"] = position_quantity_fp
        if notional_value_centicents is not UNSET:
            field_dict["notional_value_centicents"] = notional_value_centicents
        if funding_amount_centicents is not UNSET:
            field_dict["funding_amount_centicents"] = funding_amount_centicents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        subtrader_id = d.pop("subtrader_id", UNSET)

        _funding_time = d.pop("funding_time", UNSET)
        funding_time: datetime.datetime | Unset
        if isinstance(_funding_time, Unset):
            funding_time = UNSET
        else:
            funding_time = datetime.datetime.fromisoformat(_funding_time)

        position_quantity_fp = d.pop("position_quantity_fp", UNSET)

        notional_value_centicents = d.pop("notional_value_centicents", UNSET)

        funding_amount_centicents = d.pop("funding_amount_centicents", UNSET)

        funding_payment_detail = cls(
            id=id,
            market_ticker=market_ticker,
            subtrader_id=subtrader_id,
            funding_time=funding_time,
            position_quantity_fp=position_quantity_fp,
            notional_value_centicents=notional_value_centicents,
            funding_amount_centicents=funding_amount_centicents,
        )

        funding_payment_detail.additional_properties = d
        return funding_payment_detail

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
