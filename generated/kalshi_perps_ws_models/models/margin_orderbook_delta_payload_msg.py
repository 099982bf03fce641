from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.book_side import BookSide
from ..models.last_update_reason import LastUpdateReason
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_BookSide_get = _t.member_lookup(BookSide)
_LastUpdateReason_get = _t.member_lookup(LastUpdateReason)


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

    __slots__ = (
        "market_ticker",
        "price",
        "delta",
        "side",
        "last_update_reason",
        "client_order_id",
        "ts_ms",
        "subaccount",
    )

    market_ticker: str
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    price: Decimal
    """Required (reading raises MissingFieldError if absent)."""

    delta: Decimal
    """Required (reading raises MissingFieldError if absent)."""

    side: BookSide
    """Required (reading raises MissingFieldError if absent)."""

    last_update_reason: LastUpdateReason | None
    """Margin order update reason. The value ReduceOnlyCancel means reduce_only capped the order at placement. The
    field is omitted when no reason applies. Optional (None if absent)."""

    client_order_id: str | None
    """Optional (None if absent)."""

    ts_ms: int | None
    """Unix timestamp in milliseconds. Optional (None if absent)."""

    subaccount: int | None
    """Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_ticker": _t.StrField("market_ticker", required=True),
        "price": _t.DecimalField("price", required=True),
        "delta": _t.DecimalField("delta", required=True),
        "side": _t.EnumField("side", BookSide, required=True),
        "last_update_reason": _t.EnumField("last_update_reason", LastUpdateReason),
        "client_order_id": _t.StrField("client_order_id"),
        "ts_ms": _t.IntField("ts_ms"),
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
            k_market_ticker,
            k_price,
            k_delta,
            k_side,
            k_last_update_reason,
            k_client_order_id,
            k_ts_ms,
            k_subaccount,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if (x := _dc(v := g(k_price))) is not None:  # only text already parsed is in the cache
            self.price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.price = _nd(v)
        else:
            self._slow_field("price")
        if (x := _dc(v := g(k_delta))) is not None:  # only text already parsed is in the cache
            self.delta = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.delta = _nd(v)
        else:
            self._slow_field("delta")
        if (m := _BookSide_get(v := g(k_side))) is not None:
            self.side = m
        else:
            self._slow_field("side")
        if (m := _LastUpdateReason_get(v := g(k_last_update_reason))) is not None:
            self.last_update_reason = m
        elif v is None:
            self.last_update_reason = None
        else:
            self._slow_field("last_update_reason")
        if type(v := g(k_client_order_id)) is str:
            self.client_order_id = v
        elif v is None:
            self.client_order_id = None
        else:
            self._slow_field("client_order_id")
        if type(v := g(k_ts_ms)) is int:
            self.ts_ms = v
        elif v is None:
            self.ts_ms = None
        else:
            self._slow_field("ts_ms")
        if type(v := g(k_subaccount)) is int:
            self.subaccount = v
        elif v is None:
            self.subaccount = None
        else:
            self._slow_field("subaccount")

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
        self._done = None
        self._set("market_ticker", market_ticker)
        self._set("price", price)
        self._set("delta", delta)
        self._set("side", side)
        self._set("last_update_reason", last_update_reason)
        self._set("client_order_id", client_order_id)
        self._set("ts_ms", ts_ms)
        self._set("subaccount", subaccount)


_KEYS = _t.JsonKeys(
    *(field.key for field in MarginOrderbookDeltaPayloadMsg._declared.values())
)  # in _load_fast's order
