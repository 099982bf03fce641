from __future__ import annotations

import datetime
from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime


class QuoteCreatedPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        quote_id (str): Unique identifier for the quote. Required (reading raises MissingFieldError if absent).
        rfq_id (str): Identifier of the RFQ this quote is for. Required (reading raises MissingFieldError if
            absent).
        quote_creator_id (str): Public communications ID of the quote creator (anonymized) Required (reading
            raises MissingFieldError if absent).
        rfq_creator_id (str): Public communications ID of the RFQ creator (pseudonymous). When
            obscure_creator_id is enabled, other users receive the shared placeholder
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" (SHA-256 of empty input). The creator
            sees their normal ID. Required (reading raises MissingFieldError if absent).
        market_ticker (str): Market ticker for the quote. Required (reading raises MissingFieldError if absent).
        event_ticker (str): Event ticker (optional) Optional (None if absent).
        yes_bid_dollars (Decimal): Yes side bid price in dollars. Required (reading raises MissingFieldError if
            absent).
        no_bid_dollars (Decimal): No side bid price in dollars. Required (reading raises MissingFieldError if
            absent).
        yes_contracts_offered_fp (Decimal): Fixed-point yes contracts offered (2 decimals) (optional) Optional
            (None if absent).
        no_contracts_offered_fp (Decimal): Fixed-point no contracts offered (2 decimals) (optional) Optional
            (None if absent).
        rfq_target_cost_dollars (Decimal): Target cost from the RFQ in dollars (optional) Optional (None if
            absent).
        created_ts (datetime.datetime): Timestamp when the quote was created. Required (reading raises
            MissingFieldError if absent).
        subaccount (int): Optional - Present only when your side of this quote used a subaccount.
            Contains your own subaccount number; the counterparty's subaccount is never shared. Optional (None if
            absent).
    """

    __slots__ = (
        "quote_id",
        "rfq_id",
        "quote_creator_id",
        "rfq_creator_id",
        "market_ticker",
        "event_ticker",
        "yes_bid_dollars",
        "no_bid_dollars",
        "yes_contracts_offered_fp",
        "no_contracts_offered_fp",
        "rfq_target_cost_dollars",
        "created_ts",
        "subaccount",
    )

    quote_id: str
    """Unique identifier for the quote. Required (reading raises MissingFieldError if absent)."""

    rfq_id: str
    """Identifier of the RFQ this quote is for. Required (reading raises MissingFieldError if absent)."""

    quote_creator_id: str
    """Public communications ID of the quote creator (anonymized) Required (reading raises MissingFieldError if
    absent)."""

    rfq_creator_id: str
    """Public communications ID of the RFQ creator (pseudonymous). When obscure_creator_id is enabled, other users
    receive the shared placeholder "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" (SHA-256
    of empty input). The creator sees their normal ID. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Market ticker for the quote. Required (reading raises MissingFieldError if absent)."""

    event_ticker: str | None
    """Event ticker (optional) Optional (None if absent)."""

    yes_bid_dollars: Decimal
    """Yes side bid price in dollars. Required (reading raises MissingFieldError if absent)."""

    no_bid_dollars: Decimal
    """No side bid price in dollars. Required (reading raises MissingFieldError if absent)."""

    yes_contracts_offered_fp: Decimal | None
    """Fixed-point yes contracts offered (2 decimals) (optional) Optional (None if absent)."""

    no_contracts_offered_fp: Decimal | None
    """Fixed-point no contracts offered (2 decimals) (optional) Optional (None if absent)."""

    rfq_target_cost_dollars: Decimal | None
    """Target cost from the RFQ in dollars (optional) Optional (None if absent)."""

    created_ts: datetime.datetime
    """Timestamp when the quote was created. Required (reading raises MissingFieldError if absent)."""

    subaccount: int | None
    """Optional - Present only when your side of this quote used a subaccount.
    Contains your own subaccount number; the counterparty's subaccount is never shared. Optional (None if
    absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "quote_id": _t.StrField("quote_id", required=True),
        "rfq_id": _t.StrField("rfq_id", required=True),
        "quote_creator_id": _t.StrField("quote_creator_id", required=True),
        "rfq_creator_id": _t.StrField("rfq_creator_id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "event_ticker": _t.StrField("event_ticker"),
        "yes_bid_dollars": _t.DecimalField("yes_bid_dollars", required=True),
        "no_bid_dollars": _t.DecimalField("no_bid_dollars", required=True),
        "yes_contracts_offered_fp": _t.DecimalField("yes_contracts_offered_fp"),
        "no_contracts_offered_fp": _t.DecimalField("no_contracts_offered_fp"),
        "rfq_target_cost_dollars": _t.DecimalField("rfq_target_cost_dollars"),
        "created_ts": _t.DateTimeField("created_ts", required=True),
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
            k_quote_id,
            k_rfq_id,
            k_quote_creator_id,
            k_rfq_creator_id,
            k_market_ticker,
            k_event_ticker,
            k_yes_bid_dollars,
            k_no_bid_dollars,
            k_yes_contracts_offered_fp,
            k_no_contracts_offered_fp,
            k_rfq_target_cost_dollars,
            k_created_ts,
            k_subaccount,
        ) = _KEYS.keys
        if type(v := g(k_quote_id)) is str:
            self.quote_id = v
        else:
            self._slow_field("quote_id")
        if type(v := g(k_rfq_id)) is str:
            self.rfq_id = v
        else:
            self._slow_field("rfq_id")
        if type(v := g(k_quote_creator_id)) is str:
            self.quote_creator_id = v
        else:
            self._slow_field("quote_creator_id")
        if type(v := g(k_rfq_creator_id)) is str:
            self.rfq_creator_id = v
        else:
            self._slow_field("rfq_creator_id")
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
        if (t := _tc(v := g(k_created_ts))) is not None:
            self.created_ts = t
        elif isinstance(v, str):
            self.created_ts = _nt(v)
        else:
            self._slow_field("created_ts")
        if type(v := g(k_subaccount)) is int:
            self.subaccount = v
        elif v is None:
            self.subaccount = None
        else:
            self._slow_field("subaccount")

    def __init__(
        self,
        *,
        quote_id: str | None | Unset = UNSET,
        rfq_id: str | None | Unset = UNSET,
        quote_creator_id: str | None | Unset = UNSET,
        rfq_creator_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        event_ticker: str | None | Unset = UNSET,
        yes_bid_dollars: Decimal | None | Unset = UNSET,
        no_bid_dollars: Decimal | None | Unset = UNSET,
        yes_contracts_offered_fp: Decimal | None | Unset = UNSET,
        no_contracts_offered_fp: Decimal | None | Unset = UNSET,
        rfq_target_cost_dollars: Decimal | None | Unset = UNSET,
        created_ts: datetime.datetime | None | Unset = UNSET,
        subaccount: int | None | Unset = UNSET,
    ) -> None:
        """A QuoteCreatedPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("quote_id", quote_id)
        self._set("rfq_id", rfq_id)
        self._set("quote_creator_id", quote_creator_id)
        self._set("rfq_creator_id", rfq_creator_id)
        self._set("market_ticker", market_ticker)
        self._set("event_ticker", event_ticker)
        self._set("yes_bid_dollars", yes_bid_dollars)
        self._set("no_bid_dollars", no_bid_dollars)
        self._set("yes_contracts_offered_fp", yes_contracts_offered_fp)
        self._set("no_contracts_offered_fp", no_contracts_offered_fp)
        self._set("rfq_target_cost_dollars", rfq_target_cost_dollars)
        self._set("created_ts", created_ts)
        self._set("subaccount", subaccount)


_KEYS = _t.JsonKeys(*(field.key for field in QuoteCreatedPayloadMsg._declared.values()))  # in _load_fast's order
