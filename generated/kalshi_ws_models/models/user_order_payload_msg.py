from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from .. import types as _t
from ..models.book_side import BookSide
from ..models.last_update_reason import LastUpdateReason
from ..models.market_side import MarketSide
from ..models.user_order_payload_msg_self_trade_prevention_type import UserOrderPayloadMsgSelfTradePreventionType
from ..models.user_order_payload_msg_status import UserOrderPayloadMsgStatus
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_UserOrderPayloadMsgStatus_get = _t.member_lookup(UserOrderPayloadMsgStatus)
_MarketSide_get = _t.member_lookup(MarketSide)
_BookSide_get = _t.member_lookup(BookSide)
_UserOrderPayloadMsgSelfTradePreventionType_get = _t.member_lookup(UserOrderPayloadMsgSelfTradePreventionType)
_LastUpdateReason_get = _t.member_lookup(LastUpdateReason)


class UserOrderPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        order_id (UUID): Unique order identifier. Required (reading raises MissingFieldError if absent).
        user_id (UUID): User identifier. Required (reading raises MissingFieldError if absent).
        ticker (str): Unique market identifier. Required (reading raises MissingFieldError if absent).
        exchange_index (int): Identifier for the exchange shard where the order resides. Required (reading
            raises MissingFieldError if absent).
        status (UserOrderPayloadMsgStatus): Current order status. Required (reading raises MissingFieldError if
            absent).
        side (MarketSide): Market side. Required (reading raises MissingFieldError if absent).
        is_yes (bool): Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
            direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
            Required (reading raises MissingFieldError if absent).
        outcome_side (MarketSide): Market side. Required (reading raises MissingFieldError if absent).
        book_side (BookSide): Side of the book for an order or trade. 'bid' is equivalent to outcome_side 'yes';
            'ask' is equivalent to outcome_side 'no'. Required (reading raises MissingFieldError if absent).
        yes_price_dollars (Decimal): Yes price in fixed-point dollars (4 decimals) Required (reading raises
            MissingFieldError if absent).
        fill_count_fp (Decimal): Number of contracts filled in fixed-point (2 decimals) Required (reading raises
            MissingFieldError if absent).
        remaining_count_fp (Decimal): Number of contracts remaining in fixed-point (2 decimals) Required
            (reading raises MissingFieldError if absent).
        initial_count_fp (Decimal): Initial number of contracts in fixed-point (2 decimals) Required (reading
            raises MissingFieldError if absent).
        taker_fill_cost_dollars (Decimal): Taker fill cost in fixed-point dollars (6 decimals) Required (reading
            raises MissingFieldError if absent).
        maker_fill_cost_dollars (Decimal): Maker fill cost in fixed-point dollars (6 decimals) Required (reading
            raises MissingFieldError if absent).
        taker_fees_dollars (Decimal): Taker fees in fixed-point dollars (6 decimals). Required (reading raises
            MissingFieldError if absent).
        maker_fees_dollars (Decimal): Maker fees in fixed-point dollars (6 decimals). Required (reading raises
            MissingFieldError if absent).
        client_order_id (str): Client-provided order identifier. Required (reading raises MissingFieldError if
            absent).
        order_group_id (str): Order group identifier, if applicable. Optional (None if absent).
        self_trade_prevention_type (UserOrderPayloadMsgSelfTradePreventionType): Self-trade prevention type.
            Optional (None if absent).
        created_time (datetime.datetime): Deprecated - Order creation time in RFC3339 format, truncated to
            milliseconds. Use created_ts_ms instead. Required (reading raises MissingFieldError if absent).
        last_update_time (datetime.datetime): Deprecated - Last update time in RFC3339 format, truncated to
            milliseconds. Use last_updated_ts_ms instead. Optional (None if absent).
        expiration_time (datetime.datetime): Deprecated - Order expiration time in RFC3339 format, truncated to
            milliseconds. Use expiration_ts_ms instead. Optional (None if absent).
        expiration_ts_ms (int): Order expiration time as a Unix timestamp in milliseconds. Optional (None if
            absent).
        created_ts_ms (int): Order creation time as a Unix timestamp in milliseconds. Required (reading raises
            MissingFieldError if absent).
        last_updated_ts_ms (int): Last update time as a Unix timestamp in milliseconds. Optional (None if
            absent).
        last_update_reason (LastUpdateReason): Order update reason. The value ReduceOnlyCancel means reduce_only
            capped the order at placement. Optional (None if absent).
        subaccount_number (int): Subaccount number (0 for primary, 1-63 for subaccounts) Optional (None if
            absent).
    """

    __slots__ = (
        "order_id",
        "user_id",
        "ticker",
        "exchange_index",
        "status",
        "side",
        "is_yes",
        "outcome_side",
        "book_side",
        "yes_price_dollars",
        "fill_count_fp",
        "remaining_count_fp",
        "initial_count_fp",
        "taker_fill_cost_dollars",
        "maker_fill_cost_dollars",
        "taker_fees_dollars",
        "maker_fees_dollars",
        "client_order_id",
        "order_group_id",
        "self_trade_prevention_type",
        "created_time",
        "last_update_time",
        "expiration_time",
        "expiration_ts_ms",
        "created_ts_ms",
        "last_updated_ts_ms",
        "last_update_reason",
        "subaccount_number",
    )

    order_id: UUID
    """Unique order identifier. Required (reading raises MissingFieldError if absent)."""

    user_id: UUID
    """User identifier. Required (reading raises MissingFieldError if absent)."""

    ticker: str
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int
    """Identifier for the exchange shard where the order resides. Required (reading raises MissingFieldError if
    absent)."""

    status: UserOrderPayloadMsgStatus
    """Current order status. Required (reading raises MissingFieldError if absent)."""

    side: MarketSide
    """Market side. Required (reading raises MissingFieldError if absent)."""

    is_yes: bool
    """Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
    direction](/getting_started/order_direction). This field will not be removed before May 14, 2026. Required
    (reading raises MissingFieldError if absent)."""

    outcome_side: MarketSide
    """Market side. Required (reading raises MissingFieldError if absent)."""

    book_side: BookSide
    """Side of the book for an order or trade. 'bid' is equivalent to outcome_side 'yes'; 'ask' is equivalent to
    outcome_side 'no'. Required (reading raises MissingFieldError if absent)."""

    yes_price_dollars: Decimal
    """Yes price in fixed-point dollars (4 decimals) Required (reading raises MissingFieldError if absent)."""

    fill_count_fp: Decimal
    """Number of contracts filled in fixed-point (2 decimals) Required (reading raises MissingFieldError if
    absent)."""

    remaining_count_fp: Decimal
    """Number of contracts remaining in fixed-point (2 decimals) Required (reading raises MissingFieldError if
    absent)."""

    initial_count_fp: Decimal
    """Initial number of contracts in fixed-point (2 decimals) Required (reading raises MissingFieldError if
    absent)."""

    taker_fill_cost_dollars: Decimal
    """Taker fill cost in fixed-point dollars (6 decimals) Required (reading raises MissingFieldError if absent)."""

    maker_fill_cost_dollars: Decimal
    """Maker fill cost in fixed-point dollars (6 decimals) Required (reading raises MissingFieldError if absent)."""

    taker_fees_dollars: Decimal
    """Taker fees in fixed-point dollars (6 decimals). Required (reading raises MissingFieldError if absent)."""

    maker_fees_dollars: Decimal
    """Maker fees in fixed-point dollars (6 decimals). Required (reading raises MissingFieldError if absent)."""

    client_order_id: str
    """Client-provided order identifier. Required (reading raises MissingFieldError if absent)."""

    order_group_id: str | None
    """Order group identifier, if applicable. Optional (None if absent)."""

    self_trade_prevention_type: UserOrderPayloadMsgSelfTradePreventionType | None
    """Self-trade prevention type. Optional (None if absent)."""

    created_time: datetime.datetime | None
    """Deprecated - Order creation time in RFC3339 format, truncated to milliseconds. Use created_ts_ms instead.
    Required (reading raises MissingFieldError if absent)."""

    last_update_time: datetime.datetime | None
    """Deprecated - Last update time in RFC3339 format, truncated to milliseconds. Use last_updated_ts_ms instead.
    Optional (None if absent)."""

    expiration_time: datetime.datetime | None
    """Deprecated - Order expiration time in RFC3339 format, truncated to milliseconds. Use expiration_ts_ms
    instead. Optional (None if absent)."""

    expiration_ts_ms: int | None
    """Order expiration time as a Unix timestamp in milliseconds. Optional (None if absent)."""

    created_ts_ms: int | None
    """Order creation time as a Unix timestamp in milliseconds. Required (reading raises MissingFieldError if
    absent)."""

    last_updated_ts_ms: int | None
    """Last update time as a Unix timestamp in milliseconds. Optional (None if absent)."""

    last_update_reason: LastUpdateReason | None
    """Order update reason. The value ReduceOnlyCancel means reduce_only capped the order at placement. Optional
    (None if absent)."""

    subaccount_number: int | None
    """Subaccount number (0 for primary, 1-63 for subaccounts) Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "order_id": _t.UuidField("order_id", required=True),
        "user_id": _t.UuidField("user_id", required=True),
        "ticker": _t.StrField("ticker", required=True),
        "exchange_index": _t.IntField("exchange_index", required=True),
        "status": _t.EnumField("status", UserOrderPayloadMsgStatus, required=True),
        "side": _t.EnumField("side", MarketSide, required=True),
        "is_yes": _t.BoolField("is_yes", required=True),
        "outcome_side": _t.EnumField("outcome_side", MarketSide, required=True),
        "book_side": _t.EnumField("book_side", BookSide, required=True),
        "yes_price_dollars": _t.DecimalField("yes_price_dollars", required=True),
        "fill_count_fp": _t.DecimalField("fill_count_fp", required=True),
        "remaining_count_fp": _t.DecimalField("remaining_count_fp", required=True),
        "initial_count_fp": _t.DecimalField("initial_count_fp", required=True),
        "taker_fill_cost_dollars": _t.DecimalField("taker_fill_cost_dollars", required=True),
        "maker_fill_cost_dollars": _t.DecimalField("maker_fill_cost_dollars", required=True),
        "taker_fees_dollars": _t.DecimalField("taker_fees_dollars", required=True),
        "maker_fees_dollars": _t.DecimalField("maker_fees_dollars", required=True),
        "client_order_id": _t.StrField("client_order_id", required=True),
        "order_group_id": _t.StrField("order_group_id"),
        "self_trade_prevention_type": _t.EnumField(
            "self_trade_prevention_type", UserOrderPayloadMsgSelfTradePreventionType
        ),
        "created_time": _t.DateTimeField("created_time", required=True, nullable=True),
        "last_update_time": _t.DateTimeField("last_update_time"),
        "expiration_time": _t.DateTimeField("expiration_time"),
        "expiration_ts_ms": _t.IntField("expiration_ts_ms"),
        "created_ts_ms": _t.IntField("created_ts_ms", required=True, nullable=True),
        "last_updated_ts_ms": _t.IntField("last_updated_ts_ms"),
        "last_update_reason": _t.EnumField("last_update_reason", LastUpdateReason),
        "subaccount_number": _t.IntField("subaccount_number"),
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
            k_order_id,
            k_user_id,
            k_ticker,
            k_exchange_index,
            k_status,
            k_side,
            k_is_yes,
            k_outcome_side,
            k_book_side,
            k_yes_price_dollars,
            k_fill_count_fp,
            k_remaining_count_fp,
            k_initial_count_fp,
            k_taker_fill_cost_dollars,
            k_maker_fill_cost_dollars,
            k_taker_fees_dollars,
            k_maker_fees_dollars,
            k_client_order_id,
            k_order_group_id,
            k_self_trade_prevention_type,
            k_created_time,
            k_last_update_time,
            k_expiration_time,
            k_expiration_ts_ms,
            k_created_ts_ms,
            k_last_updated_ts_ms,
            k_last_update_reason,
            k_subaccount_number,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        self._slow_field("order_id")
        self._slow_field("user_id")
        if type(v := g(k_ticker)) is str:
            self.ticker = v
        else:
            self._slow_field("ticker")
        if type(v := g(k_exchange_index)) is int:
            self.exchange_index = v
        else:
            self._slow_field("exchange_index")
        if (m := _UserOrderPayloadMsgStatus_get(v := g(k_status))) is not None:
            self.status = m
        else:
            self._slow_field("status")
        if (m := _MarketSide_get(v := g(k_side))) is not None:
            self.side = m
        else:
            self._slow_field("side")
        if type(v := g(k_is_yes)) is bool:
            self.is_yes = v
        else:
            self._slow_field("is_yes")
        if (m := _MarketSide_get(v := g(k_outcome_side))) is not None:
            self.outcome_side = m
        else:
            self._slow_field("outcome_side")
        if (m := _BookSide_get(v := g(k_book_side))) is not None:
            self.book_side = m
        else:
            self._slow_field("book_side")
        if (x := _dc(v := g(k_yes_price_dollars))) is not None:  # only text already parsed is in the cache
            self.yes_price_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_price_dollars = _nd(v)
        else:
            self._slow_field("yes_price_dollars")
        if (x := _dc(v := g(k_fill_count_fp))) is not None:  # only text already parsed is in the cache
            self.fill_count_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.fill_count_fp = _nd(v)
        else:
            self._slow_field("fill_count_fp")
        if (x := _dc(v := g(k_remaining_count_fp))) is not None:  # only text already parsed is in the cache
            self.remaining_count_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.remaining_count_fp = _nd(v)
        else:
            self._slow_field("remaining_count_fp")
        if (x := _dc(v := g(k_initial_count_fp))) is not None:  # only text already parsed is in the cache
            self.initial_count_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.initial_count_fp = _nd(v)
        else:
            self._slow_field("initial_count_fp")
        if (x := _dc(v := g(k_taker_fill_cost_dollars))) is not None:  # only text already parsed is in the cache
            self.taker_fill_cost_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.taker_fill_cost_dollars = _nd(v)
        else:
            self._slow_field("taker_fill_cost_dollars")
        if (x := _dc(v := g(k_maker_fill_cost_dollars))) is not None:  # only text already parsed is in the cache
            self.maker_fill_cost_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.maker_fill_cost_dollars = _nd(v)
        else:
            self._slow_field("maker_fill_cost_dollars")
        if (x := _dc(v := g(k_taker_fees_dollars))) is not None:  # only text already parsed is in the cache
            self.taker_fees_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.taker_fees_dollars = _nd(v)
        else:
            self._slow_field("taker_fees_dollars")
        if (x := _dc(v := g(k_maker_fees_dollars))) is not None:  # only text already parsed is in the cache
            self.maker_fees_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.maker_fees_dollars = _nd(v)
        else:
            self._slow_field("maker_fees_dollars")
        if type(v := g(k_client_order_id)) is str:
            self.client_order_id = v
        else:
            self._slow_field("client_order_id")
        if type(v := g(k_order_group_id)) is str:
            self.order_group_id = v
        elif v is None:
            self.order_group_id = None
        else:
            self._slow_field("order_group_id")
        if (m := _UserOrderPayloadMsgSelfTradePreventionType_get(v := g(k_self_trade_prevention_type))) is not None:
            self.self_trade_prevention_type = m
        elif v is None:
            self.self_trade_prevention_type = None
        else:
            self._slow_field("self_trade_prevention_type")
        if (t := _tc(v := g(k_created_time))) is not None:
            self.created_time = t
        elif isinstance(v, str):
            self.created_time = _nt(v)
        else:
            self._slow_field("created_time")
        if (t := _tc(v := g(k_last_update_time))) is not None:
            self.last_update_time = t
        elif isinstance(v, str):
            self.last_update_time = _nt(v)
        elif v is None:
            self.last_update_time = None
        else:
            self._slow_field("last_update_time")
        if (t := _tc(v := g(k_expiration_time))) is not None:
            self.expiration_time = t
        elif isinstance(v, str):
            self.expiration_time = _nt(v)
        elif v is None:
            self.expiration_time = None
        else:
            self._slow_field("expiration_time")
        if type(v := g(k_expiration_ts_ms)) is int:
            self.expiration_ts_ms = v
        elif v is None:
            self.expiration_ts_ms = None
        else:
            self._slow_field("expiration_ts_ms")
        if type(v := g(k_created_ts_ms)) is int:
            self.created_ts_ms = v
        else:
            self._slow_field("created_ts_ms")
        if type(v := g(k_last_updated_ts_ms)) is int:
            self.last_updated_ts_ms = v
        elif v is None:
            self.last_updated_ts_ms = None
        else:
            self._slow_field("last_updated_ts_ms")
        if (m := _LastUpdateReason_get(v := g(k_last_update_reason))) is not None:
            self.last_update_reason = m
        elif v is None:
            self.last_update_reason = None
        else:
            self._slow_field("last_update_reason")
        if type(v := g(k_subaccount_number)) is int:
            self.subaccount_number = v
        elif v is None:
            self.subaccount_number = None
        else:
            self._slow_field("subaccount_number")

    def __init__(
        self,
        *,
        order_id: UUID | None | Unset = UNSET,
        user_id: UUID | None | Unset = UNSET,
        ticker: str | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
        status: UserOrderPayloadMsgStatus | None | Unset = UNSET,
        side: MarketSide | None | Unset = UNSET,
        is_yes: bool | None | Unset = UNSET,
        outcome_side: MarketSide | None | Unset = UNSET,
        book_side: BookSide | None | Unset = UNSET,
        yes_price_dollars: Decimal | None | Unset = UNSET,
        fill_count_fp: Decimal | None | Unset = UNSET,
        remaining_count_fp: Decimal | None | Unset = UNSET,
        initial_count_fp: Decimal | None | Unset = UNSET,
        taker_fill_cost_dollars: Decimal | None | Unset = UNSET,
        maker_fill_cost_dollars: Decimal | None | Unset = UNSET,
        taker_fees_dollars: Decimal | None | Unset = UNSET,
        maker_fees_dollars: Decimal | None | Unset = UNSET,
        client_order_id: str | None | Unset = UNSET,
        order_group_id: str | None | Unset = UNSET,
        self_trade_prevention_type: UserOrderPayloadMsgSelfTradePreventionType | None | Unset = UNSET,
        created_time: datetime.datetime | None | Unset = UNSET,
        last_update_time: datetime.datetime | None | Unset = UNSET,
        expiration_time: datetime.datetime | None | Unset = UNSET,
        expiration_ts_ms: int | None | Unset = UNSET,
        created_ts_ms: int | None | Unset = UNSET,
        last_updated_ts_ms: int | None | Unset = UNSET,
        last_update_reason: LastUpdateReason | None | Unset = UNSET,
        subaccount_number: int | None | Unset = UNSET,
    ) -> None:
        """A UserOrderPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("order_id", order_id)
        self._set("user_id", user_id)
        self._set("ticker", ticker)
        self._set("exchange_index", exchange_index)
        self._set("status", status)
        self._set("side", side)
        self._set("is_yes", is_yes)
        self._set("outcome_side", outcome_side)
        self._set("book_side", book_side)
        self._set("yes_price_dollars", yes_price_dollars)
        self._set("fill_count_fp", fill_count_fp)
        self._set("remaining_count_fp", remaining_count_fp)
        self._set("initial_count_fp", initial_count_fp)
        self._set("taker_fill_cost_dollars", taker_fill_cost_dollars)
        self._set("maker_fill_cost_dollars", maker_fill_cost_dollars)
        self._set("taker_fees_dollars", taker_fees_dollars)
        self._set("maker_fees_dollars", maker_fees_dollars)
        self._set("client_order_id", client_order_id)
        self._set("order_group_id", order_group_id)
        self._set("self_trade_prevention_type", self_trade_prevention_type)
        self._set("created_time", created_time)
        self._set("last_update_time", last_update_time)
        self._set("expiration_time", expiration_time)
        self._set("expiration_ts_ms", expiration_ts_ms)
        self._set("created_ts_ms", created_ts_ms)
        self._set("last_updated_ts_ms", last_updated_ts_ms)
        self._set("last_update_reason", last_update_reason)
        self._set("subaccount_number", subaccount_number)


_KEYS = _t.JsonKeys(*(field.key for field in UserOrderPayloadMsg._declared.values()))  # in _load_fast's order
