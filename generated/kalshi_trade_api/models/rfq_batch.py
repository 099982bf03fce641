from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.rfq_batch_status import RFQBatchStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq import RFQ


_tc = _t.cached_datetime
_nt = _t.new_datetime
_RFQBatchStatus_get = _t.member_lookup(RFQBatchStatus)


class RFQBatch(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): UUID of the RFQ batch. Preserve the exact returned string. Required (reading raises
            MissingFieldError if absent).
        creator_id (str): Public communications ID of the batch creator, obscured for other users like
            RFQ.creator_id when obscure_creator_id was set. It is revealed once a child RFQ executes. Required
            (reading raises MissingFieldError if absent).
        status (RFQBatchStatus): Status of an RFQ batch. An open batch takes batch quotes; an accepted batch is
            waiting for its winning makers to confirm or is executing; a closed batch is finished. Required (reading
            raises MissingFieldError if absent).
        created_ts (datetime.datetime): Timestamp when the RFQ batch was created. Required (reading raises
            MissingFieldError if absent).
        accepted_ts (datetime.datetime): Timestamp when a batch quote on the batch was accepted. Optional (None
            if absent).
        closed_ts (datetime.datetime): Timestamp when the RFQ batch closed. Optional (None if absent).
        rfqs (list[RFQ]): The child RFQs, in the order they were requested. Empty when absent or null.
        updated_ts (datetime.datetime): Timestamp when the RFQ batch was last updated (visible to the batch
            creator) Optional (None if absent).
        close_reason (str): Why the RFQ batch closed, for example executed, execution failed, or cancelled. A
            batch closes partially executed only in the rare case that filling one child cancelled a maker order
            another child needed (visible to the batch creator) Optional (None if absent).
        client_batch_id (str): The client_batch_id given at creation (visible to the batch creator) Optional
            (None if absent).
        creator_user_id (str): User ID of the batch creator (private field) Optional (None if absent).
        creator_subaccount (int): Subaccount number of the batch creator (visible to the batch creator) Optional
            (None if absent).
    """

    __slots__ = (
        "id",
        "creator_id",
        "status",
        "created_ts",
        "accepted_ts",
        "closed_ts",
        "rfqs",
        "updated_ts",
        "close_reason",
        "client_batch_id",
        "creator_user_id",
        "creator_subaccount",
    )

    id: str
    """UUID of the RFQ batch. Preserve the exact returned string. Required (reading raises MissingFieldError if
    absent)."""

    creator_id: str
    """Public communications ID of the batch creator, obscured for other users like RFQ.creator_id when
    obscure_creator_id was set. It is revealed once a child RFQ executes. Required (reading raises
    MissingFieldError if absent)."""

    status: RFQBatchStatus
    """Status of an RFQ batch. An open batch takes batch quotes; an accepted batch is waiting for its winning
    makers to confirm or is executing; a closed batch is finished. Required (reading raises MissingFieldError if
    absent)."""

    created_ts: datetime.datetime
    """Timestamp when the RFQ batch was created. Required (reading raises MissingFieldError if absent)."""

    accepted_ts: datetime.datetime | None
    """Timestamp when a batch quote on the batch was accepted. Optional (None if absent)."""

    closed_ts: datetime.datetime | None
    """Timestamp when the RFQ batch closed. Optional (None if absent)."""

    rfqs: list[RFQ]
    """The child RFQs, in the order they were requested. Empty when absent or null."""

    updated_ts: datetime.datetime | None
    """Timestamp when the RFQ batch was last updated (visible to the batch creator) Optional (None if absent)."""

    close_reason: str | None
    """Why the RFQ batch closed, for example executed, execution failed, or cancelled. A batch closes partially
    executed only in the rare case that filling one child cancelled a maker order another child needed (visible
    to the batch creator) Optional (None if absent)."""

    client_batch_id: str | None
    """The client_batch_id given at creation (visible to the batch creator) Optional (None if absent)."""

    creator_user_id: str | None
    """User ID of the batch creator (private field) Optional (None if absent)."""

    creator_subaccount: int | None
    """Subaccount number of the batch creator (visible to the batch creator) Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "creator_id": _t.StrField("creator_id", required=True),
        "status": _t.EnumField("status", RFQBatchStatus, required=True),
        "created_ts": _t.DateTimeField("created_ts", required=True),
        "accepted_ts": _t.DateTimeField("accepted_ts"),
        "closed_ts": _t.DateTimeField("closed_ts"),
        "rfqs": _t.ModelListField("rfqs", f"{__package__}.rfq", "RFQ", required=True, empty=True),
        "updated_ts": _t.DateTimeField("updated_ts"),
        "close_reason": _t.StrField("close_reason"),
        "client_batch_id": _t.StrField("client_batch_id"),
        "creator_user_id": _t.StrField("creator_user_id"),
        "creator_subaccount": _t.IntField("creator_subaccount"),
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
            k_creator_id,
            k_status,
            k_created_ts,
            k_accepted_ts,
            k_closed_ts,
            k_rfqs,
            k_updated_ts,
            k_close_reason,
            k_client_batch_id,
            k_creator_user_id,
            k_creator_subaccount,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_id)) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g(k_creator_id)) is str:
            self.creator_id = v
        else:
            self._slow_field("creator_id")
        if (m := _RFQBatchStatus_get(v := g(k_status))) is not None:
            self.status = m
        else:
            self._slow_field("status")
        if (t := _tc(v := g(k_created_ts))) is not None:
            self.created_ts = t
        elif isinstance(v, str):
            self.created_ts = _nt(v)
        else:
            self._slow_field("created_ts")
        if (t := _tc(v := g(k_accepted_ts))) is not None:
            self.accepted_ts = t
        elif isinstance(v, str):
            self.accepted_ts = _nt(v)
        elif v is None:
            self.accepted_ts = None
        else:
            self._slow_field("accepted_ts")
        if (t := _tc(v := g(k_closed_ts))) is not None:
            self.closed_ts = t
        elif isinstance(v, str):
            self.closed_ts = _nt(v)
        elif v is None:
            self.closed_ts = None
        else:
            self._slow_field("closed_ts")
        if type(v := g(k_rfqs)) is list:
            self.rfqs = _BUILD["rfqs"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("rfqs")
        if (t := _tc(v := g(k_updated_ts))) is not None:
            self.updated_ts = t
        elif isinstance(v, str):
            self.updated_ts = _nt(v)
        elif v is None:
            self.updated_ts = None
        else:
            self._slow_field("updated_ts")
        if type(v := g(k_close_reason)) is str:
            self.close_reason = v
        elif v is None:
            self.close_reason = None
        else:
            self._slow_field("close_reason")
        if type(v := g(k_client_batch_id)) is str:
            self.client_batch_id = v
        elif v is None:
            self.client_batch_id = None
        else:
            self._slow_field("client_batch_id")
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

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        creator_id: str | None | Unset = UNSET,
        status: RFQBatchStatus | None | Unset = UNSET,
        created_ts: datetime.datetime | None | Unset = UNSET,
        accepted_ts: datetime.datetime | None | Unset = UNSET,
        closed_ts: datetime.datetime | None | Unset = UNSET,
        rfqs: list[RFQ] | None | Unset = UNSET,
        updated_ts: datetime.datetime | None | Unset = UNSET,
        close_reason: str | None | Unset = UNSET,
        client_batch_id: str | None | Unset = UNSET,
        creator_user_id: str | None | Unset = UNSET,
        creator_subaccount: int | None | Unset = UNSET,
    ) -> None:
        """A RFQBatch from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("creator_id", creator_id)
        self._set("status", status)
        self._set("created_ts", created_ts)
        self._set("accepted_ts", accepted_ts)
        self._set("closed_ts", closed_ts)
        self._set("rfqs", rfqs)
        self._set("updated_ts", updated_ts)
        self._set("close_reason", close_reason)
        self._set("client_batch_id", client_batch_id)
        self._set("creator_user_id", creator_user_id)
        self._set("creator_subaccount", creator_subaccount)


_KEYS = _t.JsonKeys(*(field.key for field in RFQBatch._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "rfqs": _t.builder(RFQBatch, "rfqs"),
}
