from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID

from .. import types as _t
from ..models.book_side import BookSide
from ..models.margin_fill_payload_msg_order_source import MarginFillPayloadMsgOrderSource
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_BookSide_get = _t.member_lookup(BookSide)
_MarginFillPayloadMsgOrderSource_get = _t.member_lookup(MarginFillPayloadMsgOrderSource)


class MarginFillPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        trade_id (UUID): Required (reading raises MissingFieldError if absent).
        order_id (UUID): Required (reading raises MissingFieldError if absent).
        client_order_id (str): Optional (None if absent).
        market_ticker (str): Unique market identifier. Required (reading raises MissingFieldError if absent).
        is_taker (bool): Required (reading raises MissingFieldError if absent).
        side (BookSide): Required (reading raises MissingFieldError if absent).
        ts_ms (int): Unix timestamp in milliseconds. Required (reading raises MissingFieldError if absent).
        price (Decimal): Required (reading raises MissingFieldError if absent).
        count (Decimal): Required (reading raises MissingFieldError if absent).
        fee_cost (Decimal): Required (reading raises MissingFieldError if absent).
        post_position (Decimal): Required (reading raises MissingFieldError if absent).
        subaccount (int): Optional (None if absent).
        order_source (MarginFillPayloadMsgOrderSource): `system` for liquidations and margin exit or trailing-
            stop
            triggers. `user` for every other order. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "trade_id",
        "order_id",
        "client_order_id",
        "market_ticker",
        "is_taker",
        "side",
        "ts_ms",
        "price",
        "count",
        "fee_cost",
        "post_position",
        "subaccount",
        "order_source",
    )

    trade_id: UUID
    """Required (reading raises MissingFieldError if absent)."""

    order_id: UUID
    """Required (reading raises MissingFieldError if absent)."""

    client_order_id: str | None
    """Optional (None if absent)."""

    market_ticker: str
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    is_taker: bool
    """Required (reading raises MissingFieldError if absent)."""

    side: BookSide
    """Required (reading raises MissingFieldError if absent)."""

    ts_ms: int
    """Unix timestamp in milliseconds. Required (reading raises MissingFieldError if absent)."""

    price: Decimal
    """Required (reading raises MissingFieldError if absent)."""

    count: Decimal
    """Required (reading raises MissingFieldError if absent)."""

    fee_cost: Decimal
    """Required (reading raises MissingFieldError if absent)."""

    post_position: Decimal
    """Required (reading raises MissingFieldError if absent)."""

    subaccount: int | None
    """Optional (None if absent)."""

    order_source: MarginFillPayloadMsgOrderSource
    """`system` for liquidations and margin exit or trailing-stop
    triggers. `user` for every other order. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "trade_id": _t.UuidField("trade_id", required=True),
        "order_id": _t.UuidField("order_id", required=True),
        "client_order_id": _t.StrField("client_order_id"),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "is_taker": _t.BoolField("is_taker", required=True),
        "side": _t.EnumField("side", BookSide, required=True),
        "ts_ms": _t.IntField("ts_ms", required=True),
        "price": _t.DecimalField("price", required=True),
        "count": _t.DecimalField("count", required=True),
        "fee_cost": _t.DecimalField("fee_cost", required=True),
        "post_position": _t.DecimalField("post_position", required=True),
        "subaccount": _t.IntField("subaccount"),
        "order_source": _t.EnumField("order_source", MarginFillPayloadMsgOrderSource, required=True),
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
            k_is_taker,
            k_side,
            k_ts_ms,
            k_price,
            k_count,
            k_fee_cost,
            k_post_position,
            k_subaccount,
            k_order_source,
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
        if type(v := g(k_is_taker)) is bool:
            self.is_taker = v
        else:
            self._slow_field("is_taker")
        if (m := _BookSide_get(v := g(k_side))) is not None:
            self.side = m
        else:
            self._slow_field("side")
        if type(v := g(k_ts_ms)) is int:
            self.ts_ms = v
        else:
            self._slow_field("ts_ms")
        if (x := _dc(v := g(k_price))) is not None:  # only text already parsed is in the cache
            self.price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.price = _nd(v)
        else:
            self._slow_field("price")
        if (x := _dc(v := g(k_count))) is not None:  # only text already parsed is in the cache
            self.count = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.count = _nd(v)
        else:
            self._slow_field("count")
        if (x := _dc(v := g(k_fee_cost))) is not None:  # only text already parsed is in the cache
            self.fee_cost = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.fee_cost = _nd(v)
        else:
            self._slow_field("fee_cost")
        if (x := _dc(v := g(k_post_position))) is not None:  # only text already parsed is in the cache
            self.post_position = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.post_position = _nd(v)
        else:
            self._slow_field("post_position")
        if type(v := g(k_subaccount)) is int:
            self.subaccount = v
        elif v is None:
            self.subaccount = None
        else:
            self._slow_field("subaccount")
        if (m := _MarginFillPayloadMsgOrderSource_get(v := g(k_order_source))) is not None:
            self.order_source = m
        else:
            self._slow_field("order_source")

    def __init__(
        self,
        *,
        trade_id: UUID | None | Unset = UNSET,
        order_id: UUID | None | Unset = UNSET,
        client_order_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        is_taker: bool | None | Unset = UNSET,
        side: BookSide | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
        price: Decimal | None | Unset = UNSET,
        count: Decimal | None | Unset = UNSET,
        fee_cost: Decimal | None | Unset = UNSET,
        post_position: Decimal | None | Unset = UNSET,
        subaccount: int | None | Unset = UNSET,
        order_source: MarginFillPayloadMsgOrderSource | None | Unset = UNSET,
    ) -> None:
        """A MarginFillPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("trade_id", trade_id)
        self._set("order_id", order_id)
        self._set("client_order_id", client_order_id)
        self._set("market_ticker", market_ticker)
        self._set("is_taker", is_taker)
        self._set("side", side)
        self._set("ts_ms", ts_ms)
        self._set("price", price)
        self._set("count", count)
        self._set("fee_cost", fee_cost)
        self._set("post_position", post_position)
        self._set("subaccount", subaccount)
        self._set("order_source", order_source)


_KEYS = _t.JsonKeys(*(field.key for field in MarginFillPayloadMsg._declared.values()))  # in _load_fast's order
