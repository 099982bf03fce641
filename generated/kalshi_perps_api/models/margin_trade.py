from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="MarginTrade")


@_attrs_define
class MarginTrade:
    """
    Attributes:
        trade_id (str | Unset): Unique identifier for the trade
        ticker (str | Unset): Market ticker symbol
        count (Decimal | Unset): Number of contracts traded Example: 10.00.
        price (str | Unset): Trade price in dollars
        created_time (datetime.datetime | Unset): When the trade was executed
        taker_side (BookSide | Unset): The side of an order or trade (bid or ask)
    """

    trade_id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    count: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    price: str | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    taker_side: BookSide | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_id = self.trade_id

        ticker = self.ticker

        count = decimal_to_json(self.count)

        price = self.price

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        taker_side: str | Unset = UNSET
        if not isinstance(self.taker_side, Unset):
            taker_side = self.taker_side.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trade_id is not UNSET:
            field_dict["trade_id"] = trade_id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if count is not UNSET:
            field_dict["count"] = count
        if price is not UNSET:
            field_dict["price"] = price
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if taker_side is not UNSET:
            field_dict["taker_side"] = taker_side

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trade_id = d.pop("trade_id", UNSET)

        ticker = d.pop("ticker", UNSET)

        count = d.pop("count", UNSET)

        price = d.pop("price", UNSET)

        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _taker_side = d.pop("taker_side", UNSET)
        taker_side: BookSide | Unset
        if isinstance(_taker_side, Unset):
            taker_side = UNSET
        else:
            taker_side = BookSide(_taker_side)

        margin_trade = cls(
            trade_id=trade_id,
            ticker=ticker,
            count=count,
            price=price,
            created_time=created_time,
            taker_side=taker_side,
        )

        margin_trade.additional_properties = d
        return margin_trade

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
