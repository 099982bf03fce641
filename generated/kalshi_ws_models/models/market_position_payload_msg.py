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

T = TypeVar("T", bound="MarketPositionPayloadMsg")


@_attrs_define
class MarketPositionPayloadMsg:
    """
    Attributes:
        user_id (str | Unset): User ID for the position
        market_ticker (str | Unset): Unique market identifier
        position_fp (Decimal | Unset): Fixed-point net position (2 decimals)
        position_cost_dollars (Decimal | Unset): Current cost basis of the position as a fixed-point dollar string
        realized_pnl_dollars (Decimal | Unset): Realized profit/loss as a fixed-point dollar string
        fees_paid_dollars (Decimal | Unset): Total fees paid as a fixed-point dollar string
        position_fee_cost_dollars (Decimal | Unset): Total position fee cost as a fixed-point dollar string
        volume_fp (Decimal | Unset): Fixed-point total volume traded (2 decimals)
        subaccount (int | Unset): Optional subaccount number for the position
    """

    user_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    position_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    position_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    realized_pnl_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    fees_paid_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    position_fee_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    volume_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        market_ticker = self.market_ticker

        position_fp = decimal_to_json(self.position_fp)

        position_cost_dollars = decimal_to_json(self.position_cost_dollars)

        realized_pnl_dollars = decimal_to_json(self.realized_pnl_dollars)

        fees_paid_dollars = decimal_to_json(self.fees_paid_dollars)

        position_fee_cost_dollars = decimal_to_json(self.position_fee_cost_dollars)

        volume_fp = decimal_to_json(self.volume_fp)

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if position_fp is not UNSET:
            field_dict["position_fp"] = position_fp
        if position_cost_dollars is not UNSET:
            field_dict["position_cost_dollars"] = position_cost_dollars
        if realized_pnl_dollars is not UNSET:
            field_dict["realized_pnl_dollars"] = realized_pnl_dollars
        if fees_paid_dollars is not UNSET:
            field_dict["fees_paid_dollars"] = fees_paid_dollars
        if position_fee_cost_dollars is not UNSET:
            field_dict["position_fee_cost_dollars"] = position_fee_cost_dollars
        if volume_fp is not UNSET:
            field_dict["volume_fp"] = volume_fp
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        position_fp = d.pop("position_fp", UNSET)

        position_cost_dollars = d.pop("position_cost_dollars", UNSET)

        realized_pnl_dollars = d.pop("realized_pnl_dollars", UNSET)

        fees_paid_dollars = d.pop("fees_paid_dollars", UNSET)

        position_fee_cost_dollars = d.pop("position_fee_cost_dollars", UNSET)

        volume_fp = d.pop("volume_fp", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        market_position_payload_msg = cls(
            user_id=user_id,
            market_ticker=market_ticker,
            position_fp=position_fp,
            position_cost_dollars=position_cost_dollars,
            realized_pnl_dollars=realized_pnl_dollars,
            fees_paid_dollars=fees_paid_dollars,
            position_fee_cost_dollars=position_fee_cost_dollars,
            volume_fp=volume_fp,
            subaccount=subaccount,
        )

        market_position_payload_msg.additional_properties = d
        return market_position_payload_msg

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
