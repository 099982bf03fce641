from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from .. import types as _t
from ..models.market_side import MarketSide
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_MarketSide_get = _t.member_lookup(MarketSide)


class OrderbookDeltaPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_ticker (str): Unique market identifier. Required (reading raises MissingFieldError if absent).
        market_id (UUID): Unique market UUID. Required (reading raises MissingFieldError if absent).
        clock (int): Exchange clock of the exchange action that made this change. Every connection sends the
            same clock for the same change.
            Several deltas can share a clock when one action makes several changes. Minimum: 1. Required (reading
            raises MissingFieldError if absent).
        price_dollars (Decimal): Price level in dollars. Required (reading raises MissingFieldError if absent).
        delta_fp (Decimal): Fixed-point contract delta (2 decimals) Required (reading raises MissingFieldError
            if absent).
        side (MarketSide): Market side. Required (reading raises MissingFieldError if absent).
        client_order_id (str): Optional - Present only when you caused this orderbook change.
            Contains the client_order_id of your order that triggered this delta. Optional (None if absent).
        ts (datetime.datetime): Deprecated - Optional timestamp for when the orderbook change was recorded
            (RFC3339, truncated to milliseconds). Use ts_ms instead. Optional (None if absent).
        ts_ms (int): Optional - Unix timestamp for when the orderbook change was recorded (in milliseconds)
            Optional (None if absent).
        subaccount (int): Optional - Present only when you caused this orderbook change and are using
            subaccounts.
            Contains the subaccount number of your order that triggered this delta. Optional (None if absent).
    """

    __slots__ = (
        "market_ticker",
        "market_id",
        "clock",
        "price_dollars",
        "delta_fp",
        "side",
        "client_order_id",
        "ts",
        "ts_ms",
        "subaccount",
    )

    market_ticker: str
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    market_id: UUID
    """Unique market UUID. Required (reading raises MissingFieldError if absent)."""

    clock: int
    """Exchange clock of the exchange action that made this change. Every connection sends the same clock for the
    same change.
    Several deltas can share a clock when one action makes several changes. Minimum: 1. Required (reading raises
    MissingFieldError if absent)."""

    price_dollars: Decimal
    """Price level in dollars. Required (reading raises MissingFieldError if absent)."""

    delta_fp: Decimal
    """Fixed-point contract delta (2 decimals) Required (reading raises MissingFieldError if absent)."""

    side: MarketSide
    """Market side. Required (reading raises MissingFieldError if absent)."""

    client_order_id: str | None
    """Optional - Present only when you caused this orderbook change.
    Contains the client_order_id of your order that triggered this delta. Optional (None if absent)."""

    ts: datetime.datetime | None
    """Deprecated - Optional timestamp for when the orderbook change was recorded (RFC3339, truncated to
    milliseconds). Use ts_ms instead. Optional (None if absent)."""

    ts_ms: int | None
    """Optional - Unix timestamp for when the orderbook change was recorded (in milliseconds) Optional (None if
    absent)."""

    subaccount: int | None
    """Optional - Present only when you caused this orderbook change and are using subaccounts.
    Contains the subaccount number of your order that triggered this delta. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_ticker": _t.StrField("market_ticker", required=True),
        "market_id": _t.UuidField("market_id", required=True),
        "clock": _t.IntField("clock", required=True),
        "price_dollars": _t.DecimalField("price_dollars", required=True),
        "delta_fp": _t.DecimalField("delta_fp", required=True),
        "side": _t.EnumField("side", MarketSide, required=True),
        "client_order_id": _t.StrField("client_order_id"),
        "ts": _t.DateTimeField("ts"),
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
            k_market_id,
            k_clock,
            k_price_dollars,
            k_delta_fp,
            k_side,
            k_client_order_id,
            k_ts,
            k_ts_ms,
            k_subaccount,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        self._slow_field("market_id")
        if type(v := g(k_clock)) is int:
            self.clock = v
        else:
            self._slow_field("clock")
        if (x := _dc(v := g(k_price_dollars))) is not None:  # only text already parsed is in the cache
            self.price_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.price_dollars = _nd(v)
        else:
            self._slow_field("price_dollars")
        if (x := _dc(v := g(k_delta_fp))) is not None:  # only text already parsed is in the cache
            self.delta_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.delta_fp = _nd(v)
        else:
            self._slow_field("delta_fp")
        if (m := _MarketSide_get(v := g(k_side))) is not None:
            self.side = m
        else:
            self._slow_field("side")
        if type(v := g(k_client_order_id)) is str:
            self.client_order_id = v
        elif v is None:
            self.client_order_id = None
        else:
            self._slow_field("client_order_id")
        if (t := _tc(v := g(k_ts))) is not None:
            self.ts = t
        elif isinstance(v, str):
            self.ts = _nt(v)
        elif v is None:
            self.ts = None
        else:
            self._slow_field("ts")
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
        market_id: UUID | None | Unset = UNSET,
        clock: int | None | Unset = UNSET,
        price_dollars: Decimal | None | Unset = UNSET,
        delta_fp: Decimal | None | Unset = UNSET,
        side: MarketSide | None | Unset = UNSET,
        client_order_id: str | None | Unset = UNSET,
        ts: datetime.datetime | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
        subaccount: int | None | Unset = UNSET,
    ) -> None:
        """A OrderbookDeltaPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("market_ticker", market_ticker)
        self._set("market_id", market_id)
        self._set("clock", clock)
        self._set("price_dollars", price_dollars)
        self._set("delta_fp", delta_fp)
        self._set("side", side)
        self._set("client_order_id", client_order_id)
        self._set("ts", ts)
        self._set("ts_ms", ts_ms)
        self._set("subaccount", subaccount)


_KEYS = _t.JsonKeys(*(field.key for field in OrderbookDeltaPayloadMsg._declared.values()))  # in _load_fast's order
