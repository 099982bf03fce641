from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarginTradePayloadMsg")


@_attrs_define
class MarginTradePayloadMsg:
    """
    Attributes:
        trade_id (UUID | Unset):
        market_ticker (str | Unset): Unique market identifier
        price (str | Unset):
        count (str | Unset):
        taker_side (BookSide | Unset):
        ts_ms (int | Unset): Unix timestamp in milliseconds.
    """

    trade_id: UUID | Unset = UNSET
    market_ticker: str | Unset = UNSET
    price: str | Unset = UNSET
    count: str | Unset = UNSET
    taker_side: BookSide | Unset = UNSET
    ts_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_id: str | Unset = UNSET
        if not isinstance(self.trade_id, Unset):
            trade_id = str(self.trade_id)

        market_ticker = self.market_ticker

        price = self.price

        count = self.count

        taker_side: str | Unset = UNSET
        if not isinstance(self.taker_side, Unset):
            taker_side = self.taker_side.value

        ts_ms = self.ts_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trade_id is not UNSET:
            field_dict["trade_id"] = trade_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if price is not UNSET:
            field_dict["price"] = price
        if count is not UNSET:
            field_dict["count"] = count
        if taker_side is not UNSET:
            field_dict["taker_side"] = taker_side
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

        price = d.pop("price", UNSET)

        count = d.pop("count", UNSET)

        _taker_side = d.pop("taker_side", UNSET)
        taker_side: BookSide | Unset
        if isinstance(_taker_side, Unset):
            taker_side = UNSET
        else:
            taker_side = BookSide(_taker_side)

        ts_ms = d.pop("ts_ms", UNSET)

        margin_trade_payload_msg = cls(
            trade_id=trade_id,
            market_ticker=market_ticker,
            price=price,
            count=count,
            taker_side=taker_side,
            ts_ms=ts_ms,
        )

        margin_trade_payload_msg.additional_properties = d
        return margin_trade_payload_msg

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
