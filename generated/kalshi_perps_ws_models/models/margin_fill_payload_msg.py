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
_BookSide_get = BookSide._value2member_map_.get
_MarginFillPayloadMsgOrderSource_get = MarginFillPayloadMsgOrderSource._value2member_map_.get


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    trade_id: UUID = _field(_t.UuidField("trade_id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    order_id: UUID = _field(_t.UuidField("order_id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    client_order_id: str | None = _field(_t.StrField("client_order_id"))
    """Optional (None if absent)."""

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    is_taker: bool = _field(_t.BoolField("is_taker", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    side: BookSide = _field(_t.EnumField("side", BookSide, required=True))
    """Required (reading raises MissingFieldError if absent)."""

    ts_ms: int = _field(_t.IntField("ts_ms", required=True))
    """Unix timestamp in milliseconds. Required (reading raises MissingFieldError if absent)."""

    price: Decimal = _field(_t.DecimalField("price", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    count: Decimal = _field(_t.DecimalField("count", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    fee_cost: Decimal = _field(_t.DecimalField("fee_cost", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    post_position: Decimal = _field(_t.DecimalField("post_position", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    subaccount: int | None = _field(_t.IntField("subaccount"))
    """Optional (None if absent)."""

    order_source: MarginFillPayloadMsgOrderSource = _field(
        _t.EnumField("order_source", MarginFillPayloadMsgOrderSource, required=True)
    )
    """`system` for liquidations and margin exit or trailing-stop
    triggers. `user` for every other order. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        self._slow_field("trade_id")
        self._slow_field("order_id")
        if type(v := g("client_order_id")) is str:
            d["client_order_id"] = v
        elif v is None:
            d["client_order_id"] = None
        else:
            self._slow_field("client_order_id")
        if type(v := g("market_ticker")) is str:
            d["market_ticker"] = v
        else:
            self._slow_field("market_ticker")
        if type(v := g("is_taker")) is bool:
            d["is_taker"] = v
        else:
            self._slow_field("is_taker")
        if (m := _BookSide_get(v := g("side"))) is not None:
            d["side"] = m
        else:
            self._slow_field("side")
        if type(v := g("ts_ms")) is int:
            d["ts_ms"] = v
        else:
            self._slow_field("ts_ms")
        if (x := _dc(v := g("price"))) is not None:  # only text already parsed is in the cache
            d["price"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["price"] = _nd(v)
        else:
            self._slow_field("price")
        if (x := _dc(v := g("count"))) is not None:  # only text already parsed is in the cache
            d["count"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["count"] = _nd(v)
        else:
            self._slow_field("count")
        if (x := _dc(v := g("fee_cost"))) is not None:  # only text already parsed is in the cache
            d["fee_cost"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["fee_cost"] = _nd(v)
        else:
            self._slow_field("fee_cost")
        if (x := _dc(v := g("post_position"))) is not None:  # only text already parsed is in the cache
            d["post_position"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["post_position"] = _nd(v)
        else:
            self._slow_field("post_position")
        if type(v := g("subaccount")) is int:
            d["subaccount"] = v
        elif v is None:
            d["subaccount"] = None
        else:
            self._slow_field("subaccount")
        if (m := _MarginFillPayloadMsgOrderSource_get(v := g("order_source"))) is not None:
            d["order_source"] = m
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
