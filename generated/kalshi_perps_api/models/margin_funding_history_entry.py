from __future__ import annotations

import datetime
from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime


class MarginFundingHistoryEntry(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_ticker (str): Ticker of the margin market. Required (reading raises MissingFieldError if absent).
        funding_time (datetime.datetime): Timestamp when the funding payment was applied. Required (reading
            raises MissingFieldError if absent).
        funding_rate (float): Funding rate for this period. Required (reading raises MissingFieldError if
            absent).
        mark_price (Decimal): Mark price at the time of funding. Example: 0.5600. Required (reading raises
            MissingFieldError if absent).
        funding_amount (Decimal): Dollar amount of the funding payment (positive = received, negative = paid)
            Example: 0.5600. Required (reading raises MissingFieldError if absent).
        quantity (Decimal): Position size at time of funding as a fixed-point count string. Example: 10.00.
            Required (reading raises MissingFieldError if absent).
        subaccount_number (int): Subaccount number (0 for primary) Required (reading raises MissingFieldError if
            absent).
    """

    __slots__ = (
        "market_ticker",
        "funding_time",
        "funding_rate",
        "mark_price",
        "funding_amount",
        "quantity",
        "subaccount_number",
    )

    market_ticker: str
    """Ticker of the margin market. Required (reading raises MissingFieldError if absent)."""

    funding_time: datetime.datetime
    """Timestamp when the funding payment was applied. Required (reading raises MissingFieldError if absent)."""

    funding_rate: float
    """Funding rate for this period. Required (reading raises MissingFieldError if absent)."""

    mark_price: Decimal
    """Mark price at the time of funding. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    funding_amount: Decimal
    """Dollar amount of the funding payment (positive = received, negative = paid) Example: 0.5600. Required
    (reading raises MissingFieldError if absent)."""

    quantity: Decimal
    """Position size at time of funding as a fixed-point count string. Example: 10.00. Required (reading raises
    MissingFieldError if absent)."""

    subaccount_number: int | None
    """Subaccount number (0 for primary) Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_ticker": _t.StrField("market_ticker", required=True),
        "funding_time": _t.DateTimeField("funding_time", required=True),
        "funding_rate": _t.FloatField("funding_rate", required=True),
        "mark_price": _t.DecimalField("mark_price", required=True),
        "funding_amount": _t.DecimalField("funding_amount", required=True),
        "quantity": _t.DecimalField("quantity", required=True),
        "subaccount_number": _t.IntField("subaccount_number", required=True, nullable=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if (t := _tc(v := g("funding_time"))) is not None:
            self.funding_time = t
        elif isinstance(v, str):
            self.funding_time = _nt(v)
        else:
            self._slow_field("funding_time")
        if type(v := g("funding_rate")) is float:
            self.funding_rate = v
        elif type(v) is int:
            self.funding_rate = float(v)
        else:
            self._slow_field("funding_rate")
        if (x := _dc(v := g("mark_price"))) is not None:  # only text already parsed is in the cache
            self.mark_price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.mark_price = _nd(v)
        else:
            self._slow_field("mark_price")
        if (x := _dc(v := g("funding_amount"))) is not None:  # only text already parsed is in the cache
            self.funding_amount = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.funding_amount = _nd(v)
        else:
            self._slow_field("funding_amount")
        if (x := _dc(v := g("quantity"))) is not None:  # only text already parsed is in the cache
            self.quantity = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.quantity = _nd(v)
        else:
            self._slow_field("quantity")
        if type(v := g("subaccount_number")) is int:
            self.subaccount_number = v
        else:
            self._slow_field("subaccount_number")

    def __init__(
        self,
        *,
        market_ticker: str | None | Unset = UNSET,
        funding_time: datetime.datetime | None | Unset = UNSET,
        funding_rate: float | None | Unset = UNSET,
        mark_price: Decimal | None | Unset = UNSET,
        funding_amount: Decimal | None | Unset = UNSET,
        quantity: Decimal | None | Unset = UNSET,
        subaccount_number: int | None | Unset = UNSET,
    ) -> None:
        """A MarginFundingHistoryEntry from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("market_ticker", market_ticker)
        self._set("funding_time", funding_time)
        self._set("funding_rate", funding_rate)
        self._set("mark_price", mark_price)
        self._set("funding_amount", funding_amount)
        self._set("quantity", quantity)
        self._set("subaccount_number", subaccount_number)
