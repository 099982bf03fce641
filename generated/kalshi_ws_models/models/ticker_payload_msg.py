from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="TickerPayloadMsg")


@_attrs_define
class TickerPayloadMsg:
    """
    Attributes:
        market_id (UUID | Unset): Unique market UUID
        market_ticker (str | Unset): Unique market identifier
        price_dollars (Decimal | Unset): Last traded price in dollars
        yes_bid_dollars (Decimal | Unset): Best bid price for yes side in dollars
        yes_ask_dollars (Decimal | Unset): Best ask price for yes side in dollars
        volume_fp (Decimal | Unset): Fixed-point total contracts traded (2 decimals)
        open_interest_fp (Decimal | Unset): Fixed-point open interest (2 decimals)
        dollar_volume (int | Unset): Signed whole-dollar cumulative traded notional
        dollar_open_interest (int | Unset): Signed whole-dollar open-interest notional
        yes_bid_size_fp (Decimal | Unset): Fixed-point contracts at best bid (2 decimals)
        yes_ask_size_fp (Decimal | Unset): Fixed-point contracts at best ask (2 decimals)
        last_trade_size_fp (Decimal | Unset): Fixed-point contracts in last trade (2 decimals)
        ts (int | Unset): Deprecated - Unix timestamp for when the update happened (in seconds). Use ts_ms instead.
        ts_ms (int | Unset): Unix timestamp for when the update happened (in milliseconds)
        time (datetime.datetime | Unset): Deprecated - Timestamp for when the update happened (RFC3339, truncated to
            milliseconds). Use ts_ms instead.
    """

    market_id: UUID | Unset = UNSET
    market_ticker: str | Unset = UNSET
    price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    yes_bid_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    yes_ask_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    volume_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    open_interest_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    dollar_volume: int | Unset = UNSET
    dollar_open_interest: int | Unset = UNSET
    yes_bid_size_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    yes_ask_size_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    last_trade_size_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    ts: int | Unset = UNSET
    ts_ms: int | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_id: str | Unset = UNSET
        if not isinstance(self.market_id, Unset):
            market_id = str(self.market_id)

        market_ticker = self.market_ticker

        price_dollars = decimal_to_json(self.price_dollars)

        yes_bid_dollars = decimal_to_json(self.yes_bid_dollars)

        yes_ask_dollars = decimal_to_json(self.yes_ask_dollars)

        volume_fp = decimal_to_json(self.volume_fp)

        open_interest_fp = decimal_to_json(self.open_interest_fp)

        dollar_volume = self.dollar_volume

        dollar_open_interest = self.dollar_open_interest

        yes_bid_size_fp = decimal_to_json(self.yes_bid_size_fp)

        yes_ask_size_fp = decimal_to_json(self.yes_ask_size_fp)

        last_trade_size_fp = decimal_to_json(self.last_trade_size_fp)

        ts = self.ts

        ts_ms = self.ts_ms

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if price_dollars is not UNSET:
            field_dict["price_dollars"] = price_dollars
        if yes_bid_dollars is not UNSET:
            field_dict["yes_bid_dollars"] = yes_bid_dollars
        if yes_ask_dollars is not UNSET:
            field_dict["yes_ask_dollars"] = yes_ask_dollars
        if volume_fp is not UNSET:
            field_dict["volume_fp"] = volume_fp
        if open_interest_fp is not UNSET:
            field_dict["open_interest_fp"] = open_interest_fp
        if dollar_volume is not UNSET:
            field_dict["dollar_volume"] = dollar_volume
        if dollar_open_interest is not UNSET:
            field_dict["dollar_open_interest"] = dollar_open_interest
        if yes_bid_size_fp is not UNSET:
            field_dict["yes_bid_size_fp"] = yes_bid_size_fp
        if yes_ask_size_fp is not UNSET:
            field_dict["yes_ask_size_fp"] = yes_ask_size_fp
        if last_trade_size_fp is not UNSET:
            field_dict["last_trade_size_fp"] = last_trade_size_fp
        if ts is not UNSET:
            field_dict["ts"] = ts
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _market_id = d.pop("market_id", UNSET)
        market_id: UUID | Unset
        if isinstance(_market_id, Unset):
            market_id = UNSET
        else:
            market_id = UUID(_market_id)

        market_ticker = d.pop("market_ticker", UNSET)

        price_dollars = d.pop("price_dollars", UNSET)

        yes_bid_dollars = d.pop("yes_bid_dollars", UNSET)

        yes_ask_dollars = d.pop("yes_ask_dollars", UNSET)

        volume_fp = d.pop("volume_fp", UNSET)

        open_interest_fp = d.pop("open_interest_fp", UNSET)

        dollar_volume = d.pop("dollar_volume", UNSET)

        dollar_open_interest = d.pop("dollar_open_interest", UNSET)

        yes_bid_size_fp = d.pop("yes_bid_size_fp", UNSET)

        yes_ask_size_fp = d.pop("yes_ask_size_fp", UNSET)

        last_trade_size_fp = d.pop("last_trade_size_fp", UNSET)

        ts = d.pop("ts", UNSET)

        ts_ms = d.pop("ts_ms", UNSET)

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        ticker_payload_msg = cls(
            market_id=market_id,
            market_ticker=market_ticker,
            price_dollars=price_dollars,
            yes_bid_dollars=yes_bid_dollars,
            yes_ask_dollars=yes_ask_dollars,
            volume_fp=volume_fp,
            open_interest_fp=open_interest_fp,
            dollar_volume=dollar_volume,
            dollar_open_interest=dollar_open_interest,
            yes_bid_size_fp=yes_bid_size_fp,
            yes_ask_size_fp=yes_ask_size_fp,
            last_trade_size_fp=last_trade_size_fp,
            ts=ts,
            ts_ms=ts_ms,
            time=time,
        )

        ticker_payload_msg.additional_properties = d
        return ticker_payload_msg

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
