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

T = TypeVar("T", bound="MarketPosition")


@_attrs_define
class MarketPosition:
    """
    Attributes:
        ticker (str | Unset): Unique identifier for the market
        exchange_index (int | Unset): Identifier for an exchange shard. Example: 0.
        total_traded_dollars (Decimal | Unset): Total spent on this market in dollars Example: 0.5600.
        position_fp (Decimal | Unset): String representation of the number of contracts bought in this market. Negative
            means NO contracts and positive means YES contracts Example: 10.00.
        market_exposure_dollars (Decimal | Unset): Cost of the aggregate market position in dollars Example: 0.5600.
        realized_pnl_dollars (Decimal | Unset): Locked in profit and loss, in dollars Example: 0.5600.
        fees_paid_dollars (Decimal | Unset): Fees paid on fill orders, in dollars Example: 0.5600.
        last_updated_ts (datetime.datetime | Unset): Last time the position is updated
    """

    ticker: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    total_traded_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    position_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    market_exposure_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    realized_pnl_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    fees_paid_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    last_updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        exchange_index = self.exchange_index

        total_traded_dollars = decimal_to_json(self.total_traded_dollars)

        position_fp = decimal_to_json(self.position_fp)

        market_exposure_dollars = decimal_to_json(self.market_exposure_dollars)

        realized_pnl_dollars = decimal_to_json(self.realized_pnl_dollars)

        fees_paid_dollars = decimal_to_json(self.fees_paid_dollars)

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if total_traded_dollars is not UNSET:
            field_dict["total_traded_dollars"] = total_traded_dollars
        if position_fp is not UNSET:
            field_dict["position_fp"] = position_fp
        if market_exposure_dollars is not UNSET:
            field_dict["market_exposure_dollars"] = market_exposure_dollars
        if realized_pnl_dollars is not UNSET:
            field_dict["realized_pnl_dollars"] = realized_pnl_dollars
        if fees_paid_dollars is not UNSET:
            field_dict["fees_paid_dollars"] = fees_paid_dollars
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticker = d.pop("ticker", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        total_traded_dollars = d.pop("total_traded_dollars", UNSET)

        position_fp = d.pop("position_fp", UNSET)

        market_exposure_dollars = d.pop("market_exposure_dollars", UNSET)

        realized_pnl_dollars = d.pop("realized_pnl_dollars", UNSET)

        fees_paid_dollars = d.pop("fees_paid_dollars", UNSET)

        _last_updated_ts = d.pop("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        market_position = cls(
            ticker=ticker,
            exchange_index=exchange_index,
            total_traded_dollars=total_traded_dollars,
            position_fp=position_fp,
            market_exposure_dollars=market_exposure_dollars,
            realized_pnl_dollars=realized_pnl_dollars,
            fees_paid_dollars=fees_paid_dollars,
            last_updated_ts=last_updated_ts,
        )

        market_position.additional_properties = d
        return market_position

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
