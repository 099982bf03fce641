from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.book_side import BookSide
from ..models.last_update_reason import LastUpdateReason
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class MarginOrderbookDeltaPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_ticker (str): Unique market identifier. Required (reading raises MissingFieldError if absent).
        price (Decimal): Required (reading raises MissingFieldError if absent).
        delta (Decimal): Required (reading raises MissingFieldError if absent).
        side (BookSide): Required (reading raises MissingFieldError if absent).
        last_update_reason (LastUpdateReason): Margin order update reason. The value ReduceOnlyCancel means
            reduce_only capped the order at placement. The field is omitted when no reason applies. Optional (None
            if absent).
        client_order_id (str): Optional (None if absent).
        ts_ms (int): Unix timestamp in milliseconds. Optional (None if absent).
        subaccount (int): Optional (None if absent).
    """

    __slots__ = ()

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    price: Decimal = _field(_t.DecimalField("price", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    delta: Decimal = _field(_t.DecimalField("delta", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    side: BookSide = _field(_t.EnumField("side", BookSide, required=True))
    """Required (reading raises MissingFieldError if absent)."""

    last_update_reason: LastUpdateReason | None = _field(_t.EnumField("last_update_reason", LastUpdateReason))
    """Margin order update reason. The value ReduceOnlyCancel means reduce_only capped the order at placement. The
    field is omitted when no reason applies. Optional (None if absent)."""

    client_order_id: str | None = _field(_t.StrField("client_order_id"))
    """Optional (None if absent)."""

    ts_ms: int | None = _field(_t.IntField("ts_ms"))
    """Unix timestamp in milliseconds. Optional (None if absent)."""

    subaccount: int | None = _field(_t.IntField("subaccount"))
    """Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("market_ticker", _M)
        if type(v) is str:
            d["market_ticker"] = v
        elif v is not _M:
            slow("market_ticker")
        v = g("price", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["price"] = x
            else:
                slow("price")
        elif v is not _M and v != "":
            slow("price")
        v = g("delta", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["delta"] = x
            else:
                slow("delta")
        elif v is not _M and v != "":
            slow("delta")
        v = g("side", _M)
        m = BookSide._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["side"] = m
        elif v is not _M:
            slow("side")
        v = g("last_update_reason", _M)
        m = LastUpdateReason._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["last_update_reason"] = m
        elif v is None:
            d["last_update_reason"] = None
        elif v is not _M:
            slow("last_update_reason")
        v = g("client_order_id", _M)
        if type(v) is str:
            d["client_order_id"] = v
        elif v is None:
            d["client_order_id"] = None
        elif v is not _M:
            slow("client_order_id")
        v = g("ts_ms", _M)
        if type(v) is int:
            d["ts_ms"] = v
        elif v is None:
            d["ts_ms"] = None
        elif v is not _M:
            slow("ts_ms")
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
        market_ticker: str | None | Unset = UNSET,
        price: Decimal | None | Unset = UNSET,
        delta: Decimal | None | Unset = UNSET,
        side: BookSide | None | Unset = UNSET,
        last_update_reason: LastUpdateReason | None | Unset = UNSET,
        client_order_id: str | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
        subaccount: int | None | Unset = UNSET,
    ) -> None:
        """A MarginOrderbookDeltaPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("market_ticker", market_ticker)
        self._set("price", price)
        self._set("delta", delta)
        self._set("side", side)
        self._set("last_update_reason", last_update_reason)
        self._set("client_order_id", client_order_id)
        self._set("ts_ms", ts_ms)
        self._set("subaccount", subaccount)
