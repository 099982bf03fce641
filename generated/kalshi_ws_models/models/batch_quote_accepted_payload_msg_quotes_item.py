from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class BatchQuoteAcceptedPayloadMsgQuotesItem(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        quote_id (str): Identifier of the accepted child quote. Required (reading raises MissingFieldError if
            absent).
        rfq_id (str): Identifier of the child RFQ. Required (reading raises MissingFieldError if absent).
        market_ticker (str): Combo market ticker of the child RFQ. Required (reading raises MissingFieldError if
            absent).
        event_ticker (str): Event ticker (optional) Optional (None if absent).
        yes_bid_dollars (Decimal): Yes side bid price in dollars. Required (reading raises MissingFieldError if
            absent).
        no_bid_dollars (Decimal): No side bid price in dollars. Required (reading raises MissingFieldError if
            absent).
        contracts_accepted_fp (Decimal): Fixed-point contracts requested by the child RFQ (2 decimals)
            (optional) Optional (None if absent).
        yes_contracts_offered_fp (Decimal): Fixed-point yes contracts offered (2 decimals) (optional) Optional
            (None if absent).
        no_contracts_offered_fp (Decimal): Fixed-point no contracts offered (2 decimals) (optional) Optional
            (None if absent).
        rfq_target_cost_dollars (Decimal): Target cost from the child RFQ in dollars (optional) Optional (None
            if absent).
    """

    __slots__ = (
        "quote_id",
        "rfq_id",
        "market_ticker",
        "event_ticker",
        "yes_bid_dollars",
        "no_bid_dollars",
        "contracts_accepted_fp",
        "yes_contracts_offered_fp",
        "no_contracts_offered_fp",
        "rfq_target_cost_dollars",
    )

    quote_id: str
    """Identifier of the accepted child quote. Required (reading raises MissingFieldError if absent)."""

    rfq_id: str
    """Identifier of the child RFQ. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Combo market ticker of the child RFQ. Required (reading raises MissingFieldError if absent)."""

    event_ticker: str | None
    """Event ticker (optional) Optional (None if absent)."""

    yes_bid_dollars: Decimal
    """Yes side bid price in dollars. Required (reading raises MissingFieldError if absent)."""

    no_bid_dollars: Decimal
    """No side bid price in dollars. Required (reading raises MissingFieldError if absent)."""

    contracts_accepted_fp: Decimal | None
    """Fixed-point contracts requested by the child RFQ (2 decimals) (optional) Optional (None if absent)."""

    yes_contracts_offered_fp: Decimal | None
    """Fixed-point yes contracts offered (2 decimals) (optional) Optional (None if absent)."""

    no_contracts_offered_fp: Decimal | None
    """Fixed-point no contracts offered (2 decimals) (optional) Optional (None if absent)."""

    rfq_target_cost_dollars: Decimal | None
    """Target cost from the child RFQ in dollars (optional) Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "quote_id": _t.StrField("quote_id", required=True),
        "rfq_id": _t.StrField("rfq_id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "event_ticker": _t.StrField("event_ticker"),
        "yes_bid_dollars": _t.DecimalField("yes_bid_dollars", required=True),
        "no_bid_dollars": _t.DecimalField("no_bid_dollars", required=True),
        "contracts_accepted_fp": _t.DecimalField("contracts_accepted_fp"),
        "yes_contracts_offered_fp": _t.DecimalField("yes_contracts_offered_fp"),
        "no_contracts_offered_fp": _t.DecimalField("no_contracts_offered_fp"),
        "rfq_target_cost_dollars": _t.DecimalField("rfq_target_cost_dollars"),
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
            k_quote_id,
            k_rfq_id,
            k_market_ticker,
            k_event_ticker,
            k_yes_bid_dollars,
            k_no_bid_dollars,
            k_contracts_accepted_fp,
            k_yes_contracts_offered_fp,
            k_no_contracts_offered_fp,
            k_rfq_target_cost_dollars,
        ) = _KEYS.keys
        if type(v := g(k_quote_id)) is str:
            self.quote_id = v
        else:
            self._slow_field("quote_id")
        if type(v := g(k_rfq_id)) is str:
            self.rfq_id = v
        else:
            self._slow_field("rfq_id")
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if type(v := g(k_event_ticker)) is str:
            self.event_ticker = v
        elif v is None:
            self.event_ticker = None
        else:
            self._slow_field("event_ticker")
        if (x := _dc(v := g(k_yes_bid_dollars))) is not None:  # only text already parsed is in the cache
            self.yes_bid_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_bid_dollars = _nd(v)
        else:
            self._slow_field("yes_bid_dollars")
        if (x := _dc(v := g(k_no_bid_dollars))) is not None:  # only text already parsed is in the cache
            self.no_bid_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.no_bid_dollars = _nd(v)
        else:
            self._slow_field("no_bid_dollars")
        if (x := _dc(v := g(k_contracts_accepted_fp))) is not None:  # only text already parsed is in the cache
            self.contracts_accepted_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.contracts_accepted_fp = _nd(v)
        elif v is None or v == "":
            self.contracts_accepted_fp = None
        else:
            self._slow_field("contracts_accepted_fp")
        if (x := _dc(v := g(k_yes_contracts_offered_fp))) is not None:  # only text already parsed is in the cache
            self.yes_contracts_offered_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_contracts_offered_fp = _nd(v)
        elif v is None or v == "":
            self.yes_contracts_offered_fp = None
        else:
            self._slow_field("yes_contracts_offered_fp")
        if (x := _dc(v := g(k_no_contracts_offered_fp))) is not None:  # only text already parsed is in the cache
            self.no_contracts_offered_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.no_contracts_offered_fp = _nd(v)
        elif v is None or v == "":
            self.no_contracts_offered_fp = None
        else:
            self._slow_field("no_contracts_offered_fp")
        if (x := _dc(v := g(k_rfq_target_cost_dollars))) is not None:  # only text already parsed is in the cache
            self.rfq_target_cost_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.rfq_target_cost_dollars = _nd(v)
        elif v is None or v == "":
            self.rfq_target_cost_dollars = None
        else:
            self._slow_field("rfq_target_cost_dollars")

    def __init__(
        self,
        *,
        quote_id: str | None | Unset = UNSET,
        rfq_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        event_ticker: str | None | Unset = UNSET,
        yes_bid_dollars: Decimal | None | Unset = UNSET,
        no_bid_dollars: Decimal | None | Unset = UNSET,
        contracts_accepted_fp: Decimal | None | Unset = UNSET,
        yes_contracts_offered_fp: Decimal | None | Unset = UNSET,
        no_contracts_offered_fp: Decimal | None | Unset = UNSET,
        rfq_target_cost_dollars: Decimal | None | Unset = UNSET,
    ) -> None:
        """A BatchQuoteAcceptedPayloadMsgQuotesItem from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("quote_id", quote_id)
        self._set("rfq_id", rfq_id)
        self._set("market_ticker", market_ticker)
        self._set("event_ticker", event_ticker)
        self._set("yes_bid_dollars", yes_bid_dollars)
        self._set("no_bid_dollars", no_bid_dollars)
        self._set("contracts_accepted_fp", contracts_accepted_fp)
        self._set("yes_contracts_offered_fp", yes_contracts_offered_fp)
        self._set("no_contracts_offered_fp", no_contracts_offered_fp)
        self._set("rfq_target_cost_dollars", rfq_target_cost_dollars)


_KEYS = _t.JsonKeys(
    *(field.key for field in BatchQuoteAcceptedPayloadMsgQuotesItem._declared.values())
)  # in _load_fast's order
