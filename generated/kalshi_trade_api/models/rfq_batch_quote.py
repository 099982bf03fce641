from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.rfq_batch_quote_accepted_side import RFQBatchQuoteAcceptedSide
from ..models.rfq_batch_quote_status import RFQBatchQuoteStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote import Quote


_tc = _t.cached_datetime
_nt = _t.new_datetime
_RFQBatchQuoteStatus_get = _t.member_lookup(RFQBatchQuoteStatus)
_RFQBatchQuoteAcceptedSide_get = _t.member_lookup(RFQBatchQuoteAcceptedSide)


class RFQBatchQuote(_t.ResponseModel):
    """One maker's quote on an RFQ batch. Once the batch is accepted, quotes lists only the children this maker won.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            id (str): UUID of the batch quote. Preserve the exact returned string. Required (reading raises
                MissingFieldError if absent).
            rfq_batch_id (str): UUID of the RFQ batch this batch quote prices. Required (reading raises
                MissingFieldError if absent).
            creator_id (str): Public communications ID of the batch quote creator. Required (reading raises
                MissingFieldError if absent).
            rfq_creator_id (str): Public communications ID of the RFQ batch creator, obscured like
                Quote.rfq_creator_id. Required (reading raises MissingFieldError if absent).
            status (RFQBatchQuoteStatus): Status of a batch quote. A partially_executed batch quote executed some
                children and failed others, which happens only in the rare case that filling one child of the batch
                cancelled a maker order another child needed. Required (reading raises MissingFieldError if absent).
            created_ts (datetime.datetime): Timestamp when the batch quote was created. Required (reading raises
                MissingFieldError if absent).
            updated_ts (datetime.datetime): Timestamp when the batch quote was last updated. Required (reading
                raises MissingFieldError if absent).
            accepted_side (RFQBatchQuoteAcceptedSide): The side that was accepted on this maker's children (yes or
                no) Optional (None if absent).
            accepted_ts (datetime.datetime): Timestamp when the batch quote was accepted. Optional (None if absent).
            confirmed_ts (datetime.datetime): Timestamp when the batch quote was confirmed. Optional (None if
                absent).
            quotes (list[Quote]): One quote per child RFQ, or once accepted one per child this maker won; match them
                to children by rfq_id. Each accepted child quote executes as its own trade. Empty when absent or null.
            rest_remainder (bool): Whether to rest the remainder of each child quote after execution (visible to the
                batch quote creator) Optional (None if absent).
            post_only (bool): Whether the batch quote creator's orders are post-only (visible to the batch quote
                creator) Optional (None if absent).
            creator_user_id (str): User ID of the batch quote creator (private field) Optional (None if absent).
            creator_subaccount (int): Subaccount number of the batch quote creator (visible to the batch quote
                creator) Optional (None if absent).
            rfq_creator_user_id (str): User ID of the RFQ batch creator (private field) Optional (None if absent).
            rfq_creator_subaccount (int): Subaccount number of the RFQ batch creator (visible to the RFQ batch
                creator) Optional (None if absent).
    """

    __slots__ = (
        "id",
        "rfq_batch_id",
        "creator_id",
        "rfq_creator_id",
        "status",
        "created_ts",
        "updated_ts",
        "accepted_side",
        "accepted_ts",
        "confirmed_ts",
        "quotes",
        "rest_remainder",
        "post_only",
        "creator_user_id",
        "creator_subaccount",
        "rfq_creator_user_id",
        "rfq_creator_subaccount",
    )

    id: str
    """UUID of the batch quote. Preserve the exact returned string. Required (reading raises MissingFieldError if
    absent)."""

    rfq_batch_id: str
    """UUID of the RFQ batch this batch quote prices. Required (reading raises MissingFieldError if absent)."""

    creator_id: str
    """Public communications ID of the batch quote creator. Required (reading raises MissingFieldError if absent)."""

    rfq_creator_id: str
    """Public communications ID of the RFQ batch creator, obscured like Quote.rfq_creator_id. Required (reading
    raises MissingFieldError if absent)."""

    status: RFQBatchQuoteStatus
    """Status of a batch quote. A partially_executed batch quote executed some children and failed others, which
    happens only in the rare case that filling one child of the batch cancelled a maker order another child
    needed. Required (reading raises MissingFieldError if absent)."""

    created_ts: datetime.datetime
    """Timestamp when the batch quote was created. Required (reading raises MissingFieldError if absent)."""

    updated_ts: datetime.datetime
    """Timestamp when the batch quote was last updated. Required (reading raises MissingFieldError if absent)."""

    accepted_side: RFQBatchQuoteAcceptedSide | None
    """The side that was accepted on this maker's children (yes or no) Optional (None if absent)."""

    accepted_ts: datetime.datetime | None
    """Timestamp when the batch quote was accepted. Optional (None if absent)."""

    confirmed_ts: datetime.datetime | None
    """Timestamp when the batch quote was confirmed. Optional (None if absent)."""

    quotes: list[Quote]
    """One quote per child RFQ, or once accepted one per child this maker won; match them to children by rfq_id.
    Each accepted child quote executes as its own trade. Empty when absent or null."""

    rest_remainder: bool | None
    """Whether to rest the remainder of each child quote after execution (visible to the batch quote creator)
    Optional (None if absent)."""

    post_only: bool | None
    """Whether the batch quote creator's orders are post-only (visible to the batch quote creator) Optional (None
    if absent)."""

    creator_user_id: str | None
    """User ID of the batch quote creator (private field) Optional (None if absent)."""

    creator_subaccount: int | None
    """Subaccount number of the batch quote creator (visible to the batch quote creator) Optional (None if absent)."""

    rfq_creator_user_id: str | None
    """User ID of the RFQ batch creator (private field) Optional (None if absent)."""

    rfq_creator_subaccount: int | None
    """Subaccount number of the RFQ batch creator (visible to the RFQ batch creator) Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "rfq_batch_id": _t.StrField("rfq_batch_id", required=True),
        "creator_id": _t.StrField("creator_id", required=True),
        "rfq_creator_id": _t.StrField("rfq_creator_id", required=True),
        "status": _t.EnumField("status", RFQBatchQuoteStatus, required=True),
        "created_ts": _t.DateTimeField("created_ts", required=True),
        "updated_ts": _t.DateTimeField("updated_ts", required=True),
        "accepted_side": _t.EnumField("accepted_side", RFQBatchQuoteAcceptedSide),
        "accepted_ts": _t.DateTimeField("accepted_ts"),
        "confirmed_ts": _t.DateTimeField("confirmed_ts"),
        "quotes": _t.ModelListField("quotes", f"{__package__}.quote", "Quote", required=True, empty=True),
        "rest_remainder": _t.BoolField("rest_remainder"),
        "post_only": _t.BoolField("post_only"),
        "creator_user_id": _t.StrField("creator_user_id"),
        "creator_subaccount": _t.IntField("creator_subaccount"),
        "rfq_creator_user_id": _t.StrField("rfq_creator_user_id"),
        "rfq_creator_subaccount": _t.IntField("rfq_creator_subaccount"),
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
            k_id,
            k_rfq_batch_id,
            k_creator_id,
            k_rfq_creator_id,
            k_status,
            k_created_ts,
            k_updated_ts,
            k_accepted_side,
            k_accepted_ts,
            k_confirmed_ts,
            k_quotes,
            k_rest_remainder,
            k_post_only,
            k_creator_user_id,
            k_creator_subaccount,
            k_rfq_creator_user_id,
            k_rfq_creator_subaccount,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_id)) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g(k_rfq_batch_id)) is str:
            self.rfq_batch_id = v
        else:
            self._slow_field("rfq_batch_id")
        if type(v := g(k_creator_id)) is str:
            self.creator_id = v
        else:
            self._slow_field("creator_id")
        if type(v := g(k_rfq_creator_id)) is str:
            self.rfq_creator_id = v
        else:
            self._slow_field("rfq_creator_id")
        if (m := _RFQBatchQuoteStatus_get(v := g(k_status))) is not None:
            self.status = m
        else:
            self._slow_field("status")
        if (t := _tc(v := g(k_created_ts))) is not None:
            self.created_ts = t
        elif isinstance(v, str):
            self.created_ts = _nt(v)
        else:
            self._slow_field("created_ts")
        if (t := _tc(v := g(k_updated_ts))) is not None:
            self.updated_ts = t
        elif isinstance(v, str):
            self.updated_ts = _nt(v)
        else:
            self._slow_field("updated_ts")
        if (m := _RFQBatchQuoteAcceptedSide_get(v := g(k_accepted_side))) is not None:
            self.accepted_side = m
        elif v is None:
            self.accepted_side = None
        else:
            self._slow_field("accepted_side")
        if (t := _tc(v := g(k_accepted_ts))) is not None:
            self.accepted_ts = t
        elif isinstance(v, str):
            self.accepted_ts = _nt(v)
        elif v is None:
            self.accepted_ts = None
        else:
            self._slow_field("accepted_ts")
        if (t := _tc(v := g(k_confirmed_ts))) is not None:
            self.confirmed_ts = t
        elif isinstance(v, str):
            self.confirmed_ts = _nt(v)
        elif v is None:
            self.confirmed_ts = None
        else:
            self._slow_field("confirmed_ts")
        if type(v := g(k_quotes)) is list:
            self.quotes = _BUILD["quotes"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("quotes")
        if type(v := g(k_rest_remainder)) is bool:
            self.rest_remainder = v
        elif v is None:
            self.rest_remainder = None
        else:
            self._slow_field("rest_remainder")
        if type(v := g(k_post_only)) is bool:
            self.post_only = v
        elif v is None:
            self.post_only = None
        else:
            self._slow_field("post_only")
        if type(v := g(k_creator_user_id)) is str:
            self.creator_user_id = v
        elif v is None:
            self.creator_user_id = None
        else:
            self._slow_field("creator_user_id")
        if type(v := g(k_creator_subaccount)) is int:
            self.creator_subaccount = v
        elif v is None:
            self.creator_subaccount = None
        else:
            self._slow_field("creator_subaccount")
        if type(v := g(k_rfq_creator_user_id)) is str:
            self.rfq_creator_user_id = v
        elif v is None:
            self.rfq_creator_user_id = None
        else:
            self._slow_field("rfq_creator_user_id")
        if type(v := g(k_rfq_creator_subaccount)) is int:
            self.rfq_creator_subaccount = v
        elif v is None:
            self.rfq_creator_subaccount = None
        else:
            self._slow_field("rfq_creator_subaccount")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        rfq_batch_id: str | None | Unset = UNSET,
        creator_id: str | None | Unset = UNSET,
        rfq_creator_id: str | None | Unset = UNSET,
        status: RFQBatchQuoteStatus | None | Unset = UNSET,
        created_ts: datetime.datetime | None | Unset = UNSET,
        updated_ts: datetime.datetime | None | Unset = UNSET,
        accepted_side: RFQBatchQuoteAcceptedSide | None | Unset = UNSET,
        accepted_ts: datetime.datetime | None | Unset = UNSET,
        confirmed_ts: datetime.datetime | None | Unset = UNSET,
        quotes: list[Quote] | None | Unset = UNSET,
        rest_remainder: bool | None | Unset = UNSET,
        post_only: bool | None | Unset = UNSET,
        creator_user_id: str | None | Unset = UNSET,
        creator_subaccount: int | None | Unset = UNSET,
        rfq_creator_user_id: str | None | Unset = UNSET,
        rfq_creator_subaccount: int | None | Unset = UNSET,
    ) -> None:
        """A RFQBatchQuote from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("rfq_batch_id", rfq_batch_id)
        self._set("creator_id", creator_id)
        self._set("rfq_creator_id", rfq_creator_id)
        self._set("status", status)
        self._set("created_ts", created_ts)
        self._set("updated_ts", updated_ts)
        self._set("accepted_side", accepted_side)
        self._set("accepted_ts", accepted_ts)
        self._set("confirmed_ts", confirmed_ts)
        self._set("quotes", quotes)
        self._set("rest_remainder", rest_remainder)
        self._set("post_only", post_only)
        self._set("creator_user_id", creator_user_id)
        self._set("creator_subaccount", creator_subaccount)
        self._set("rfq_creator_user_id", rfq_creator_user_id)
        self._set("rfq_creator_subaccount", rfq_creator_subaccount)


_KEYS = _t.JsonKeys(*(field.key for field in RFQBatchQuote._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "quotes": _t.builder(RFQBatchQuote, "quotes"),
}
