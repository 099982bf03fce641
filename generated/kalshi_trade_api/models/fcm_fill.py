from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.outcome_side import OutcomeSide
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_OutcomeSide_get = OutcomeSide._value2member_map_.get


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class FcmFill(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        fill_id (str): Fill ID. Required (reading raises MissingFieldError if absent).
        exchange_index (int): Identifier for an exchange shard. Example: 0. Required (reading raises
            MissingFieldError if absent).
        ticker (str): Market ticker. Required (reading raises MissingFieldError if absent).
        taker_outcome_side (OutcomeSide): Outcome side. Required (reading raises MissingFieldError if absent).
        count_fp (Decimal): Filled contract count. Example: 10.00. Required (reading raises MissingFieldError if
            absent).
        yes_price_dollars (Decimal): YES price in dollars. Example: 0.5600. Required (reading raises
            MissingFieldError if absent).
        created_time (datetime.datetime): Fill execution time. Optional (None if absent).
        maker_order_id (str): Maker order ID when owned by the FCM. Optional (None if absent).
        maker_subtrader_id (str): Maker subtrader ID when owned by the FCM. Optional (None if absent).
        maker_fee_cost (Decimal): Maker fee in dollars when owned by the FCM. Example: 0.5600. Optional (None if
            absent).
        taker_order_id (str): Taker order ID when owned by the FCM. Optional (None if absent).
        taker_subtrader_id (str): Taker subtrader ID when owned by the FCM. Optional (None if absent).
        taker_fee_cost (Decimal): Taker fee in dollars when owned by the FCM. Example: 0.5600. Optional (None if
            absent).
    """

    __slots__ = ()

    fill_id: str = _field(_t.StrField("fill_id", required=True))
    """Fill ID. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int = _field(_t.IntField("exchange_index", required=True))
    """Identifier for an exchange shard. Example: 0. Required (reading raises MissingFieldError if absent)."""

    ticker: str = _field(_t.StrField("ticker", required=True))
    """Market ticker. Required (reading raises MissingFieldError if absent)."""

    taker_outcome_side: OutcomeSide = _field(_t.EnumField("taker_outcome_side", OutcomeSide, required=True))
    """Outcome side. Required (reading raises MissingFieldError if absent)."""

    count_fp: Decimal = _field(_t.DecimalField("count_fp", required=True))
    """Filled contract count. Example: 10.00. Required (reading raises MissingFieldError if absent)."""

    yes_price_dollars: Decimal = _field(_t.DecimalField("yes_price_dollars", required=True))
    """YES price in dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    created_time: datetime.datetime | None = _field(_t.DateTimeField("created_time"))
    """Fill execution time. Optional (None if absent)."""

    maker_order_id: str | None = _field(_t.StrField("maker_order_id"))
    """Maker order ID when owned by the FCM. Optional (None if absent)."""

    maker_subtrader_id: str | None = _field(_t.StrField("maker_subtrader_id"))
    """Maker subtrader ID when owned by the FCM. Optional (None if absent)."""

    maker_fee_cost: Decimal | None = _field(_t.DecimalField("maker_fee_cost"))
    """Maker fee in dollars when owned by the FCM. Example: 0.5600. Optional (None if absent)."""

    taker_order_id: str | None = _field(_t.StrField("taker_order_id"))
    """Taker order ID when owned by the FCM. Optional (None if absent)."""

    taker_subtrader_id: str | None = _field(_t.StrField("taker_subtrader_id"))
    """Taker subtrader ID when owned by the FCM. Optional (None if absent)."""

    taker_fee_cost: Decimal | None = _field(_t.DecimalField("taker_fee_cost"))
    """Taker fee in dollars when owned by the FCM. Example: 0.5600. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("fill_id")) is str:
            d["fill_id"] = v
        else:
            self._slow_field("fill_id")
        if type(v := g("exchange_index")) is int:
            d["exchange_index"] = v
        else:
            self._slow_field("exchange_index")
        if type(v := g("ticker")) is str:
            d["ticker"] = v
        else:
            self._slow_field("ticker")
        if (m := _OutcomeSide_get(v := g("taker_outcome_side"))) is not None:
            d["taker_outcome_side"] = m
        else:
            self._slow_field("taker_outcome_side")
        if (x := _dc(v := g("count_fp"))) is not None:  # only text already parsed is in the cache
            d["count_fp"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["count_fp"] = _nd(v)
        else:
            self._slow_field("count_fp")
        if (x := _dc(v := g("yes_price_dollars"))) is not None:  # only text already parsed is in the cache
            d["yes_price_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["yes_price_dollars"] = _nd(v)
        else:
            self._slow_field("yes_price_dollars")
        if (t := _tc(v := g("created_time"))) is not None:
            d["created_time"] = t
        elif isinstance(v, str):
            d["created_time"] = _nt(v)
        elif v is None:
            d["created_time"] = None
        else:
            self._slow_field("created_time")
        if type(v := g("maker_order_id")) is str:
            d["maker_order_id"] = v
        elif v is None:
            d["maker_order_id"] = None
        else:
            self._slow_field("maker_order_id")
        if type(v := g("maker_subtrader_id")) is str:
            d["maker_subtrader_id"] = v
        elif v is None:
            d["maker_subtrader_id"] = None
        else:
            self._slow_field("maker_subtrader_id")
        if (x := _dc(v := g("maker_fee_cost"))) is not None:  # only text already parsed is in the cache
            d["maker_fee_cost"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["maker_fee_cost"] = _nd(v)
        elif v is None or v == "":
            d["maker_fee_cost"] = None
        else:
            self._slow_field("maker_fee_cost")
        if type(v := g("taker_order_id")) is str:
            d["taker_order_id"] = v
        elif v is None:
            d["taker_order_id"] = None
        else:
            self._slow_field("taker_order_id")
        if type(v := g("taker_subtrader_id")) is str:
            d["taker_subtrader_id"] = v
        elif v is None:
            d["taker_subtrader_id"] = None
        else:
            self._slow_field("taker_subtrader_id")
        if (x := _dc(v := g("taker_fee_cost"))) is not None:  # only text already parsed is in the cache
            d["taker_fee_cost"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["taker_fee_cost"] = _nd(v)
        elif v is None or v == "":
            d["taker_fee_cost"] = None
        else:
            self._slow_field("taker_fee_cost")

    def __init__(
        self,
        *,
        fill_id: str | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
        ticker: str | None | Unset = UNSET,
        taker_outcome_side: OutcomeSide | None | Unset = UNSET,
        count_fp: Decimal | None | Unset = UNSET,
        yes_price_dollars: Decimal | None | Unset = UNSET,
        created_time: datetime.datetime | None | Unset = UNSET,
        maker_order_id: str | None | Unset = UNSET,
        maker_subtrader_id: str | None | Unset = UNSET,
        maker_fee_cost: Decimal | None | Unset = UNSET,
        taker_order_id: str | None | Unset = UNSET,
        taker_subtrader_id: str | None | Unset = UNSET,
        taker_fee_cost: Decimal | None | Unset = UNSET,
    ) -> None:
        """A FcmFill from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("fill_id", fill_id)
        self._set("exchange_index", exchange_index)
        self._set("ticker", ticker)
        self._set("taker_outcome_side", taker_outcome_side)
        self._set("count_fp", count_fp)
        self._set("yes_price_dollars", yes_price_dollars)
        self._set("created_time", created_time)
        self._set("maker_order_id", maker_order_id)
        self._set("maker_subtrader_id", maker_subtrader_id)
        self._set("maker_fee_cost", maker_fee_cost)
        self._set("taker_order_id", taker_order_id)
        self._set("taker_subtrader_id", taker_subtrader_id)
        self._set("taker_fee_cost", taker_fee_cost)
