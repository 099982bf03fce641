from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.batch_quote_accepted_payload_msg_accepted_side import BatchQuoteAcceptedPayloadMsgAcceptedSide
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_quote_accepted_payload_msg_quotes_item import BatchQuoteAcceptedPayloadMsgQuotesItem


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class BatchQuoteAcceptedPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        batch_quote_id (str): Identifier of your batch quote. Confirm the children you won with it. Required
            (reading raises MissingFieldError if absent).
        rfq_batch_id (str): Identifier of the RFQ batch. Required (reading raises MissingFieldError if absent).
        quote_creator_id (str): Your public communications ID as the batch quote creator. Required (reading
            raises MissingFieldError if absent).
        rfq_creator_id (str): Public communications ID of the RFQ batch creator, obscured as in quote_accepted.
            Required (reading raises MissingFieldError if absent).
        accepted_side (BatchQuoteAcceptedPayloadMsgAcceptedSide): Which side the RFQ batch creator accepted on
            every child (yes/no) Required (reading raises MissingFieldError if absent).
        accepted_ts (datetime.datetime): Timestamp when the RFQ batch was accepted. Required (reading raises
            MissingFieldError if absent).
        quotes (list[BatchQuoteAcceptedPayloadMsgQuotesItem]): Only the children you won, each with your
            accepted quote. Other children went to other makers. Empty when absent or null.
        subaccount (int): Optional - Present only when your batch quote used a subaccount.
            Contains your own subaccount number; the counterparty's subaccount is never shared. Optional (None if
            absent).
    """

    __slots__ = ()

    batch_quote_id: str = _field(_t.StrField("batch_quote_id", required=True))
    """Identifier of your batch quote. Confirm the children you won with it. Required (reading raises
    MissingFieldError if absent)."""

    rfq_batch_id: str = _field(_t.StrField("rfq_batch_id", required=True))
    """Identifier of the RFQ batch. Required (reading raises MissingFieldError if absent)."""

    quote_creator_id: str = _field(_t.StrField("quote_creator_id", required=True))
    """Your public communications ID as the batch quote creator. Required (reading raises MissingFieldError if
    absent)."""

    rfq_creator_id: str = _field(_t.StrField("rfq_creator_id", required=True))
    """Public communications ID of the RFQ batch creator, obscured as in quote_accepted. Required (reading raises
    MissingFieldError if absent)."""

    accepted_side: BatchQuoteAcceptedPayloadMsgAcceptedSide = _field(
        _t.EnumField("accepted_side", BatchQuoteAcceptedPayloadMsgAcceptedSide, required=True)
    )
    """Which side the RFQ batch creator accepted on every child (yes/no) Required (reading raises MissingFieldError
    if absent)."""

    accepted_ts: datetime.datetime = _field(_t.DateTimeField("accepted_ts", required=True))
    """Timestamp when the RFQ batch was accepted. Required (reading raises MissingFieldError if absent)."""

    quotes: list[BatchQuoteAcceptedPayloadMsgQuotesItem] = _field(
        _t.ModelListField(
            "quotes",
            f"{__package__}.batch_quote_accepted_payload_msg_quotes_item",
            "BatchQuoteAcceptedPayloadMsgQuotesItem",
            required=True,
            empty=True,
        )
    )
    """Only the children you won, each with your accepted quote. Other children went to other makers. Empty when
    absent or null."""

    subaccount: int | None = _field(_t.IntField("subaccount"))
    """Optional - Present only when your batch quote used a subaccount.
    Contains your own subaccount number; the counterparty's subaccount is never shared. Optional (None if
    absent)."""

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
        v = g("rfq_creator_id", _M)
        if type(v) is str:
            d["rfq_creator_id"] = v
        elif v is not _M:
            slow("rfq_creator_id")
        v = g("accepted_side", _M)
        m = (
            BatchQuoteAcceptedPayloadMsgAcceptedSide._value2member_map_.get(v)
            if type(v) is str or type(v) is int
            else None
        )
        if m is not None:
            d["accepted_side"] = m
        elif v is not _M:
            slow("accepted_side")
        v = g("accepted_ts", _M)
        if type(v) is str:
            d["accepted_ts"] = _iso(v)
        elif v is not _M:
            slow("accepted_ts")
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
        rfq_creator_id: str | None | Unset = UNSET,
        accepted_side: BatchQuoteAcceptedPayloadMsgAcceptedSide | None | Unset = UNSET,
        accepted_ts: datetime.datetime | None | Unset = UNSET,
        quotes: list[BatchQuoteAcceptedPayloadMsgQuotesItem] | None | Unset = UNSET,
        subaccount: int | None | Unset = UNSET,
    ) -> None:
        """A BatchQuoteAcceptedPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("batch_quote_id", batch_quote_id)
        self._set("rfq_batch_id", rfq_batch_id)
        self._set("quote_creator_id", quote_creator_id)
        self._set("rfq_creator_id", rfq_creator_id)
        self._set("accepted_side", accepted_side)
        self._set("accepted_ts", accepted_ts)
        self._set("quotes", quotes)
        self._set("subaccount", subaccount)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "quotes": BatchQuoteAcceptedPayloadMsg.__dict__["quotes"].convert,
}
