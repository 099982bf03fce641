from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID

from .. import types as _t
from ..models.book_side import BookSide
from ..models.market_side import MarketSide
from ..models.order_action import OrderAction
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_MarketSide_get = _t.member_lookup(MarketSide)
_OrderAction_get = _t.member_lookup(OrderAction)
_BookSide_get = _t.member_lookup(BookSide)


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

    __slots__ = (
        "trade_id",
        "order_id",
        "client_order_id",
        "market_ticker",
        "exchange_index",
        "is_taker",
        "side",
        "ts",
        "ts_ms",
        "yes_price_dollars",
        "count_fp",
        "fee_cost",
        "action",
        "post_position_fp",
        "purchased_side",
        "outcome_side",
        "book_side",
        "subaccount",
    )

    trade_id: UUID
    """Unique identifier for fills. This is what you use to differentiate fills. Required (reading raises
    MissingFieldError if absent)."""

    order_id: UUID
    """Unique identifier for orders. This is what you use to differentiate fills for different orders. Required
    (reading raises MissingFieldError if absent)."""

    client_order_id: str | None
    """Optional client-provided order ID. Optional (None if absent)."""

    market_ticker: str
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int
    """Identifier for the exchange shard where the fill occurred. Required (reading raises MissingFieldError if
    absent)."""

    is_taker: bool
    """If you were a taker on this fill. Required (reading raises MissingFieldError if absent)."""

    side: MarketSide
    """Market side. Required (reading raises MissingFieldError if absent)."""

    ts: int
    """Deprecated - Unix timestamp for when the update happened (in seconds). Use ts_ms instead. Required (reading
    raises MissingFieldError if absent)."""

    ts_ms: int
    """Unix timestamp for when the update happened (in milliseconds) Required (reading raises MissingFieldError if
    absent)."""

    yes_price_dollars: Decimal
    """Price for the yes side of the fill in dollars. Required (reading raises MissingFieldError if absent)."""

    count_fp: Decimal
    """Fixed-point contracts filled (2 decimals) Required (reading raises MissingFieldError if absent)."""

    fee_cost: Decimal
    """Exchange fee paid for this fill in fixed-point dollars. Required (reading raises MissingFieldError if
    absent)."""

    action: OrderAction
    """Legacy order action; an unknown action is emitted as an empty string. Required (reading raises
    MissingFieldError if absent)."""

    post_position_fp: Decimal
    """Fixed-point position after the fill (2 decimals) Required (reading raises MissingFieldError if absent)."""

    purchased_side: MarketSide
    """Market side. Required (reading raises MissingFieldError if absent)."""

    outcome_side: MarketSide
    """Market side. Required (reading raises MissingFieldError if absent)."""

    book_side: BookSide
    """Side of the book for an order or trade. 'bid' is equivalent to outcome_side 'yes'; 'ask' is equivalent to
    outcome_side 'no'. Required (reading raises MissingFieldError if absent)."""

    subaccount: int | None
    """Optional subaccount number for the fill. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "trade_id": _t.UuidField("trade_id", required=True),
        "order_id": _t.UuidField("order_id", required=True),
        "client_order_id": _t.StrField("client_order_id"),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "exchange_index": _t.IntField("exchange_index", required=True),
        "is_taker": _t.BoolField("is_taker", required=True),
        "side": _t.EnumField("side", MarketSide, required=True),
        "ts": _t.IntField("ts", required=True),
        "ts_ms": _t.IntField("ts_ms", required=True),
        "yes_price_dollars": _t.DecimalField("yes_price_dollars", required=True),
        "count_fp": _t.DecimalField("count_fp", required=True),
        "fee_cost": _t.DecimalField("fee_cost", required=True),
        "action": _t.EnumField("action", OrderAction, required=True),
        "post_position_fp": _t.DecimalField("post_position_fp", required=True),
        "purchased_side": _t.EnumField("purchased_side", MarketSide, required=True),
        "outcome_side": _t.EnumField("outcome_side", MarketSide, required=True),
        "book_side": _t.EnumField("book_side", BookSide, required=True),
        "subaccount": _t.IntField("subaccount"),
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
            k_trade_id,
            k_order_id,
            k_client_order_id,
            k_market_ticker,
            k_exchange_index,
            k_is_taker,
            k_side,
            k_ts,
            k_ts_ms,
            k_yes_price_dollars,
            k_count_fp,
            k_fee_cost,
            k_action,
            k_post_position_fp,
            k_purchased_side,
            k_outcome_side,
            k_book_side,
            k_subaccount,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        self._slow_field("trade_id")
        self._slow_field("order_id")
        if type(v := g(k_client_order_id)) is str:
            self.client_order_id = v
        elif v is None:
            self.client_order_id = None
        else:
            self._slow_field("client_order_id")
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if type(v := g(k_exchange_index)) is int:
            self.exchange_index = v
        else:
            self._slow_field("exchange_index")
        if type(v := g(k_is_taker)) is bool:
            self.is_taker = v
        else:
            self._slow_field("is_taker")
        if (m := _MarketSide_get(v := g(k_side))) is not None:
            self.side = m
        else:
            self._slow_field("side")
        if type(v := g(k_ts)) is int:
            self.ts = v
        else:
            self._slow_field("ts")
        if type(v := g(k_ts_ms)) is int:
            self.ts_ms = v
        else:
            self._slow_field("ts_ms")
        if (x := _dc(v := g(k_yes_price_dollars))) is not None:  # only text already parsed is in the cache
            self.yes_price_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_price_dollars = _nd(v)
        else:
            self._slow_field("yes_price_dollars")
        if (x := _dc(v := g(k_count_fp))) is not None:  # only text already parsed is in the cache
            self.count_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.count_fp = _nd(v)
        else:
            self._slow_field("count_fp")
        if (x := _dc(v := g(k_fee_cost))) is not None:  # only text already parsed is in the cache
            self.fee_cost = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.fee_cost = _nd(v)
        else:
            self._slow_field("fee_cost")
        if (m := _OrderAction_get(v := g(k_action))) is not None:
            self.action = m
        else:
            self._slow_field("action")
        if (x := _dc(v := g(k_post_position_fp))) is not None:  # only text already parsed is in the cache
            self.post_position_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.post_position_fp = _nd(v)
        else:
            self._slow_field("post_position_fp")
        if (m := _MarketSide_get(v := g(k_purchased_side))) is not None:
            self.purchased_side = m
        else:
            self._slow_field("purchased_side")
        if (m := _MarketSide_get(v := g(k_outcome_side))) is not None:
            self.outcome_side = m
        else:
            self._slow_field("outcome_side")
        if (m := _BookSide_get(v := g(k_book_side))) is not None:
            self.book_side = m
        else:
            self._slow_field("book_side")
        if type(v := g(k_subaccount)) is int:
            self.subaccount = v
        elif v is None:
            self.subaccount = None
        else:
            self._slow_field("subaccount")

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
        self._done = None
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


_KEYS = _t.JsonKeys(*(field.key for field in FillPayloadMsg._declared.values()))  # in _load_fast's order
