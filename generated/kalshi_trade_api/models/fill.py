from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.fill_action import FillAction
from ..models.fill_side import FillSide
from ..models.outcome_side import OutcomeSide
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="Fill")


@_attrs_define
class Fill:
    """
    Attributes:
        fill_id (str | Unset): Unique identifier for this fill
        exchange_index (int | Unset): Identifier for an exchange shard. Example: 0.
        trade_id (str | Unset): Unique identifier for this fill (legacy field name, same as fill_id)
        order_id (str | Unset): Unique identifier for the order that resulted in this fill
        ticker (str | Unset): Unique identifier for the market
        market_ticker (str | Unset): Unique identifier for the market (legacy field name, same as ticker)
        side (FillSide | Unset): Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
            direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
        action (FillAction | Unset): Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
            direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
        outcome_side (OutcomeSide | Unset): Outcome side.
        book_side (BookSide | Unset): Side of the book for an order or trade. For event markets, this refers to the YES
            leg only: `bid` means buy YES, `ask` means sell YES. (Selling YES is economically equivalent to buying NO at `1
            - price`, but this endpoint quotes everything from the YES side.)
        count_fp (Decimal | Unset): String representation of the number of contracts bought or sold in this fill
            Example: 10.00.
        yes_price_dollars (Decimal | Unset): Fill price for the yes side in fixed-point dollars Example: 0.5600.
        no_price_dollars (Decimal | Unset): Fill price for the no side in fixed-point dollars Example: 0.5600.
        is_taker (bool | Unset): If true, this fill was a taker (removed liquidity from the order book)
        created_time (datetime.datetime | Unset): Timestamp when this fill was executed
        fee_cost (Decimal | Unset): Fee cost in fixed-point dollars Example: 0.5600.
        subaccount_number (int | None | Unset): Subaccount number (0 for primary, 1-63 for subaccounts). Present for
            direct users.
        ts (int | Unset): Unix timestamp when this fill was executed (legacy field name)
    """

    fill_id: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    trade_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    side: FillSide | Unset = UNSET
    action: FillAction | Unset = UNSET
    outcome_side: OutcomeSide | Unset = UNSET
    book_side: BookSide | Unset = UNSET
    count_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    yes_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    no_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    is_taker: bool | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    fee_cost: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    subaccount_number: int | None | Unset = UNSET
    ts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fill_id = self.fill_id

        exchange_index = self.exchange_index

        trade_id = self.trade_id

        order_id = self.order_id

        ticker = self.ticker

        market_ticker = self.market_ticker

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        outcome_side: str | Unset = UNSET
        if not isinstance(self.outcome_side, Unset):
            outcome_side = self.outcome_side.value

        book_side: str | Unset = UNSET
        if not isinstance(self.book_side, Unset):
            book_side = self.book_side.value

        count_fp = decimal_to_json(self.count_fp)

        yes_price_dollars = decimal_to_json(self.yes_price_dollars)

        no_price_dollars = decimal_to_json(self.no_price_dollars)

        is_taker = self.is_taker

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        fee_cost = decimal_to_json(self.fee_cost)

        subaccount_number: int | None | Unset
        if isinstance(self.subaccount_number, Unset):
            subaccount_number = UNSET
        else:
            subaccount_number = self.subaccount_number

        ts = self.ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fill_id is not UNSET:
            field_dict["fill_id"] = fill_id
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if trade_id is not UNSET:
            field_dict["trade_id"] = trade_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if side is not UNSET:
            field_dict["side"] = side
        if action is not UNSET:
            field_dict["action"] = action
        if outcome_side is not UNSET:
            field_dict["outcome_side"] = outcome_side
        if book_side is not UNSET:
            field_dict["book_side"] = book_side
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if is_taker is not UNSET:
            field_dict["is_taker"] = is_taker
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if fee_cost is not UNSET:
            field_dict["fee_cost"] = fee_cost
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        if ts is not UNSET:
            field_dict["ts"] = ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fill_id = d.pop("fill_id", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        trade_id = d.pop("trade_id", UNSET)

        order_id = d.pop("order_id", UNSET)

        ticker = d.pop("ticker", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        _side = d.pop("side", UNSET)
        side: FillSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = FillSide(_side)

        _action = d.pop("action", UNSET)
        action: FillAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = FillAction(_action)

        _outcome_side = d.pop("outcome_side", UNSET)
        outcome_side: OutcomeSide | Unset
        if isinstance(_outcome_side, Unset):
            outcome_side = UNSET
        else:
            outcome_side = OutcomeSide(_outcome_side)

        _book_side = d.pop("book_side", UNSET)
        book_side: BookSide | Unset
        if isinstance(_book_side, Unset):
            book_side = UNSET
        else:
            book_side = BookSide(_book_side)

        count_fp = d.pop("count_fp", UNSET)

        yes_price_dollars = d.pop("yes_price_dollars", UNSET)

        no_price_dollars = d.pop("no_price_dollars", UNSET)

        is_taker = d.pop("is_taker", UNSET)

        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        fee_cost = d.pop("fee_cost", UNSET)

        def _parse_subaccount_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subaccount_number = _parse_subaccount_number(d.pop("subaccount_number", UNSET))

        ts = d.pop("ts", UNSET)

        fill = cls(
            fill_id=fill_id,
            exchange_index=exchange_index,
            trade_id=trade_id,
            order_id=order_id,
            ticker=ticker,
            market_ticker=market_ticker,
            side=side,
            action=action,
            outcome_side=outcome_side,
            book_side=book_side,
            count_fp=count_fp,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            is_taker=is_taker,
            created_time=created_time,
            fee_cost=fee_cost,
            subaccount_number=subaccount_number,
            ts=ts,
        )

        fill.additional_properties = d
        return fill

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
