from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID

from .. import types as _t
from ..models.book_side import BookSide
from ..models.last_update_reason import LastUpdateReason
from ..models.margin_user_order_payload_msg_order_source import MarginUserOrderPayloadMsgOrderSource
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_BookSide_get = _t.member_lookup(BookSide)
_SelfTradePreventionType_get = _t.member_lookup(SelfTradePreventionType)
_LastUpdateReason_get = _t.member_lookup(LastUpdateReason)
_MarginUserOrderPayloadMsgOrderSource_get = _t.member_lookup(MarginUserOrderPayloadMsgOrderSource)


class MarginUserOrderPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        order_id (UUID): Required (reading raises MissingFieldError if absent).
        user_id (UUID): Required (reading raises MissingFieldError if absent).
        client_order_id (str): Required (reading raises MissingFieldError if absent).
        ticker (str): Unique market identifier. Required (reading raises MissingFieldError if absent).
        side (BookSide): Required (reading raises MissingFieldError if absent).
        price (Decimal): Required (reading raises MissingFieldError if absent).
        fill_count (Decimal): Required (reading raises MissingFieldError if absent).
        remaining_count (Decimal): Required (reading raises MissingFieldError if absent).
        self_trade_prevention_type (SelfTradePreventionType): Self-trade prevention type. Optional (None if
            absent).
        order_group_id (str): Order group identifier, if the order belongs to an order group. Optional (None if
            absent).
        expiration_ts_ms (int): Unix timestamp in milliseconds. Optional (None if absent).
        created_ts_ms (int): Unix timestamp in milliseconds. Required (reading raises MissingFieldError if
            absent).
        last_updated_ts_ms (int): Unix timestamp in milliseconds. Optional (None if absent).
        last_update_reason (LastUpdateReason): Margin order update reason. The value ReduceOnlyCancel means
            reduce_only capped the order at placement. The field is omitted when no reason applies. Optional (None
            if absent).
        subaccount_number (int): Optional (None if absent).
        order_source (MarginUserOrderPayloadMsgOrderSource): `system` for liquidations and margin exit or
            trailing-stop
            triggers. `user` for every other order. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "order_id",
        "user_id",
        "client_order_id",
        "ticker",
        "side",
        "price",
        "fill_count",
        "remaining_count",
        "self_trade_prevention_type",
        "order_group_id",
        "expiration_ts_ms",
        "created_ts_ms",
        "last_updated_ts_ms",
        "last_update_reason",
        "subaccount_number",
        "order_source",
    )

    order_id: UUID
    """Required (reading raises MissingFieldError if absent)."""

    user_id: UUID
    """Required (reading raises MissingFieldError if absent)."""

    client_order_id: str
    """Required (reading raises MissingFieldError if absent)."""

    ticker: str
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    side: BookSide
    """Required (reading raises MissingFieldError if absent)."""

    price: Decimal
    """Required (reading raises MissingFieldError if absent)."""

    fill_count: Decimal
    """Required (reading raises MissingFieldError if absent)."""

    remaining_count: Decimal
    """Required (reading raises MissingFieldError if absent)."""

    self_trade_prevention_type: SelfTradePreventionType | None
    """Self-trade prevention type. Optional (None if absent)."""

    order_group_id: str | None
    """Order group identifier, if the order belongs to an order group. Optional (None if absent)."""

    expiration_ts_ms: int | None
    """Unix timestamp in milliseconds. Optional (None if absent)."""

    created_ts_ms: int | None
    """Unix timestamp in milliseconds. Required (reading raises MissingFieldError if absent)."""

    last_updated_ts_ms: int | None
    """Unix timestamp in milliseconds. Optional (None if absent)."""

    last_update_reason: LastUpdateReason | None
    """Margin order update reason. The value ReduceOnlyCancel means reduce_only capped the order at placement. The
    field is omitted when no reason applies. Optional (None if absent)."""

    subaccount_number: int | None
    """Optional (None if absent)."""

    order_source: MarginUserOrderPayloadMsgOrderSource
    """`system` for liquidations and margin exit or trailing-stop
    triggers. `user` for every other order. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "order_id": _t.UuidField("order_id", required=True),
        "user_id": _t.UuidField("user_id", required=True),
        "client_order_id": _t.StrField("client_order_id", required=True),
        "ticker": _t.StrField("ticker", required=True),
        "side": _t.EnumField("side", BookSide, required=True),
        "price": _t.DecimalField("price", required=True),
        "fill_count": _t.DecimalField("fill_count", required=True),
        "remaining_count": _t.DecimalField("remaining_count", required=True),
        "self_trade_prevention_type": _t.EnumField("self_trade_prevention_type", SelfTradePreventionType),
        "order_group_id": _t.StrField("order_group_id"),
        "expiration_ts_ms": _t.IntField("expiration_ts_ms"),
        "created_ts_ms": _t.IntField("created_ts_ms", required=True, nullable=True),
        "last_updated_ts_ms": _t.IntField("last_updated_ts_ms"),
        "last_update_reason": _t.EnumField("last_update_reason", LastUpdateReason),
        "subaccount_number": _t.IntField("subaccount_number"),
        "order_source": _t.EnumField("order_source", MarginUserOrderPayloadMsgOrderSource, required=True),
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
            k_client_order_id,
            k_ticker,
            k_side,
            k_price,
            k_fill_count,
            k_remaining_count,
            k_self_trade_prevention_type,
            k_order_group_id,
            k_expiration_ts_ms,
            k_created_ts_ms,
            k_last_updated_ts_ms,
            k_last_update_reason,
            k_subaccount_number,
            k_order_source,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        self._slow_field("order_id")
        self._slow_field("user_id")
        if type(v := g(k_client_order_id)) is str:
            self.client_order_id = v
        else:
            self._slow_field("client_order_id")
        if type(v := g(k_ticker)) is str:
            self.ticker = v
        else:
            self._slow_field("ticker")
        if (m := _BookSide_get(v := g(k_side))) is not None:
            self.side = m
        else:
            self._slow_field("side")
        if (x := _dc(v := g(k_price))) is not None:  # only text already parsed is in the cache
            self.price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.price = _nd(v)
        else:
            self._slow_field("price")
        if (x := _dc(v := g(k_fill_count))) is not None:  # only text already parsed is in the cache
            self.fill_count = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.fill_count = _nd(v)
        else:
            self._slow_field("fill_count")
        if (x := _dc(v := g(k_remaining_count))) is not None:  # only text already parsed is in the cache
            self.remaining_count = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.remaining_count = _nd(v)
        else:
            self._slow_field("remaining_count")
        if (m := _SelfTradePreventionType_get(v := g(k_self_trade_prevention_type))) is not None:
            self.self_trade_prevention_type = m
        elif v is None:
            self.self_trade_prevention_type = None
        else:
            self._slow_field("self_trade_prevention_type")
        if type(v := g(k_order_group_id)) is str:
            self.order_group_id = v
        elif v is None:
            self.order_group_id = None
        else:
            self._slow_field("order_group_id")
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
        if (m := _MarginUserOrderPayloadMsgOrderSource_get(v := g(k_order_source))) is not None:
            self.order_source = m
        else:
            self._slow_field("order_source")

    def __init__(
        self,
        *,
        order_id: UUID | None | Unset = UNSET,
        user_id: UUID | None | Unset = UNSET,
        client_order_id: str | None | Unset = UNSET,
        ticker: str | None | Unset = UNSET,
        side: BookSide | None | Unset = UNSET,
        price: Decimal | None | Unset = UNSET,
        fill_count: Decimal | None | Unset = UNSET,
        remaining_count: Decimal | None | Unset = UNSET,
        self_trade_prevention_type: SelfTradePreventionType | None | Unset = UNSET,
        order_group_id: str | None | Unset = UNSET,
        expiration_ts_ms: int | None | Unset = UNSET,
        created_ts_ms: int | None | Unset = UNSET,
        last_updated_ts_ms: int | None | Unset = UNSET,
        last_update_reason: LastUpdateReason | None | Unset = UNSET,
        subaccount_number: int | None | Unset = UNSET,
        order_source: MarginUserOrderPayloadMsgOrderSource | None | Unset = UNSET,
    ) -> None:
        """A MarginUserOrderPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("order_id", order_id)
        self._set("user_id", user_id)
        self._set("client_order_id", client_order_id)
        self._set("ticker", ticker)
        self._set("side", side)
        self._set("price", price)
        self._set("fill_count", fill_count)
        self._set("remaining_count", remaining_count)
        self._set("self_trade_prevention_type", self_trade_prevention_type)
        self._set("order_group_id", order_group_id)
        self._set("expiration_ts_ms", expiration_ts_ms)
        self._set("created_ts_ms", created_ts_ms)
        self._set("last_updated_ts_ms", last_updated_ts_ms)
        self._set("last_update_reason", last_update_reason)
        self._set("subaccount_number", subaccount_number)
        self._set("order_source", order_source)


_KEYS = _t.JsonKeys(*(field.key for field in MarginUserOrderPayloadMsg._declared.values()))  # in _load_fast's order
