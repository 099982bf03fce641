from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.order_source import OrderSource
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="MarginFill")


@_attrs_define
class MarginFill:
    """
    Attributes:
        fill_id (str | Unset): Unique identifier for the fill
        order_id (str | Unset): The order ID that generated this fill
        is_taker (bool | Unset): Whether the user was the taker in this fill
        side (BookSide | Unset): The side of an order or trade (bid or ask)
        count (Decimal | Unset): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in
            field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
            decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
            Example: 10.00.
        created_time (datetime.datetime | Unset): When the fill was executed
        ticker (str | Unset): Market ticker symbol
        price (str | Unset): Fill price in fixed-point dollars
        entry_price (str | Unset): Position entry price used to compute incremental realized PnL for this fill
        fees (str | Unset): Fees paid on filled contracts, in dollars
        realized_pnl (str | Unset): Incremental realized PnL contributed by this fill, in fixed-point dollars
        order_source (OrderSource | Unset): The source of the order. 'user' indicates a user-placed order, 'system'
            indicates a system-generated order.
    """

    fill_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    is_taker: bool | Unset = UNSET
    side: BookSide | Unset = UNSET
    count: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    created_time: datetime.datetime | Unset = UNSET
    ticker: str | Unset = UNSET
    price: str | Unset = UNSET
    entry_price: str | Unset = UNSET
    fees: str | Unset = UNSET
    realized_pnl: str | Unset = UNSET
    order_source: OrderSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fill_id = self.fill_id

        order_id = self.order_id

        is_taker = self.is_taker

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        count = decimal_to_json(self.count)

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        ticker = self.ticker

        price = self.price

        entry_price = self.entry_price

        fees = self.fees

        realized_pnl = self.realized_pnl

        order_source: str | Unset = UNSET
        if not isinstance(self.order_source, Unset):
            order_source = self.order_source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fill_id is not UNSET:
            field_dict["fill_id"] = fill_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if is_taker is not UNSET:
            field_dict["is_taker"] = is_taker
        if side is not UNSET:
            field_dict["side"] = side
        if count is not UNSET:
            field_dict["count"] = count
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if price is not UNSET:
            field_dict["price"] = price
        if entry_price is not UNSET:
            field_dict["entry_price"] = entry_price
        if fees is not UNSET:
            field_dict["fees"] = fees
        if realized_pnl is not UNSET:
            field_dict["realized_pnl"] = realized_pnl
        if order_source is not UNSET:
            field_dict["order_source"] = order_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fill_id = d.pop("fill_id", UNSET)

        order_id = d.pop("order_id", UNSET)

        is_taker = d.pop("is_taker", UNSET)

        _side = d.pop("side", UNSET)
        side: BookSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = BookSide(_side)

        count = d.pop("count", UNSET)

        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        ticker = d.pop("ticker", UNSET)

        price = d.pop("price", UNSET)

        entry_price = d.pop("entry_price", UNSET)

        fees = d.pop("fees", UNSET)

        realized_pnl = d.pop("realized_pnl", UNSET)

        _order_source = d.pop("order_source", UNSET)
        order_source: OrderSource | Unset
        if isinstance(_order_source, Unset):
            order_source = UNSET
        else:
            order_source = OrderSource(_order_source)

        margin_fill = cls(
            fill_id=fill_id,
            order_id=order_id,
            is_taker=is_taker,
            side=side,
            count=count,
            created_time=created_time,
            ticker=ticker,
            price=price,
            entry_price=entry_price,
            fees=fees,
            realized_pnl=realized_pnl,
            order_source=order_source,
        )

        margin_fill.additional_properties = d
        return margin_fill

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
