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
_OutcomeSide_get = _t.member_lookup(OutcomeSide)


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

    __slots__ = (
        "fill_id",
        "exchange_index",
        "ticker",
        "taker_outcome_side",
        "count_fp",
        "yes_price_dollars",
        "created_time",
        "maker_order_id",
        "maker_subtrader_id",
        "maker_fee_cost",
        "taker_order_id",
        "taker_subtrader_id",
        "taker_fee_cost",
    )

    fill_id: str
    """Fill ID. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int
    """Identifier for an exchange shard. Example: 0. Required (reading raises MissingFieldError if absent)."""

    ticker: str
    """Market ticker. Required (reading raises MissingFieldError if absent)."""

    taker_outcome_side: OutcomeSide
    """Outcome side. Required (reading raises MissingFieldError if absent)."""

    count_fp: Decimal
    """Filled contract count. Example: 10.00. Required (reading raises MissingFieldError if absent)."""

    yes_price_dollars: Decimal
    """YES price in dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    created_time: datetime.datetime | None
    """Fill execution time. Optional (None if absent)."""

    maker_order_id: str | None
    """Maker order ID when owned by the FCM. Optional (None if absent)."""

    maker_subtrader_id: str | None
    """Maker subtrader ID when owned by the FCM. Optional (None if absent)."""

    maker_fee_cost: Decimal | None
    """Maker fee in dollars when owned by the FCM. Example: 0.5600. Optional (None if absent)."""

    taker_order_id: str | None
    """Taker order ID when owned by the FCM. Optional (None if absent)."""

    taker_subtrader_id: str | None
    """Taker subtrader ID when owned by the FCM. Optional (None if absent)."""

    taker_fee_cost: Decimal | None
    """Taker fee in dollars when owned by the FCM. Example: 0.5600. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "fill_id": _t.StrField("fill_id", required=True),
        "exchange_index": _t.IntField("exchange_index", required=True),
        "ticker": _t.StrField("ticker", required=True),
        "taker_outcome_side": _t.EnumField("taker_outcome_side", OutcomeSide, required=True),
        "count_fp": _t.DecimalField("count_fp", required=True),
        "yes_price_dollars": _t.DecimalField("yes_price_dollars", required=True),
        "created_time": _t.DateTimeField("created_time"),
        "maker_order_id": _t.StrField("maker_order_id"),
        "maker_subtrader_id": _t.StrField("maker_subtrader_id"),
        "maker_fee_cost": _t.DecimalField("maker_fee_cost"),
        "taker_order_id": _t.StrField("taker_order_id"),
        "taker_subtrader_id": _t.StrField("taker_subtrader_id"),
        "taker_fee_cost": _t.DecimalField("taker_fee_cost"),
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
            k_fill_id,
            k_exchange_index,
            k_ticker,
            k_taker_outcome_side,
            k_count_fp,
            k_yes_price_dollars,
            k_created_time,
            k_maker_order_id,
            k_maker_subtrader_id,
            k_maker_fee_cost,
            k_taker_order_id,
            k_taker_subtrader_id,
            k_taker_fee_cost,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_fill_id)) is str:
            self.fill_id = v
        else:
            self._slow_field("fill_id")
        if type(v := g(k_exchange_index)) is int:
            self.exchange_index = v
        else:
            self._slow_field("exchange_index")
        if type(v := g(k_ticker)) is str:
            self.ticker = v
        else:
            self._slow_field("ticker")
        if (m := _OutcomeSide_get(v := g(k_taker_outcome_side))) is not None:
            self.taker_outcome_side = m
        else:
            self._slow_field("taker_outcome_side")
        if (x := _dc(v := g(k_count_fp))) is not None:  # only text already parsed is in the cache
            self.count_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.count_fp = _nd(v)
        else:
            self._slow_field("count_fp")
        if (x := _dc(v := g(k_yes_price_dollars))) is not None:  # only text already parsed is in the cache
            self.yes_price_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_price_dollars = _nd(v)
        else:
            self._slow_field("yes_price_dollars")
        if (t := _tc(v := g(k_created_time))) is not None:
            self.created_time = t
        elif isinstance(v, str):
            self.created_time = _nt(v)
        elif v is None:
            self.created_time = None
        else:
            self._slow_field("created_time")
        if type(v := g(k_maker_order_id)) is str:
            self.maker_order_id = v
        elif v is None:
            self.maker_order_id = None
        else:
            self._slow_field("maker_order_id")
        if type(v := g(k_maker_subtrader_id)) is str:
            self.maker_subtrader_id = v
        elif v is None:
            self.maker_subtrader_id = None
        else:
            self._slow_field("maker_subtrader_id")
        if (x := _dc(v := g(k_maker_fee_cost))) is not None:  # only text already parsed is in the cache
            self.maker_fee_cost = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.maker_fee_cost = _nd(v)
        elif v is None or v == "":
            self.maker_fee_cost = None
        else:
            self._slow_field("maker_fee_cost")
        if type(v := g(k_taker_order_id)) is str:
            self.taker_order_id = v
        elif v is None:
            self.taker_order_id = None
        else:
            self._slow_field("taker_order_id")
        if type(v := g(k_taker_subtrader_id)) is str:
            self.taker_subtrader_id = v
        elif v is None:
            self.taker_subtrader_id = None
        else:
            self._slow_field("taker_subtrader_id")
        if (x := _dc(v := g(k_taker_fee_cost))) is not None:  # only text already parsed is in the cache
            self.taker_fee_cost = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.taker_fee_cost = _nd(v)
        elif v is None or v == "":
            self.taker_fee_cost = None
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


_KEYS = _t.JsonKeys(*(field.key for field in FcmFill._declared.values()))  # in _load_fast's order
