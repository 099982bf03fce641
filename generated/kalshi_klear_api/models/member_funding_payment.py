from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MemberFundingPayment")


@_attrs_define
class MemberFundingPayment:
    """
    Attributes:
        id (str | Unset):
        market_ticker (str | Unset):
        subtrader_id (str | Unset):
        funding_time (datetime.datetime | Unset): The funding period this payment applies to.
        position_quantity_fp (str | Unset): Signed position at funding time as a fixed-point contract count (e.g.
            "1.25").
        notional_value_centicents (int | Unset): Signed notional value (position times mark price) the funding payment
            was computed from.
        funding_amount_centicents (int | Unset): Signed funding amount; positive when received, negative when paid.
        settlement_execution_time (datetime.datetime | Unset): Execution time of the FCM-to-clearinghouse omnibus
            settlement that will carry (or carried) this payment.
    """

    id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    subtrader_id: str | Unset = UNSET
    funding_time: datetime.datetime | Unset = UNSET
    position_quantity_fp: str | Unset = UNSET
    notional_value_centicents: int | Unset = UNSET
    funding_amount_centicents: int | Unset = UNSET
    settlement_execution_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        market_ticker = self.market_ticker

        subtrader_id = self.subtrader_id

        funding_time: str | Unset = UNSET
        if not isinstance(self.funding_time, Unset):
            funding_time = self.funding_time.isoformat()

        position_quantity_fp = self.position_quantity_fp

        notional_value_centicents = self.notional_value_centicents

        funding_amount_centicents = self.funding_amount_centicents

        settlement_execution_time: str | Unset = UNSET
        if not isinstance(self.settlement_execution_time, Unset):
            settlement_execution_time = self.settlement_execution_time.isoformat()

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
        if settlement_execution_time is not UNSET:
            field_dict["settlement_execution_time"] = settlement_execution_time

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

        _settlement_execution_time = d.pop("settlement_execution_time", UNSET)
        settlement_execution_time: datetime.datetime | Unset
        if isinstance(_settlement_execution_time, Unset):
            settlement_execution_time = UNSET
        else:
            settlement_execution_time = datetime.datetime.fromisoformat(_settlement_execution_time)

        member_funding_payment = cls(
            id=id,
            market_ticker=market_ticker,
            subtrader_id=subtrader_id,
            funding_time=funding_time,
            position_quantity_fp=position_quantity_fp,
            notional_value_centicents=notional_value_centicents,
            funding_amount_centicents=funding_amount_centicents,
            settlement_execution_time=settlement_execution_time,
        )

        member_funding_payment.additional_properties = d
        return member_funding_payment

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
