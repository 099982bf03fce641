from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from .. import types as _t
from ..models.book_side import BookSide
from ..models.last_update_reason import LastUpdateReason
from ..models.margin_user_order_payload_msg_order_source import MarginUserOrderPayloadMsgOrderSource
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    order_id: UUID = _field(_t.UuidField("order_id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    user_id: UUID = _field(_t.UuidField("user_id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    client_order_id: str = _field(_t.StrField("client_order_id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    ticker: str = _field(_t.StrField("ticker", required=True))
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    side: BookSide = _field(_t.EnumField("side", BookSide, required=True))
    """Required (reading raises MissingFieldError if absent)."""

    price: Decimal = _field(_t.DecimalField("price", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    fill_count: Decimal = _field(_t.DecimalField("fill_count", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    remaining_count: Decimal = _field(_t.DecimalField("remaining_count", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    self_trade_prevention_type: SelfTradePreventionType | None = _field(
        _t.EnumField("self_trade_prevention_type", SelfTradePreventionType)
    )
    """Self-trade prevention type. Optional (None if absent)."""

    order_group_id: str | None = _field(_t.StrField("order_group_id"))
    """Order group identifier, if the order belongs to an order group. Optional (None if absent)."""

    expiration_ts_ms: int | None = _field(_t.IntField("expiration_ts_ms"))
    """Unix timestamp in milliseconds. Optional (None if absent)."""

    created_ts_ms: int | None = _field(_t.IntField("created_ts_ms", required=True, nullable=True))
    """Unix timestamp in milliseconds. Required (reading raises MissingFieldError if absent)."""

    last_updated_ts_ms: int | None = _field(_t.IntField("last_updated_ts_ms"))
    """Unix timestamp in milliseconds. Optional (None if absent)."""

    last_update_reason: LastUpdateReason | None = _field(_t.EnumField("last_update_reason", LastUpdateReason))
    """Margin order update reason. The value ReduceOnlyCancel means reduce_only capped the order at placement. The
    field is omitted when no reason applies. Optional (None if absent)."""

    subaccount_number: int | None = _field(_t.IntField("subaccount_number"))
    """Optional (None if absent)."""

    order_source: MarginUserOrderPayloadMsgOrderSource = _field(
        _t.EnumField("order_source", MarginUserOrderPayloadMsgOrderSource, required=True)
    )
    """`system` for liquidations and margin exit or trailing-stop
    triggers. `user` for every other order. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("order_id", _M)
        if v is not _M:
            slow("order_id")
        v = g("user_id", _M)
        if v is not _M:
            slow("user_id")
        v = g("client_order_id", _M)
        if type(v) is str:
            d["client_order_id"] = v
        elif v is not _M:
            slow("client_order_id")
        v = g("ticker", _M)
        if type(v) is str:
            d["ticker"] = v
        elif v is not _M:
            slow("ticker")
        v = g("side", _M)
        m = BookSide._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["side"] = m
        elif v is not _M:
            slow("side")
        v = g("price", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["price"] = x
            else:
                slow("price")
        elif v is not _M and v != "":
            slow("price")
        v = g("fill_count", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["fill_count"] = x
            else:
                slow("fill_count")
        elif v is not _M and v != "":
            slow("fill_count")
        v = g("remaining_count", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["remaining_count"] = x
            else:
                slow("remaining_count")
        elif v is not _M and v != "":
            slow("remaining_count")
        v = g("self_trade_prevention_type", _M)
        m = SelfTradePreventionType._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["self_trade_prevention_type"] = m
        elif v is None:
            d["self_trade_prevention_type"] = None
        elif v is not _M:
            slow("self_trade_prevention_type")
        v = g("order_group_id", _M)
        if type(v) is str:
            d["order_group_id"] = v
        elif v is None:
            d["order_group_id"] = None
        elif v is not _M:
            slow("order_group_id")
        v = g("expiration_ts_ms", _M)
        if type(v) is int:
            d["expiration_ts_ms"] = v
        elif v is None:
            d["expiration_ts_ms"] = None
        elif v is not _M:
            slow("expiration_ts_ms")
        v = g("created_ts_ms", _M)
        if type(v) is int:
            d["created_ts_ms"] = v
        elif v is None:
            d["created_ts_ms"] = None
        elif v is not _M:
            slow("created_ts_ms")
        v = g("last_updated_ts_ms", _M)
        if type(v) is int:
            d["last_updated_ts_ms"] = v
        elif v is None:
            d["last_updated_ts_ms"] = None
        elif v is not _M:
            slow("last_updated_ts_ms")
        v = g("last_update_reason", _M)
        m = LastUpdateReason._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["last_update_reason"] = m
        elif v is None:
            d["last_update_reason"] = None
        elif v is not _M:
            slow("last_update_reason")
        v = g("subaccount_number", _M)
        if type(v) is int:
            d["subaccount_number"] = v
        elif v is None:
            d["subaccount_number"] = None
        elif v is not _M:
            slow("subaccount_number")
        v = g("order_source", _M)
        m = MarginUserOrderPayloadMsgOrderSource._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["order_source"] = m
        elif v is not _M:
            slow("order_source")

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
