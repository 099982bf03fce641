from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.market_side import MarketSide
from ..models.order_action import OrderAction
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="FillPayloadMsg")


@_attrs_define
class FillPayloadMsg:
    """
    Attributes:
        trade_id (UUID | Unset): Unique identifier for fills. This is what you use to differentiate fills
        order_id (UUID | Unset): Unique identifier for orders. This is what you use to differentiate fills for different
            orders
        client_order_id (str | Unset): Optional client-provided order ID
        market_ticker (str | Unset): Unique market identifier
        exchange_index (int | Unset): Identifier for the exchange shard where the fill occurred
        is_taker (bool | Unset): If you were a taker on this fill
        side (MarketSide | Unset): Market side
        ts (int | Unset): Deprecated - Unix timestamp for when the update happened (in seconds). Use ts_ms instead.
        ts_ms (int | Unset): Unix timestamp for when the update happened (in milliseconds)
        yes_price_dollars (Decimal | Unset): Price for the yes side of the fill in dollars
        count_fp (Decimal | Unset): Fixed-point contracts filled (2 decimals)
        fee_cost (str | Unset): Exchange fee paid for this fill in fixed-point dollars
        action (OrderAction | Unset): Legacy order action; an unknown action is emitted as an empty string.
        post_position_fp (Decimal | Unset): Fixed-point position after the fill (2 decimals)
        purchased_side (MarketSide | Unset): Market side
        outcome_side (MarketSide | Unset): Market side
        book_side (BookSide | Unset): Side of the book for an order or trade. 'bid' is equivalent to outcome_side 'yes';
            'ask' is equivalent to outcome_side 'no'.
        subaccount (int | Unset): Optional subaccount number for the fill
    """

    trade_id: UUID | Unset = UNSET
    order_id: UUID | Unset = UNSET
    client_order_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    is_taker: bool | Unset = UNSET
    side: MarketSide | Unset = UNSET
    ts: int | Unset = UNSET
    ts_ms: int | Unset = UNSET
    yes_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    count_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    fee_cost: str | Unset = UNSET
    action: OrderAction | Unset = UNSET
    post_position_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    purchased_side: MarketSide | Unset = UNSET
    outcome_side: MarketSide | Unset = UNSET
    book_side: BookSide | Unset = UNSET
    subaccount: int | Unset = UNSET
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

        exchange_index = self.exchange_index

        is_taker = self.is_taker

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        ts = self.ts

        ts_ms = self.ts_ms

        yes_price_dollars = decimal_to_json(self.yes_price_dollars)

        count_fp = decimal_to_json(self.count_fp)

        fee_cost = self.fee_cost

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        post_position_fp = decimal_to_json(self.post_position_fp)

        purchased_side: str | Unset = UNSET
        if not isinstance(self.purchased_side, Unset):
            purchased_side = self.purchased_side.value

        outcome_side: str | Unset = UNSET
        if not isinstance(self.outcome_side, Unset):
            outcome_side = self.outcome_side.value

        book_side: str | Unset = UNSET
        if not isinstance(self.book_side, Unset):
            book_side = self.book_side.value

        subaccount = self.subaccount

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
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if is_taker is not UNSET:
            field_dict["is_taker"] = is_taker
        if side is not UNSET:
            field_dict["side"] = side
        if ts is not UNSET:
            field_dict["ts"] = ts
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if fee_cost is not UNSET:
            field_dict["fee_cost"] = fee_cost
        if action is not UNSET:
            field_dict["action"] = action
        if post_position_fp is not UNSET:
            field_dict["post_position_fp"] = post_position_fp
        if purchased_side is not UNSET:
            field_dict["purchased_side"] = purchased_side
        if outcome_side is not UNSET:
            field_dict["outcome_side"] = outcome_side
        if book_side is not UNSET:
            field_dict["book_side"] = book_side
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

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

        exchange_index = d.pop("exchange_index", UNSET)

        is_taker = d.pop("is_taker", UNSET)

        _side = d.pop("side", UNSET)
        side: MarketSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = MarketSide(_side)

        ts = d.pop("ts", UNSET)

        ts_ms = d.pop("ts_ms", UNSET)

        yes_price_dollars = d.pop("yes_price_dollars", UNSET)

        count_fp = d.pop("count_fp", UNSET)

        fee_cost = d.pop("fee_cost", UNSET)

        _action = d.pop("action", UNSET)
        action: OrderAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = OrderAction(_action)

        post_position_fp = d.pop("post_position_fp", UNSET)

        _purchased_side = d.pop("purchased_side", UNSET)
        purchased_side: MarketSide | Unset
        if isinstance(_purchased_side, Unset):
            purchased_side = UNSET
        else:
            purchased_side = MarketSide(_purchased_side)

        _outcome_side = d.pop("outcome_side", UNSET)
        outcome_side: MarketSide | Unset
        if isinstance(_outcome_side, Unset):
            outcome_side = UNSET
        else:
            outcome_side = MarketSide(_outcome_side)

        _book_side = d.pop("book_side", UNSET)
        book_side: BookSide | Unset
        if isinstance(_book_side, Unset):
            book_side = UNSET
        else:
            book_side = BookSide(_book_side)

        subaccount = d.pop("subaccount", UNSET)

        fill_payload_msg = cls(
            trade_id=trade_id,
            order_id=order_id,
            client_order_id=client_order_id,
            market_ticker=market_ticker,
            exchange_index=exchange_index,
            is_taker=is_taker,
            side=side,
            ts=ts,
            ts_ms=ts_ms,
            yes_price_dollars=yes_price_dollars,
            count_fp=count_fp,
            fee_cost=fee_cost,
            action=action,
            post_position_fp=post_position_fp,
            purchased_side=purchased_side,
            outcome_side=outcome_side,
            book_side=book_side,
            subaccount=subaccount,
        )

        fill_payload_msg.additional_properties = d
        return fill_payload_msg

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
