from __future__ import annotations

import datetime
from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime


class MarketPosition(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        ticker (str): Unique identifier for the market. Required (reading raises MissingFieldError if absent).
        exchange_index (int): Identifier for an exchange shard. Example: 0. Required (reading raises
            MissingFieldError if absent).
        total_traded_dollars (Decimal): Total spent on this market in dollars. Example: 0.5600. Required
            (reading raises MissingFieldError if absent).
        position_fp (Decimal): String representation of the number of contracts bought in this market. Negative
            means NO contracts and positive means YES contracts. Example: 10.00. Required (reading raises
            MissingFieldError if absent).
        market_exposure_dollars (Decimal): Cost of the aggregate market position in dollars. Example: 0.5600.
            Required (reading raises MissingFieldError if absent).
        realized_pnl_dollars (Decimal): Locked in profit and loss, in dollars. Example: 0.5600. Required
            (reading raises MissingFieldError if absent).
        fees_paid_dollars (Decimal): Fees paid on fill orders, in dollars. Example: 0.5600. Required (reading
            raises MissingFieldError if absent).
        last_updated_ts (datetime.datetime): Last time the position is updated. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = (
        "ticker",
        "exchange_index",
        "total_traded_dollars",
        "position_fp",
        "market_exposure_dollars",
        "realized_pnl_dollars",
        "fees_paid_dollars",
        "last_updated_ts",
    )

    ticker: str
    """Unique identifier for the market. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int
    """Identifier for an exchange shard. Example: 0. Required (reading raises MissingFieldError if absent)."""

    total_traded_dollars: Decimal
    """Total spent on this market in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    position_fp: Decimal
    """String representation of the number of contracts bought in this market. Negative means NO contracts and
    positive means YES contracts. Example: 10.00. Required (reading raises MissingFieldError if absent)."""

    market_exposure_dollars: Decimal
    """Cost of the aggregate market position in dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    realized_pnl_dollars: Decimal
    """Locked in profit and loss, in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    fees_paid_dollars: Decimal
    """Fees paid on fill orders, in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    last_updated_ts: datetime.datetime
    """Last time the position is updated. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "ticker": _t.StrField("ticker", required=True),
        "exchange_index": _t.IntField("exchange_index", required=True),
        "total_traded_dollars": _t.DecimalField("total_traded_dollars", required=True),
        "position_fp": _t.DecimalField("position_fp", required=True),
        "market_exposure_dollars": _t.DecimalField("market_exposure_dollars", required=True),
        "realized_pnl_dollars": _t.DecimalField("realized_pnl_dollars", required=True),
        "fees_paid_dollars": _t.DecimalField("fees_paid_dollars", required=True),
        "last_updated_ts": _t.DateTimeField("last_updated_ts", required=True),
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
            k_ticker,
            k_exchange_index,
            k_total_traded_dollars,
            k_position_fp,
            k_market_exposure_dollars,
            k_realized_pnl_dollars,
            k_fees_paid_dollars,
            k_last_updated_ts,
        ) = _KEYS.keys
        if type(v := g(k_ticker)) is str:
            self.ticker = v
        else:
            self._slow_field("ticker")
        if type(v := g(k_exchange_index)) is int:
            self.exchange_index = v
        else:
            self._slow_field("exchange_index")
        if (x := _dc(v := g(k_total_traded_dollars))) is not None:  # only text already parsed is in the cache
            self.total_traded_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.total_traded_dollars = _nd(v)
        else:
            self._slow_field("total_traded_dollars")
        if (x := _dc(v := g(k_position_fp))) is not None:  # only text already parsed is in the cache
            self.position_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.position_fp = _nd(v)
        else:
            self._slow_field("position_fp")
        if (x := _dc(v := g(k_market_exposure_dollars))) is not None:  # only text already parsed is in the cache
            self.market_exposure_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.market_exposure_dollars = _nd(v)
        else:
            self._slow_field("market_exposure_dollars")
        if (x := _dc(v := g(k_realized_pnl_dollars))) is not None:  # only text already parsed is in the cache
            self.realized_pnl_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.realized_pnl_dollars = _nd(v)
        else:
            self._slow_field("realized_pnl_dollars")
        if (x := _dc(v := g(k_fees_paid_dollars))) is not None:  # only text already parsed is in the cache
            self.fees_paid_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.fees_paid_dollars = _nd(v)
        else:
            self._slow_field("fees_paid_dollars")
        if (t := _tc(v := g(k_last_updated_ts))) is not None:
            self.last_updated_ts = t
        elif isinstance(v, str):
            self.last_updated_ts = _nt(v)
        else:
            self._slow_field("last_updated_ts")

    def __init__(
        self,
        *,
        ticker: str | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
        total_traded_dollars: Decimal | None | Unset = UNSET,
        position_fp: Decimal | None | Unset = UNSET,
        market_exposure_dollars: Decimal | None | Unset = UNSET,
        realized_pnl_dollars: Decimal | None | Unset = UNSET,
        fees_paid_dollars: Decimal | None | Unset = UNSET,
        last_updated_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A MarketPosition from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("ticker", ticker)
        self._set("exchange_index", exchange_index)
        self._set("total_traded_dollars", total_traded_dollars)
        self._set("position_fp", position_fp)
        self._set("market_exposure_dollars", market_exposure_dollars)
        self._set("realized_pnl_dollars", realized_pnl_dollars)
        self._set("fees_paid_dollars", fees_paid_dollars)
        self._set("last_updated_ts", last_updated_ts)


_KEYS = _t.JsonKeys(*(field.key for field in MarketPosition._declared.values()))  # in _load_fast's order
