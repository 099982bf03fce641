from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.batch_quote_accepted_payload_msg_accepted_side import BatchQuoteAcceptedPayloadMsgAcceptedSide
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_quote_accepted_payload_msg_quotes_item import BatchQuoteAcceptedPayloadMsgQuotesItem


_tc = _t.cached_datetime
_nt = _t.new_datetime
_BatchQuoteAcceptedPayloadMsgAcceptedSide_get = _t.member_lookup(BatchQuoteAcceptedPayloadMsgAcceptedSide)


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

    __slots__ = (
        "batch_quote_id",
        "rfq_batch_id",
        "quote_creator_id",
        "rfq_creator_id",
        "accepted_side",
        "accepted_ts",
        "quotes",
        "subaccount",
    )

    batch_quote_id: str
    """Identifier of your batch quote. Confirm the children you won with it. Required (reading raises
    MissingFieldError if absent)."""

    rfq_batch_id: str
    """Identifier of the RFQ batch. Required (reading raises MissingFieldError if absent)."""

    quote_creator_id: str
    """Your public communications ID as the batch quote creator. Required (reading raises MissingFieldError if
    absent)."""

    rfq_creator_id: str
    """Public communications ID of the RFQ batch creator, obscured as in quote_accepted. Required (reading raises
    MissingFieldError if absent)."""

    accepted_side: BatchQuoteAcceptedPayloadMsgAcceptedSide
    """Which side the RFQ batch creator accepted on every child (yes/no) Required (reading raises MissingFieldError
    if absent)."""

    accepted_ts: datetime.datetime
    """Timestamp when the RFQ batch was accepted. Required (reading raises MissingFieldError if absent)."""

    quotes: list[BatchQuoteAcceptedPayloadMsgQuotesItem]
    """Only the children you won, each with your accepted quote. Other children went to other makers. Empty when
    absent or null."""

    subaccount: int | None
    """Optional - Present only when your batch quote used a subaccount.
    Contains your own subaccount number; the counterparty's subaccount is never shared. Optional (None if
    absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "batch_quote_id": _t.StrField("batch_quote_id", required=True),
        "rfq_batch_id": _t.StrField("rfq_batch_id", required=True),
        "quote_creator_id": _t.StrField("quote_creator_id", required=True),
        "rfq_creator_id": _t.StrField("rfq_creator_id", required=True),
        "accepted_side": _t.EnumField("accepted_side", BatchQuoteAcceptedPayloadMsgAcceptedSide, required=True),
        "accepted_ts": _t.DateTimeField("accepted_ts", required=True),
        "quotes": _t.ModelListField(
            "quotes",
            f"{__package__}.batch_quote_accepted_payload_msg_quotes_item",
            "BatchQuoteAcceptedPayloadMsgQuotesItem",
            required=True,
            empty=True,
        ),
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
            k_batch_quote_id,
            k_rfq_batch_id,
            k_quote_creator_id,
            k_rfq_creator_id,
            k_accepted_side,
            k_accepted_ts,
            k_quotes,
            k_subaccount,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_batch_quote_id)) is str:
            self.batch_quote_id = v
        else:
            self._slow_field("batch_quote_id")
        if type(v := g(k_rfq_batch_id)) is str:
            self.rfq_batch_id = v
        else:
            self._slow_field("rfq_batch_id")
        if type(v := g(k_quote_creator_id)) is str:
            self.quote_creator_id = v
        else:
            self._slow_field("quote_creator_id")
        if type(v := g(k_rfq_creator_id)) is str:
            self.rfq_creator_id = v
        else:
            self._slow_field("rfq_creator_id")
        if (m := _BatchQuoteAcceptedPayloadMsgAcceptedSide_get(v := g(k_accepted_side))) is not None:
            self.accepted_side = m
        else:
            self._slow_field("accepted_side")
        if (t := _tc(v := g(k_accepted_ts))) is not None:
            self.accepted_ts = t
        elif isinstance(v, str):
            self.accepted_ts = _nt(v)
        else:
            self._slow_field("accepted_ts")
        if type(v := g(k_quotes)) is list:
            self.quotes = _BUILD["quotes"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("quotes")
        if type(v := g(k_subaccount)) is int:
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
        rfq_creator_id: str | None | Unset = UNSET,
        accepted_side: BatchQuoteAcceptedPayloadMsgAcceptedSide | None | Unset = UNSET,
        accepted_ts: datetime.datetime | None | Unset = UNSET,
        quotes: list[BatchQuoteAcceptedPayloadMsgQuotesItem] | None | Unset = UNSET,
        subaccount: int | None | Unset = UNSET,
    ) -> None:
        """A BatchQuoteAcceptedPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("batch_quote_id", batch_quote_id)
        self._set("rfq_batch_id", rfq_batch_id)
        self._set("quote_creator_id", quote_creator_id)
        self._set("rfq_creator_id", rfq_creator_id)
        self._set("accepted_side", accepted_side)
        self._set("accepted_ts", accepted_ts)
        self._set("quotes", quotes)
        self._set("subaccount", subaccount)


_KEYS = _t.JsonKeys(*(field.key for field in BatchQuoteAcceptedPayloadMsg._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "quotes": _t.builder(BatchQuoteAcceptedPayloadMsg, "quotes"),
}
