from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.market_side import MarketSide
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="TradePayloadMsg")


@_attrs_define
class TradePayloadMsg:
    """
    Attributes:
        trade_id (UUID | Unset): Unique identifier for the trade
        market_ticker (str | Unset): Unique market identifier
        yes_price_dollars (Decimal | Unset): Yes side price in dollars
        no_price_dollars (Decimal | Unset): No side price in dollars
        count_fp (Decimal | Unset): Fixed-point contracts traded (2 decimals)
        taker_side (MarketSide | Unset): Market side
        taker_outcome_side (MarketSide | Unset): Market side
        taker_book_side (BookSide | Unset): Side of the book for an order or trade. 'bid' is equivalent to outcome_side
            'yes'; 'ask' is equivalent to outcome_side 'no'.
        is_block_trade (bool | Unset): True if the trade was matched off book as a block trade
        ts (int | Unset): Deprecated - Unix timestamp in seconds. Use ts_ms instead.
        ts_ms (int | Unset): Unix timestamp in milliseconds
    """

    trade_id: UUID | Unset = UNSET
    market_ticker: str | Unset = UNSET
    yes_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    no_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    count_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    taker_side: MarketSide | Unset = UNSET
    taker_outcome_side: MarketSide | Unset = UNSET
    taker_book_side: BookSide | Unset = UNSET
    is_block_trade: bool | Unset = UNSET
    ts: int | Unset = UNSET
    ts_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_id: str | Unset = UNSET
        if not isinstance(self.trade_id, Unset):
            trade_id = str(self.trade_id)

        market_ticker = self.market_ticker

        yes_price_dollars = decimal_to_json(self.yes_price_dollars)

        no_price_dollars = decimal_to_json(self.no_price_dollars)

        count_fp = decimal_to_json(self.count_fp)

        taker_side: str | Unset = UNSET
        if not isinstance(self.taker_side, Unset):
            taker_side = self.taker_side.value

        taker_outcome_side: str | Unset = UNSET
        if not isinstance(self.taker_outcome_side, Unset):
            taker_outcome_side = self.taker_outcome_side.value

        taker_book_side: str | Unset = UNSET
        if not isinstance(self.taker_book_side, Unset):
            taker_book_side = self.taker_book_side.value

        is_block_trade = self.is_block_trade

        ts = self.ts

        ts_ms = self.ts_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trade_id is not UNSET:
            field_dict["trade_id"] = trade_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if taker_side is not UNSET:
            field_dict["taker_side"] = taker_side
        if taker_outcome_side is not UNSET:
            field_dict["taker_outcome_side"] = taker_outcome_side
        if taker_book_side is not UNSET:
            field_dict["taker_book_side"] = taker_book_side
        if is_block_trade is not UNSET:
            field_dict["is_block_trade"] = is_block_trade
        if ts is not UNSET:
            field_dict["ts"] = ts
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _trade_id = d.pop("trade_id", UNSET)
        trade_id: UUID | Unset
        if isinstance(_trade_id, Unset):
            trade_id = UNSET
        else:
            trade_id = UUID(_trade_id)

        market_ticker = d.pop("market_ticker", UNSET)

        yes_price_dollars = d.pop("yes_price_dollars", UNSET)

        no_price_dollars = d.pop("no_price_dollars", UNSET)

        count_fp = d.pop("count_fp", UNSET)

        _taker_side = d.pop("taker_side", UNSET)
        taker_side: MarketSide | Unset
        if isinstance(_taker_side, Unset):
            taker_side = UNSET
        else:
            taker_side = MarketSide(_taker_side)

        _taker_outcome_side = d.pop("taker_outcome_side", UNSET)
        taker_outcome_side: MarketSide | Unset
        if isinstance(_taker_outcome_side, Unset):
            taker_outcome_side = UNSET
        else:
            taker_outcome_side = MarketSide(_taker_outcome_side)

        _taker_book_side = d.pop("taker_book_side", UNSET)
        taker_book_side: BookSide | Unset
        if isinstance(_taker_book_side, Unset):
            taker_book_side = UNSET
        else:
            taker_book_side = BookSide(_taker_book_side)

        is_block_trade = d.pop("is_block_trade", UNSET)

        ts = d.pop("ts", UNSET)

        ts_ms = d.pop("ts_ms", UNSET)

        trade_payload_msg = cls(
            trade_id=trade_id,
            market_ticker=market_ticker,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            count_fp=count_fp,
            taker_side=taker_side,
            taker_outcome_side=taker_outcome_side,
            taker_book_side=taker_book_side,
            is_block_trade=is_block_trade,
            ts=ts,
            ts_ms=ts_ms,
        )

        trade_payload_msg.additional_properties = d
        return trade_payload_msg

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
