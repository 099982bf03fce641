from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.book_side import BookSide
from ..models.fill_action import FillAction
from ..models.fill_side import FillSide
from ..models.outcome_side import OutcomeSide
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_FillSide_get = _t.member_lookup(FillSide)
_FillAction_get = _t.member_lookup(FillAction)
_OutcomeSide_get = _t.member_lookup(OutcomeSide)
_BookSide_get = _t.member_lookup(BookSide)


class Fill(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        fill_id (str): Unique identifier for this fill. Required (reading raises MissingFieldError if absent).
        exchange_index (int): Identifier for an exchange shard. Example: 0. Required (reading raises
            MissingFieldError if absent).
        trade_id (str): Unique identifier for this fill (legacy field name, same as fill_id) Required (reading
            raises MissingFieldError if absent).
        order_id (str): Unique identifier for the order that resulted in this fill. Required (reading raises
            MissingFieldError if absent).
        ticker (str): Unique identifier for the market. Required (reading raises MissingFieldError if absent).
        market_ticker (str): Unique identifier for the market (legacy field name, same as ticker) Required
            (reading raises MissingFieldError if absent).
        side (FillSide): Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
            direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
            Optional (None if absent).
        action (FillAction): Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
            direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
            Optional (None if absent).
        outcome_side (OutcomeSide): Outcome side. Required (reading raises MissingFieldError if absent).
        book_side (BookSide): Side of the book for an order or trade. For event markets, this refers to the YES
            leg only: `bid` means buy YES, `ask` means sell YES. (Selling YES is economically equivalent to buying
            NO at `1 - price`, but this endpoint quotes everything from the YES side.) Required (reading raises
            MissingFieldError if absent).
        count_fp (Decimal): String representation of the number of contracts bought or sold in this fill.
            Example: 10.00. Required (reading raises MissingFieldError if absent).
        yes_price_dollars (Decimal): Fill price for the yes side in fixed-point dollars. Example: 0.5600.
            Required (reading raises MissingFieldError if absent).
        no_price_dollars (Decimal): Fill price for the no side in fixed-point dollars. Example: 0.5600. Required
            (reading raises MissingFieldError if absent).
        is_taker (bool): If true, this fill was a taker (removed liquidity from the order book) Required
            (reading raises MissingFieldError if absent).
        created_time (datetime.datetime): Timestamp when this fill was executed. Optional (None if absent).
        fee_cost (Decimal): Fee cost in fixed-point dollars. Example: 0.5600. Required (reading raises
            MissingFieldError if absent).
        subaccount_number (int): Subaccount number (0 for primary, 1-63 for subaccounts). Present for direct
            users. Optional (None if absent).
        ts (int): Unix timestamp when this fill was executed (legacy field name) Optional (None if absent).
    """

    __slots__ = (
        "fill_id",
        "exchange_index",
        "trade_id",
        "order_id",
        "ticker",
        "market_ticker",
        "side",
        "action",
        "outcome_side",
        "book_side",
        "count_fp",
        "yes_price_dollars",
        "no_price_dollars",
        "is_taker",
        "created_time",
        "fee_cost",
        "subaccount_number",
        "ts",
    )

    fill_id: str
    """Unique identifier for this fill. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int
    """Identifier for an exchange shard. Example: 0. Required (reading raises MissingFieldError if absent)."""

    trade_id: str
    """Unique identifier for this fill (legacy field name, same as fill_id) Required (reading raises
    MissingFieldError if absent)."""

    order_id: str
    """Unique identifier for the order that resulted in this fill. Required (reading raises MissingFieldError if
    absent)."""

    ticker: str
    """Unique identifier for the market. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Unique identifier for the market (legacy field name, same as ticker) Required (reading raises
    MissingFieldError if absent)."""

    side: FillSide | None
    """Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
    direction](/getting_started/order_direction). This field will not be removed before May 14, 2026. Optional
    (None if absent)."""

    action: FillAction | None
    """Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
    direction](/getting_started/order_direction). This field will not be removed before May 14, 2026. Optional
    (None if absent)."""

    outcome_side: OutcomeSide
    """Outcome side. Required (reading raises MissingFieldError if absent)."""

    book_side: BookSide
    """Side of the book for an order or trade. For event markets, this refers to the YES leg only: `bid` means buy
    YES, `ask` means sell YES. (Selling YES is economically equivalent to buying NO at `1 - price`, but this
    endpoint quotes everything from the YES side.) Required (reading raises MissingFieldError if absent)."""

    count_fp: Decimal
    """String representation of the number of contracts bought or sold in this fill. Example: 10.00. Required
    (reading raises MissingFieldError if absent)."""

    yes_price_dollars: Decimal
    """Fill price for the yes side in fixed-point dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    no_price_dollars: Decimal
    """Fill price for the no side in fixed-point dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    is_taker: bool
    """If true, this fill was a taker (removed liquidity from the order book) Required (reading raises
    MissingFieldError if absent)."""

    created_time: datetime.datetime | None
    """Timestamp when this fill was executed. Optional (None if absent)."""

    fee_cost: Decimal
    """Fee cost in fixed-point dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    subaccount_number: int | None
    """Subaccount number (0 for primary, 1-63 for subaccounts). Present for direct users. Optional (None if
    absent)."""

    ts: int | None
    """Unix timestamp when this fill was executed (legacy field name) Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "fill_id": _t.StrField("fill_id", required=True),
        "exchange_index": _t.IntField("exchange_index", required=True),
        "trade_id": _t.StrField("trade_id", required=True),
        "order_id": _t.StrField("order_id", required=True),
        "ticker": _t.StrField("ticker", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "side": _t.EnumField("side", FillSide),
        "action": _t.EnumField("action", FillAction),
        "outcome_side": _t.EnumField("outcome_side", OutcomeSide, required=True),
        "book_side": _t.EnumField("book_side", BookSide, required=True),
        "count_fp": _t.DecimalField("count_fp", required=True),
        "yes_price_dollars": _t.DecimalField("yes_price_dollars", required=True),
        "no_price_dollars": _t.DecimalField("no_price_dollars", required=True),
        "is_taker": _t.BoolField("is_taker", required=True),
        "created_time": _t.DateTimeField("created_time"),
        "fee_cost": _t.DecimalField("fee_cost", required=True),
        "subaccount_number": _t.IntField("subaccount_number", nullable=True),
        "ts": _t.IntField("ts"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        raw = self._raw
        g = raw.get
        if next(iter(raw), None) is not _KEYS.first:  # another decoder's key objects: adopt them
            _KEYS.adopt(raw)
        (
            k_fill_id,
            k_exchange_index,
            k_trade_id,
            k_order_id,
            k_ticker,
            k_market_ticker,
            k_side,
            k_action,
            k_outcome_side,
            k_book_side,
            k_count_fp,
            k_yes_price_dollars,
            k_no_price_dollars,
            k_is_taker,
            k_created_time,
            k_fee_cost,
            k_subaccount_number,
            k_ts,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_fill_id)) is str:
            self.fill_id = v
        else:
            self._slow_field("fill_id")
        if type(v := g(k_exchange_index)) is int:
            self.exchange_index = v
        else:
            self._slow_field("exchange_index")
        if type(v := g(k_trade_id)) is str:
            self.trade_id = v
        else:
            self._slow_field("trade_id")
        if type(v := g(k_order_id)) is str:
            self.order_id = v
        else:
            self._slow_field("order_id")
        if type(v := g(k_ticker)) is str:
            self.ticker = v
        else:
            self._slow_field("ticker")
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if (m := _FillSide_get(v := g(k_side))) is not None:
            self.side = m
        elif v is None:
            self.side = None
        else:
            self._slow_field("side")
        if (m := _FillAction_get(v := g(k_action))) is not None:
            self.action = m
        elif v is None:
            self.action = None
        else:
            self._slow_field("action")
        if (m := _OutcomeSide_get(v := g(k_outcome_side))) is not None:
            self.outcome_side = m
        else:
            self._slow_field("outcome_side")
        if (m := _BookSide_get(v := g(k_book_side))) is not None:
            self.book_side = m
        else:
            self._slow_field("book_side")
        if (x := _dc(v := g(k_count_fp))) is not None:  # only text already parsed is in the cache
            self.count_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.count_fp = _nd(v)
        else:
            self._slow_field("count_fp")
        if (x := _dc(v := g(k_yes_price_dollars))) is not None:  # only text already parsed is in the cache
            self.yes_price_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_price_dollars = _nd(v)
        else:
            self._slow_field("yes_price_dollars")
        if (x := _dc(v := g(k_no_price_dollars))) is not None:  # only text already parsed is in the cache
            self.no_price_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.no_price_dollars = _nd(v)
        else:
            self._slow_field("no_price_dollars")
        if type(v := g(k_is_taker)) is bool:
            self.is_taker = v
        else:
            self._slow_field("is_taker")
        if (t := _tc(v := g(k_created_time))) is not None:
            self.created_time = t
        elif isinstance(v, str):
            self.created_time = _nt(v)
        elif v is None:
            self.created_time = None
        else:
            self._slow_field("created_time")
        if (x := _dc(v := g(k_fee_cost))) is not None:  # only text already parsed is in the cache
            self.fee_cost = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.fee_cost = _nd(v)
        else:
            self._slow_field("fee_cost")
        if type(v := g(k_subaccount_number)) is int:
            self.subaccount_number = v
        elif v is None:
            self.subaccount_number = None
        else:
            self._slow_field("subaccount_number")
        if type(v := g(k_ts)) is int:
            self.ts = v
        elif v is None:
            self.ts = None
        else:
            self._slow_field("ts")

    def __init__(
        self,
        *,
        fill_id: str | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
        trade_id: str | None | Unset = UNSET,
        order_id: str | None | Unset = UNSET,
        ticker: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        side: FillSide | None | Unset = UNSET,
        action: FillAction | None | Unset = UNSET,
        outcome_side: OutcomeSide | None | Unset = UNSET,
        book_side: BookSide | None | Unset = UNSET,
        count_fp: Decimal | None | Unset = UNSET,
        yes_price_dollars: Decimal | None | Unset = UNSET,
        no_price_dollars: Decimal | None | Unset = UNSET,
        is_taker: bool | None | Unset = UNSET,
        created_time: datetime.datetime | None | Unset = UNSET,
        fee_cost: Decimal | None | Unset = UNSET,
        subaccount_number: int | None | Unset = UNSET,
        ts: int | None | Unset = UNSET,
    ) -> None:
        """A Fill from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("fill_id", fill_id)
        self._set("exchange_index", exchange_index)
        self._set("trade_id", trade_id)
        self._set("order_id", order_id)
        self._set("ticker", ticker)
        self._set("market_ticker", market_ticker)
        self._set("side", side)
        self._set("action", action)
        self._set("outcome_side", outcome_side)
        self._set("book_side", book_side)
        self._set("count_fp", count_fp)
        self._set("yes_price_dollars", yes_price_dollars)
        self._set("no_price_dollars", no_price_dollars)
        self._set("is_taker", is_taker)
        self._set("created_time", created_time)
        self._set("fee_cost", fee_cost)
        self._set("subaccount_number", subaccount_number)
        self._set("ts", ts)


_KEYS = _t.JsonKeys(*(field.key for field in Fill._declared.values()))  # in _load_fast's order
