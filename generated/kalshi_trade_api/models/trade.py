from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.trade_taker_outcome_side import TradeTakerOutcomeSide
from ..models.trade_taker_side import TradeTakerSide
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="Trade")


@_attrs_define
class Trade:
    """
    Attributes:
        trade_id (str | Unset): Unique identifier for this trade
        ticker (str | Unset): Unique identifier for the market
        count_fp (Decimal | Unset): String representation of the number of contracts bought or sold in this trade
            Example: 10.00.
        yes_price_dollars (Decimal | Unset): Yes price for this trade in dollars Example: 0.5600.
        no_price_dollars (Decimal | Unset): No price for this trade in dollars Example: 0.5600.
        taker_side (TradeTakerSide | Unset): Deprecated. Use `taker_outcome_side` (or `taker_book_side`) instead. See
            [Order direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
        taker_outcome_side (TradeTakerOutcomeSide | Unset): The outcome side the taker is positioned for. buy-yes and
            sell-no produce 'yes'; buy-no and sell-yes produce 'no'.

            `taker_outcome_side` describes directional exposure only; it does not change the trade's price. A trade at price
            `p` with `taker_outcome_side=no` is matched against the maker at the same price `p` with the opposite direction
            — both parties trade at the same price.

            `taker_outcome_side` and `taker_book_side` will become the canonical way to determine trade direction. The
            legacy `taker_side` field will be deprecated in a future release — please migrate to these new fields.
        taker_book_side (BookSide | Unset): Side of the book for an order or trade. For event markets, this refers to
            the YES leg only: `bid` means buy YES, `ask` means sell YES. (Selling YES is economically equivalent to buying
            NO at `1 - price`, but this endpoint quotes everything from the YES side.)
        created_time (datetime.datetime | Unset): Timestamp when this trade was executed
        is_block_trade (bool | Unset): True if this trade was matched off-book as a block trade (e.g. via RFQ /
            negotiated block proposal); false for trades that filled on the standard order book.
    """

    trade_id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    count_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    yes_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    no_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    taker_side: TradeTakerSide | Unset = UNSET
    taker_outcome_side: TradeTakerOutcomeSide | Unset = UNSET
    taker_book_side: BookSide | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    is_block_trade: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_id = self.trade_id

        ticker = self.ticker

        count_fp = decimal_to_json(self.count_fp)

        yes_price_dollars = decimal_to_json(self.yes_price_dollars)

        no_price_dollars = decimal_to_json(self.no_price_dollars)

        taker_side: str | Unset = UNSET
        if not isinstance(self.taker_side, Unset):
            taker_side = self.taker_side.value

        taker_outcome_side: str | Unset = UNSET
        if not isinstance(self.taker_outcome_side, Unset):
            taker_outcome_side = self.taker_outcome_side.value

        taker_book_side: str | Unset = UNSET
        if not isinstance(self.taker_book_side, Unset):
            taker_book_side = self.taker_book_side.value

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        is_block_trade = self.is_block_trade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trade_id is not UNSET:
            field_dict["trade_id"] = trade_id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if taker_side is not UNSET:
            field_dict["taker_side"] = taker_side
        if taker_outcome_side is not UNSET:
            field_dict["taker_outcome_side"] = taker_outcome_side
        if taker_book_side is not UNSET:
            field_dict["taker_book_side"] = taker_book_side
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if is_block_trade is not UNSET:
            field_dict["is_block_trade"] = is_block_trade

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trade_id = d.pop("trade_id", UNSET)

        ticker = d.pop("ticker", UNSET)

        count_fp = d.pop("count_fp", UNSET)

        yes_price_dollars = d.pop("yes_price_dollars", UNSET)

        no_price_dollars = d.pop("no_price_dollars", UNSET)

        _taker_side = d.pop("taker_side", UNSET)
        taker_side: TradeTakerSide | Unset
        if isinstance(_taker_side, Unset):
            taker_side = UNSET
        else:
            taker_side = TradeTakerSide(_taker_side)

        _taker_outcome_side = d.pop("taker_outcome_side", UNSET)
        taker_outcome_side: TradeTakerOutcomeSide | Unset
        if isinstance(_taker_outcome_side, Unset):
            taker_outcome_side = UNSET
        else:
            taker_outcome_side = TradeTakerOutcomeSide(_taker_outcome_side)

        _taker_book_side = d.pop("taker_book_side", UNSET)
        taker_book_side: BookSide | Unset
        if isinstance(_taker_book_side, Unset):
            taker_book_side = UNSET
        else:
            taker_book_side = BookSide(_taker_book_side)

        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        is_block_trade = d.pop("is_block_trade", UNSET)

        trade = cls(
            trade_id=trade_id,
            ticker=ticker,
            count_fp=count_fp,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            taker_side=taker_side,
            taker_outcome_side=taker_outcome_side,
            taker_book_side=taker_book_side,
            created_time=created_time,
            is_block_trade=is_block_trade,
        )

        trade.additional_properties = d
        return trade

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
