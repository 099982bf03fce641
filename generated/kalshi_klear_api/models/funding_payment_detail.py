from __future__ import annotations

import datetime
from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime


class FundingPaymentDetail(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Required (reading raises MissingFieldError if absent).
        market_ticker (str): Required (reading raises MissingFieldError if absent).
        subtrader_id (str): Required (reading raises MissingFieldError if absent).
        funding_time (datetime.datetime): The funding period this payment applies to. Required (reading raises
            MissingFieldError if absent).
        position_quantity_fp (Decimal): Signed position at funding time as a fixed-point contract count (e.g.
            "1.25"). Required (reading raises MissingFieldError if absent).
        notional_value_centicents (int): Signed notional value (position times mark price) the funding payment
            was computed from. Required (reading raises MissingFieldError if absent).
        funding_amount_centicents (int): Signed funding amount; positive when received, negative when paid.
            Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "id",
        "market_ticker",
        "subtrader_id",
        "funding_time",
        "position_quantity_fp",
        "notional_value_centicents",
        "funding_amount_centicents",
    )

    id: str
    """Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Required (reading raises MissingFieldError if absent)."""

    subtrader_id: str
    """Required (reading raises MissingFieldError if absent)."""

    funding_time: datetime.datetime
    """The funding period this payment applies to. Required (reading raises MissingFieldError if absent)."""

    position_quantity_fp: Decimal
    """Signed position at funding time as a fixed-point contract count (e.g. "1.25"). Required (reading raises
    MissingFieldError if absent)."""

    notional_value_centicents: int
    """Signed notional value (position times mark price) the funding payment was computed from. Required (reading
    raises MissingFieldError if absent)."""

    funding_amount_centicents: int
    """Signed funding amount; positive when received, negative when paid. Required (reading raises
    MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "subtrader_id": _t.StrField("subtrader_id", required=True),
        "funding_time": _t.DateTimeField("funding_time", required=True),
        "position_quantity_fp": _t.DecimalField("position_quantity_fp", required=True),
        "notional_value_centicents": _t.IntField("notional_value_centicents", required=True),
        "funding_amount_centicents": _t.IntField("funding_amount_centicents", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("id")) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if type(v := g("subtrader_id")) is str:
            self.subtrader_id = v
        else:
            self._slow_field("subtrader_id")
        if (t := _tc(v := g("funding_time"))) is not None:
            self.funding_time = t
        elif isinstance(v, str):
            self.funding_time = _nt(v)
        else:
            self._slow_field("funding_time")
        if (x := _dc(v := g("position_quantity_fp"))) is not None:  # only text already parsed is in the cache
            self.position_quantity_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.position_quantity_fp = _nd(v)
        else:
            self._slow_field("position_quantity_fp")
        if type(v := g("notional_value_centicents")) is int:
            self.notional_value_centicents = v
        else:
            self._slow_field("notional_value_centicents")
        if type(v := g("funding_amount_centicents")) is int:
            self.funding_amount_centicents = v
        else:
            self._slow_field("funding_amount_centicents")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        subtrader_id: str | None | Unset = UNSET,
        funding_time: datetime.datetime | None | Unset = UNSET,
        position_quantity_fp: Decimal | None | Unset = UNSET,
        notional_value_centicents: int | None | Unset = UNSET,
        funding_amount_centicents: int | None | Unset = UNSET,
    ) -> None:
        """A FundingPaymentDetail from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("market_ticker", market_ticker)
        self._set("subtrader_id", subtrader_id)
        self._set("funding_time", funding_time)
        self._set("position_quantity_fp", position_quantity_fp)
        self._set("notional_value_centicents", notional_value_centicents)
        self._set("funding_amount_centicents", funding_amount_centicents)
