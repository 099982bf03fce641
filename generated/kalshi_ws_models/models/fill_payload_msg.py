from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from .. import types as _t
from ..models.book_side import BookSide
from ..models.market_side import MarketSide
from ..models.order_action import OrderAction
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class FillPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        trade_id (UUID): Unique identifier for fills. This is what you use to differentiate fills. Required
            (reading raises MissingFieldError if absent).
        order_id (UUID): Unique identifier for orders. This is what you use to differentiate fills for different
            orders. Required (reading raises MissingFieldError if absent).
        client_order_id (str): Optional client-provided order ID. Optional (None if absent).
        market_ticker (str): Unique market identifier. Required (reading raises MissingFieldError if absent).
        exchange_index (int): Identifier for the exchange shard where the fill occurred. Required (reading
            raises MissingFieldError if absent).
        is_taker (bool): If you were a taker on this fill. Required (reading raises MissingFieldError if
            absent).
        side (MarketSide): Market side. Required (reading raises MissingFieldError if absent).
        ts (int): Deprecated - Unix timestamp for when the update happened (in seconds). Use ts_ms instead.
            Required (reading raises MissingFieldError if absent).
        ts_ms (int): Unix timestamp for when the update happened (in milliseconds) Required (reading raises
            MissingFieldError if absent).
        yes_price_dollars (Decimal): Price for the yes side of the fill in dollars. Required (reading raises
            MissingFieldError if absent).
        count_fp (Decimal): Fixed-point contracts filled (2 decimals) Required (reading raises MissingFieldError
            if absent).
        fee_cost (Decimal): Exchange fee paid for this fill in fixed-point dollars. Required (reading raises
            MissingFieldError if absent).
        action (OrderAction): Legacy order action; an unknown action is emitted as an empty string. Required
            (reading raises MissingFieldError if absent).
        post_position_fp (Decimal): Fixed-point position after the fill (2 decimals) Required (reading raises
            MissingFieldError if absent).
        purchased_side (MarketSide): Market side. Required (reading raises MissingFieldError if absent).
        outcome_side (MarketSide): Market side. Required (reading raises MissingFieldError if absent).
        book_side (BookSide): Side of the book for an order or trade. 'bid' is equivalent to outcome_side 'yes';
            'ask' is equivalent to outcome_side 'no'. Required (reading raises MissingFieldError if absent).
        subaccount (int): Optional subaccount number for the fill. Optional (None if absent).
    """

    __slots__ = ()

    trade_id: UUID = _field(_t.UuidField("trade_id", required=True))
    """Unique identifier for fills. This is what you use to differentiate fills. Required (reading raises
    MissingFieldError if absent)."""

    order_id: UUID = _field(_t.UuidField("order_id", required=True))
    """Unique identifier for orders. This is what you use to differentiate fills for different orders. Required
    (reading raises MissingFieldError if absent)."""

    client_order_id: str | None = _field(_t.StrField("client_order_id"))
    """Optional client-provided order ID. Optional (None if absent)."""

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int = _field(_t.IntField("exchange_index", required=True))
    """Identifier for the exchange shard where the fill occurred. Required (reading raises MissingFieldError if
    absent)."""

    is_taker: bool = _field(_t.BoolField("is_taker", required=True))
    """If you were a taker on this fill. Required (reading raises MissingFieldError if absent)."""

    side: MarketSide = _field(_t.EnumField("side", MarketSide, required=True))
    """Market side. Required (reading raises MissingFieldError if absent)."""

    ts: int = _field(_t.IntField("ts", required=True))
    """Deprecated - Unix timestamp for when the update happened (in seconds). Use ts_ms instead. Required (reading
    raises MissingFieldError if absent)."""

    ts_ms: int = _field(_t.IntField("ts_ms", required=True))
    """Unix timestamp for when the update happened (in milliseconds) Required (reading raises MissingFieldError if
    absent)."""

    yes_price_dollars: Decimal = _field(_t.DecimalField("yes_price_dollars", required=True))
    """Price for the yes side of the fill in dollars. Required (reading raises MissingFieldError if absent)."""

    count_fp: Decimal = _field(_t.DecimalField("count_fp", required=True))
    """Fixed-point contracts filled (2 decimals) Required (reading raises MissingFieldError if absent)."""

    fee_cost: Decimal = _field(_t.DecimalField("fee_cost", required=True))
    """Exchange fee paid for this fill in fixed-point dollars. Required (reading raises MissingFieldError if
    absent)."""

    action: OrderAction = _field(_t.EnumField("action", OrderAction, required=True))
    """Legacy order action; an unknown action is emitted as an empty string. Required (reading raises
    MissingFieldError if absent)."""

    post_position_fp: Decimal = _field(_t.DecimalField("post_position_fp", required=True))
    """Fixed-point position after the fill (2 decimals) Required (reading raises MissingFieldError if absent)."""

    purchased_side: MarketSide = _field(_t.EnumField("purchased_side", MarketSide, required=True))
    """Market side. Required (reading raises MissingFieldError if absent)."""

    outcome_side: MarketSide = _field(_t.EnumField("outcome_side", MarketSide, required=True))
    """Market side. Required (reading raises MissingFieldError if absent)."""

    book_side: BookSide = _field(_t.EnumField("book_side", BookSide, required=True))
    """Side of the book for an order or trade. 'bid' is equivalent to outcome_side 'yes'; 'ask' is equivalent to
    outcome_side 'no'. Required (reading raises MissingFieldError if absent)."""

    subaccount: int | None = _field(_t.IntField("subaccount"))
    """Optional subaccount number for the fill. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("trade_id", _M)
        if v is not _M:
            slow("trade_id")
        v = g("order_id", _M)
        if v is not _M:
            slow("order_id")
        v = g("client_order_id", _M)
        if type(v) is str:
            d["client_order_id"] = v
        elif v is None:
            d["client_order_id"] = None
        elif v is not _M:
            slow("client_order_id")
        v = g("market_ticker", _M)
        if type(v) is str:
            d["market_ticker"] = v
        elif v is not _M:
            slow("market_ticker")
        v = g("exchange_index", _M)
        if type(v) is int:
            d["exchange_index"] = v
        elif v is not _M:
            slow("exchange_index")
        v = g("is_taker", _M)
        if type(v) is bool:
            d["is_taker"] = v
        elif v is not _M:
            slow("is_taker")
        v = g("side", _M)
        m = MarketSide._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["side"] = m
        elif v is not _M:
            slow("side")
        v = g("ts", _M)
        if type(v) is int:
            d["ts"] = v
        elif v is not _M:
            slow("ts")
        v = g("ts_ms", _M)
        if type(v) is int:
            d["ts_ms"] = v
        elif v is not _M:
            slow("ts_ms")
        v = g("yes_price_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["yes_price_dollars"] = x
            else:
                slow("yes_price_dollars")
        elif v is not _M and v != "":
            slow("yes_price_dollars")
        v = g("count_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["count_fp"] = x
            else:
                slow("count_fp")
        elif v is not _M and v != "":
            slow("count_fp")
        v = g("fee_cost", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["fee_cost"] = x
            else:
                slow("fee_cost")
        elif v is not _M and v != "":
            slow("fee_cost")
        v = g("action", _M)
        m = OrderAction._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["action"] = m
        elif v is not _M:
            slow("action")
        v = g("post_position_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["post_position_fp"] = x
            else:
                slow("post_position_fp")
        elif v is not _M and v != "":
            slow("post_position_fp")
        v = g("purchased_side", _M)
        m = MarketSide._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["purchased_side"] = m
        elif v is not _M:
            slow("purchased_side")
        v = g("outcome_side", _M)
        m = MarketSide._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["outcome_side"] = m
        elif v is not _M:
            slow("outcome_side")
        v = g("book_side", _M)
        m = BookSide._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["book_side"] = m
        elif v is not _M:
            slow("book_side")
        v = g("subaccount", _M)
        if type(v) is int:
            d["subaccount"] = v
        elif v is None:
            d["subaccount"] = None
        elif v is not _M:
            slow("subaccount")

    def __init__(
        self,
        *,
        trade_id: UUID | None | Unset = UNSET,
        order_id: UUID | None | Unset = UNSET,
        client_order_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
        is_taker: bool | None | Unset = UNSET,
        side: MarketSide | None | Unset = UNSET,
        ts: int | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
        yes_price_dollars: Decimal | None | Unset = UNSET,
        count_fp: Decimal | None | Unset = UNSET,
        fee_cost: Decimal | None | Unset = UNSET,
        action: OrderAction | None | Unset = UNSET,
        post_position_fp: Decimal | None | Unset = UNSET,
        purchased_side: MarketSide | None | Unset = UNSET,
        outcome_side: MarketSide | None | Unset = UNSET,
        book_side: BookSide | None | Unset = UNSET,
        subaccount: int | None | Unset = UNSET,
    ) -> None:
        """A FillPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("trade_id", trade_id)
        self._set("order_id", order_id)
        self._set("client_order_id", client_order_id)
        self._set("market_ticker", market_ticker)
        self._set("exchange_index", exchange_index)
        self._set("is_taker", is_taker)
        self._set("side", side)
        self._set("ts", ts)
        self._set("ts_ms", ts_ms)
        self._set("yes_price_dollars", yes_price_dollars)
        self._set("count_fp", count_fp)
        self._set("fee_cost", fee_cost)
        self._set("action", action)
        self._set("post_position_fp", post_position_fp)
        self._set("purchased_side", purchased_side)
        self._set("outcome_side", outcome_side)
        self._set("book_side", book_side)
        self._set("subaccount", subaccount)
