from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class RFQBatchBestQuote(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        rfq_id (str): UUID of the child RFQ. Required (reading raises MissingFieldError if absent).
        market_ticker (str): The child's combo market. Required (reading raises MissingFieldError if absent).
        yes_bid_dollars (Decimal): Best YES bid across makers, in dollars; absent when no maker bids YES.
            Example: 0.5600. Optional (None if absent).
        no_bid_dollars (Decimal): Best NO bid across makers, in dollars; absent when no maker bids NO. Example:
            0.5600. Optional (None if absent).
        yes_contracts_offered_fp (Decimal): Contracts the best YES bid offers. Example: 10.00. Optional (None if
            absent).
        no_contracts_offered_fp (Decimal): Contracts the best NO bid offers. Example: 10.00. Optional (None if
            absent).
    """

    __slots__ = (
        "rfq_id",
        "market_ticker",
        "yes_bid_dollars",
        "no_bid_dollars",
        "yes_contracts_offered_fp",
        "no_contracts_offered_fp",
    )

    rfq_id: str
    """UUID of the child RFQ. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """The child's combo market. Required (reading raises MissingFieldError if absent)."""

    yes_bid_dollars: Decimal | None
    """Best YES bid across makers, in dollars; absent when no maker bids YES. Example: 0.5600. Optional (None if
    absent)."""

    no_bid_dollars: Decimal | None
    """Best NO bid across makers, in dollars; absent when no maker bids NO. Example: 0.5600. Optional (None if
    absent)."""

    yes_contracts_offered_fp: Decimal | None
    """Contracts the best YES bid offers. Example: 10.00. Optional (None if absent)."""

    no_contracts_offered_fp: Decimal | None
    """Contracts the best NO bid offers. Example: 10.00. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "rfq_id": _t.StrField("rfq_id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "yes_bid_dollars": _t.DecimalField("yes_bid_dollars"),
        "no_bid_dollars": _t.DecimalField("no_bid_dollars"),
        "yes_contracts_offered_fp": _t.DecimalField("yes_contracts_offered_fp"),
        "no_contracts_offered_fp": _t.DecimalField("no_contracts_offered_fp"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("rfq_id")) is str:
            self.rfq_id = v
        else:
            self._slow_field("rfq_id")
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if (x := _dc(v := g("yes_bid_dollars"))) is not None:  # only text already parsed is in the cache
            self.yes_bid_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_bid_dollars = _nd(v)
        elif v is None or v == "":
            self.yes_bid_dollars = None
        else:
            self._slow_field("yes_bid_dollars")
        if (x := _dc(v := g("no_bid_dollars"))) is not None:  # only text already parsed is in the cache
            self.no_bid_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.no_bid_dollars = _nd(v)
        elif v is None or v == "":
            self.no_bid_dollars = None
        else:
            self._slow_field("no_bid_dollars")
        if (x := _dc(v := g("yes_contracts_offered_fp"))) is not None:  # only text already parsed is in the cache
            self.yes_contracts_offered_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_contracts_offered_fp = _nd(v)
        elif v is None or v == "":
            self.yes_contracts_offered_fp = None
        else:
            self._slow_field("yes_contracts_offered_fp")
        if (x := _dc(v := g("no_contracts_offered_fp"))) is not None:  # only text already parsed is in the cache
            self.no_contracts_offered_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.no_contracts_offered_fp = _nd(v)
        elif v is None or v == "":
            self.no_contracts_offered_fp = None
        else:
            self._slow_field("no_contracts_offered_fp")

    def __init__(
        self,
        *,
        rfq_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        yes_bid_dollars: Decimal | None | Unset = UNSET,
        no_bid_dollars: Decimal | None | Unset = UNSET,
        yes_contracts_offered_fp: Decimal | None | Unset = UNSET,
        no_contracts_offered_fp: Decimal | None | Unset = UNSET,
    ) -> None:
        """A RFQBatchBestQuote from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("rfq_id", rfq_id)
        self._set("market_ticker", market_ticker)
        self._set("yes_bid_dollars", yes_bid_dollars)
        self._set("no_bid_dollars", no_bid_dollars)
        self._set("yes_contracts_offered_fp", yes_contracts_offered_fp)
        self._set("no_contracts_offered_fp", no_contracts_offered_fp)
