from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.margin_fill_payload_msg_order_source import MarginFillPayloadMsgOrderSource
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarginFillPayloadMsg")


@_attrs_define
class MarginFillPayloadMsg:
    """
    Attributes:
        trade_id (UUID | Unset):
        order_id (UUID | Unset):
        client_order_id (str | Unset):
        market_ticker (str | Unset): Unique market identifier
        is_taker (bool | Unset):
        side (BookSide | Unset):
        ts_ms (int | Unset): Unix timestamp in milliseconds.
        price (str | Unset):
        count (str | Unset):
        fee_cost (str | Unset):
        post_position (str | Unset):
        subaccount (int | Unset):
        order_source (MarginFillPayloadMsgOrderSource | Unset): `system` for liquidations and margin exit or trailing-
            stop
            triggers. `user` for every other order.
    """

    trade_id: UUID | Unset = UNSET
    order_id: UUID | Unset = UNSET
    client_order_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    is_taker: bool | Unset = UNSET
    side: BookSide | Unset = UNSET
    ts_ms: int | Unset = UNSET
    price: str | Unset = UNSET
    count: str | Unset = UNSET
    fee_cost: str | Unset = UNSET
    post_position: str | Unset = UNSET
    subaccount: int | Unset = UNSET
    order_source: MarginFillPayloadMsgOrderSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_id: str | Unset = UNSET
        if not isinstance(self.trade_id, Unset):
            trade_id = str(self.trade_id)

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        client_order_id = self.client_order_id

        market_ticker = self.market_ticker

        is_taker = self.is_taker

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        ts_ms = self.ts_ms

        price = self.price

        count = self.count

        fee_cost = self.fee_cost

        post_position = self.post_position

        subaccount = self.subaccount

        order_source: str | Unset = UNSET
        if not isinstance(self.order_source, Unset):
            order_source = self.order_source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trade_id is not UNSET:
            field_dict["trade_id"] = trade_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if is_taker is not UNSET:
            field_dict["is_taker"] = is_taker
        if side is not UNSET:
            field_dict["side"] = side
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms
        if price is not UNSET:
            field_dict["price"] = price
        if count is not UNSET:
            field_dict["count"] = count
        if fee_cost is not UNSET:
            field_dict["fee_cost"] = fee_cost
        if post_position is not UNSET:
            field_dict["post_position"] = post_position
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if order_source is not UNSET:
            field_dict["order_source"] = order_source

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

        _order_id = d.pop("order_id", UNSET)
        order_id: UUID | Unset
        if isinstance(_order_id, Unset):
            order_id = UNSET
        else:
            order_id = UUID(_order_id)

        client_order_id = d.pop("client_order_id", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        is_taker = d.pop("is_taker", UNSET)

        _side = d.pop("side", UNSET)
        side: BookSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = BookSide(_side)

        ts_ms = d.pop("ts_ms", UNSET)

        price = d.pop("price", UNSET)

        count = d.pop("count", UNSET)

        fee_cost = d.pop("fee_cost", UNSET)

        post_position = d.pop("post_position", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        _order_source = d.pop("order_source", UNSET)
        order_source: MarginFillPayloadMsgOrderSource | Unset
        if isinstance(_order_source, Unset):
            order_source = UNSET
        else:
            order_source = MarginFillPayloadMsgOrderSource(_order_source)

        margin_fill_payload_msg = cls(
            trade_id=trade_id,
            order_id=order_id,
            client_order_id=client_order_id,
            market_ticker=market_ticker,
            is_taker=is_taker,
            side=side,
            ts_ms=ts_ms,
            price=price,
            count=count,
            fee_cost=fee_cost,
            post_position=post_position,
            subaccount=subaccount,
            order_source=order_source,
        )

        margin_fill_payload_msg.additional_properties = d
        return margin_fill_payload_msg

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
