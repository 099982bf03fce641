from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_quote_created_payload_msg_quotes_item import BatchQuoteCreatedPayloadMsgQuotesItem


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    batch_quote_id: str = _field(_t.StrField("batch_quote_id", required=True))
    """Unique identifier for the batch quote. Required (reading raises MissingFieldError if absent)."""

    rfq_batch_id: str = _field(_t.StrField("rfq_batch_id", required=True))
    """Identifier of the RFQ batch this batch quote prices. Required (reading raises MissingFieldError if absent)."""

    quote_creator_id: str = _field(_t.StrField("quote_creator_id", required=True))
    """Your public communications ID as the batch quote creator. Required (reading raises MissingFieldError if
    absent)."""

    created_ts: datetime.datetime = _field(_t.DateTimeField("created_ts", required=True))
    """Timestamp when the batch quote was created. Required (reading raises MissingFieldError if absent)."""

    quotes: list[BatchQuoteCreatedPayloadMsgQuotesItem] = _field(
        _t.ModelListField(
            "quotes",
            f"{__package__}.batch_quote_created_payload_msg_quotes_item",
            "BatchQuoteCreatedPayloadMsgQuotesItem",
            required=True,
            empty=True,
        )
    )
    """One quote per child RFQ. Empty when absent or null."""

    subaccount: int | None = _field(_t.IntField("subaccount"))
    """Optional - Present only when your batch quote used a subaccount.
    Contains your own subaccount number. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("batch_quote_id", _M)
        if type(v) is str:
            d["batch_quote_id"] = v
        elif v is not _M:
            slow("batch_quote_id")
        v = g("rfq_batch_id", _M)
        if type(v) is str:
            d["rfq_batch_id"] = v
        elif v is not _M:
            slow("rfq_batch_id")
        v = g("quote_creator_id", _M)
        if type(v) is str:
            d["quote_creator_id"] = v
        elif v is not _M:
            slow("quote_creator_id")
        v = g("created_ts", _M)
        if type(v) is str:
            d["created_ts"] = _iso(v)
        elif v is not _M:
            slow("created_ts")
        v = g("quotes", _M)
        if type(v) is list:
            d["quotes"] = _convert["quotes"](v)
        elif v is not _M:
            slow("quotes")
        v = g("subaccount", _M)
        if type(v) is int:
            d["subaccount"] = v
        elif v is None:
            d["subaccount"] = None
        elif v is not _M:
            slow("subaccount")

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
        self._set("batch_quote_id", batch_quote_id)
        self._set("rfq_batch_id", rfq_batch_id)
        self._set("quote_creator_id", quote_creator_id)
        self._set("created_ts", created_ts)
        self._set("quotes", quotes)
        self._set("subaccount", subaccount)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "quotes": BatchQuoteCreatedPayloadMsg.__dict__["quotes"].convert,
}
