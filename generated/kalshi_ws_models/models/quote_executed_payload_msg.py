from __future__ import annotations

import datetime

from .. import types as _t
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime


class QuoteExecutedPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        quote_id (str): Unique identifier for the quote that was executed. Required (reading raises
            MissingFieldError if absent).
        rfq_id (str): Identifier of the RFQ this quote was for. Required (reading raises MissingFieldError if
            absent).
        quote_creator_id (str): Anonymized identifier for the quote creator. Required (reading raises
            MissingFieldError if absent).
        rfq_creator_id (str): Anonymized identifier for the RFQ creator. Required (reading raises
            MissingFieldError if absent).
        order_id (str): Your order ID resulting from the quote execution. Use this to match with fill messages.
            Required (reading raises MissingFieldError if absent).
        client_order_id (str): Your client order ID for the executed order. Use this to correlate with fill
            messages. Required (reading raises MissingFieldError if absent).
        market_ticker (str): Market ticker for the executed quote. Required (reading raises MissingFieldError if
            absent).
        executed_ts (datetime.datetime): Timestamp when the quote was executed and orders were placed. Required
            (reading raises MissingFieldError if absent).
        subaccount (int): Optional - Present only when your side of this quote used a subaccount.
            Contains your own subaccount number; the counterparty's subaccount is never shared. Optional (None if
            absent).
        rfq_batch_id (str): Identifier of the RFQ batch, when the quote was accepted as part of a batch quote.
            Omitted otherwise. Optional (None if absent).
    """

    __slots__ = (
        "quote_id",
        "rfq_id",
        "quote_creator_id",
        "rfq_creator_id",
        "order_id",
        "client_order_id",
        "market_ticker",
        "executed_ts",
        "subaccount",
        "rfq_batch_id",
    )

    quote_id: str
    """Unique identifier for the quote that was executed. Required (reading raises MissingFieldError if absent)."""

    rfq_id: str
    """Identifier of the RFQ this quote was for. Required (reading raises MissingFieldError if absent)."""

    quote_creator_id: str
    """Anonymized identifier for the quote creator. Required (reading raises MissingFieldError if absent)."""

    rfq_creator_id: str
    """Anonymized identifier for the RFQ creator. Required (reading raises MissingFieldError if absent)."""

    order_id: str
    """Your order ID resulting from the quote execution. Use this to match with fill messages. Required (reading
    raises MissingFieldError if absent)."""

    client_order_id: str
    """Your client order ID for the executed order. Use this to correlate with fill messages. Required (reading
    raises MissingFieldError if absent)."""

    market_ticker: str
    """Market ticker for the executed quote. Required (reading raises MissingFieldError if absent)."""

    executed_ts: datetime.datetime
    """Timestamp when the quote was executed and orders were placed. Required (reading raises MissingFieldError if
    absent)."""

    subaccount: int | None
    """Optional - Present only when your side of this quote used a subaccount.
    Contains your own subaccount number; the counterparty's subaccount is never shared. Optional (None if
    absent)."""

    rfq_batch_id: str | None
    """Identifier of the RFQ batch, when the quote was accepted as part of a batch quote. Omitted otherwise.
    Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "quote_id": _t.StrField("quote_id", required=True),
        "rfq_id": _t.StrField("rfq_id", required=True),
        "quote_creator_id": _t.StrField("quote_creator_id", required=True),
        "rfq_creator_id": _t.StrField("rfq_creator_id", required=True),
        "order_id": _t.StrField("order_id", required=True),
        "client_order_id": _t.StrField("client_order_id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "executed_ts": _t.DateTimeField("executed_ts", required=True),
        "subaccount": _t.IntField("subaccount"),
        "rfq_batch_id": _t.StrField("rfq_batch_id"),
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
            k_order_id,
            k_client_order_id,
            k_market_ticker,
            k_executed_ts,
            k_subaccount,
            k_rfq_batch_id,
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
        if type(v := g(k_order_id)) is str:
            self.order_id = v
        else:
            self._slow_field("order_id")
        if type(v := g(k_client_order_id)) is str:
            self.client_order_id = v
        else:
            self._slow_field("client_order_id")
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if (t := _tc(v := g(k_executed_ts))) is not None:
            self.executed_ts = t
        elif isinstance(v, str):
            self.executed_ts = _nt(v)
        else:
            self._slow_field("executed_ts")
        if type(v := g(k_subaccount)) is int:
            self.subaccount = v
        elif v is None:
            self.subaccount = None
        else:
            self._slow_field("subaccount")
        if type(v := g(k_rfq_batch_id)) is str:
            self.rfq_batch_id = v
        elif v is None:
            self.rfq_batch_id = None
        else:
            self._slow_field("rfq_batch_id")

    def __init__(
        self,
        *,
        quote_id: str | None | Unset = UNSET,
        rfq_id: str | None | Unset = UNSET,
        quote_creator_id: str | None | Unset = UNSET,
        rfq_creator_id: str | None | Unset = UNSET,
        order_id: str | None | Unset = UNSET,
        client_order_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        executed_ts: datetime.datetime | None | Unset = UNSET,
        subaccount: int | None | Unset = UNSET,
        rfq_batch_id: str | None | Unset = UNSET,
    ) -> None:
        """A QuoteExecutedPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("quote_id", quote_id)
        self._set("rfq_id", rfq_id)
        self._set("quote_creator_id", quote_creator_id)
        self._set("rfq_creator_id", rfq_creator_id)
        self._set("order_id", order_id)
        self._set("client_order_id", client_order_id)
        self._set("market_ticker", market_ticker)
        self._set("executed_ts", executed_ts)
        self._set("subaccount", subaccount)
        self._set("rfq_batch_id", rfq_batch_id)


_KEYS = _t.JsonKeys(*(field.key for field in QuoteExecutedPayloadMsg._declared.values()))  # in _load_fast's order
