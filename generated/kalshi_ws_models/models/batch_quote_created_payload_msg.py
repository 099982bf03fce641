from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_quote_created_payload_msg_quotes_item import BatchQuoteCreatedPayloadMsgQuotesItem


_tc = _t.cached_datetime
_nt = _t.new_datetime


class BatchQuoteCreatedPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        batch_quote_id (str): Unique identifier for the batch quote. Required (reading raises MissingFieldError
            if absent).
        rfq_batch_id (str): Identifier of the RFQ batch this batch quote prices. Required (reading raises
            MissingFieldError if absent).
        quote_creator_id (str): Your public communications ID as the batch quote creator. Required (reading
            raises MissingFieldError if absent).
        created_ts (datetime.datetime): Timestamp when the batch quote was created. Required (reading raises
            MissingFieldError if absent).
        quotes (list[BatchQuoteCreatedPayloadMsgQuotesItem]): One quote per child RFQ. Empty when absent or
            null.
        subaccount (int): Optional - Present only when your batch quote used a subaccount.
            Contains your own subaccount number. Optional (None if absent).
    """

    __slots__ = (
        "batch_quote_id",
        "rfq_batch_id",
        "quote_creator_id",
        "created_ts",
        "quotes",
        "subaccount",
    )

    batch_quote_id: str
    """Unique identifier for the batch quote. Required (reading raises MissingFieldError if absent)."""

    rfq_batch_id: str
    """Identifier of the RFQ batch this batch quote prices. Required (reading raises MissingFieldError if absent)."""

    quote_creator_id: str
    """Your public communications ID as the batch quote creator. Required (reading raises MissingFieldError if
    absent)."""

    created_ts: datetime.datetime
    """Timestamp when the batch quote was created. Required (reading raises MissingFieldError if absent)."""

    quotes: list[BatchQuoteCreatedPayloadMsgQuotesItem]
    """One quote per child RFQ. Empty when absent or null."""

    subaccount: int | None
    """Optional - Present only when your batch quote used a subaccount.
    Contains your own subaccount number. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "batch_quote_id": _t.StrField("batch_quote_id", required=True),
        "rfq_batch_id": _t.StrField("rfq_batch_id", required=True),
        "quote_creator_id": _t.StrField("quote_creator_id", required=True),
        "created_ts": _t.DateTimeField("created_ts", required=True),
        "quotes": _t.ModelListField(
            "quotes",
            f"{__package__}.batch_quote_created_payload_msg_quotes_item",
            "BatchQuoteCreatedPayloadMsgQuotesItem",
            required=True,
            empty=True,
        ),
        "subaccount": _t.IntField("subaccount"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("batch_quote_id")) is str:
            self.batch_quote_id = v
        else:
            self._slow_field("batch_quote_id")
        if type(v := g("rfq_batch_id")) is str:
            self.rfq_batch_id = v
        else:
            self._slow_field("rfq_batch_id")
        if type(v := g("quote_creator_id")) is str:
            self.quote_creator_id = v
        else:
            self._slow_field("quote_creator_id")
        if (t := _tc(v := g("created_ts"))) is not None:
            self.created_ts = t
        elif isinstance(v, str):
            self.created_ts = _nt(v)
        else:
            self._slow_field("created_ts")
        if type(v := g("quotes")) is list:
            self.quotes = _BUILD["quotes"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("quotes")
        if type(v := g("subaccount")) is int:
            self.subaccount = v
        elif v is None:
            self.subaccount = None
        else:
            self._slow_field("subaccount")

    def __init__(
        self,
        *,
        batch_quote_id: str | None | Unset = UNSET,
        rfq_batch_id: str | None | Unset = UNSET,
        quote_creator_id: str | None | Unset = UNSET,
        created_ts: datetime.datetime | None | Unset = UNSET,
        quotes: list[BatchQuoteCreatedPayloadMsgQuotesItem] | None | Unset = UNSET,
        subaccount: int | None | Unset = UNSET,
    ) -> None:
        """A BatchQuoteCreatedPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("batch_quote_id", batch_quote_id)
        self._set("rfq_batch_id", rfq_batch_id)
        self._set("quote_creator_id", quote_creator_id)
        self._set("created_ts", created_ts)
        self._set("quotes", quotes)
        self._set("subaccount", subaccount)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "quotes": _t.builder(BatchQuoteCreatedPayloadMsg, "quotes"),
}
