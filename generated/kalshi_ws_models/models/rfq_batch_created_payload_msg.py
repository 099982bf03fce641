from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq_batch_created_payload_msg_legs_item import RfqBatchCreatedPayloadMsgLegsItem
    from ..models.rfq_batch_created_payload_msg_rfqs_item import RfqBatchCreatedPayloadMsgRfqsItem


_tc = _t.cached_datetime
_nt = _t.new_datetime


class RfqBatchCreatedPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Unique identifier for the RFQ batch. Required (reading raises MissingFieldError if absent).
        creator_id (str): Public communications ID of the batch creator (pseudonymous). When obscure_creator_id
            is enabled, other users receive the shared placeholder
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" (SHA-256 of empty input). The creator
            sees their normal ID. Required (reading raises MissingFieldError if absent).
        created_ts (datetime.datetime): Timestamp when the RFQ batch was created. Required (reading raises
            MissingFieldError if absent).
        legs (list[RfqBatchCreatedPayloadMsgLegsItem]): Distinct legs across the batch's combos, each listed
            once. Empty when absent or null.
        rfqs (list[RfqBatchCreatedPayloadMsgRfqsItem]): The child RFQs, in the order they were requested. Empty
            when absent or null.
    """

    __slots__ = (
        "id",
        "creator_id",
        "created_ts",
        "legs",
        "rfqs",
    )

    id: str
    """Unique identifier for the RFQ batch. Required (reading raises MissingFieldError if absent)."""

    creator_id: str
    """Public communications ID of the batch creator (pseudonymous). When obscure_creator_id is enabled, other
    users receive the shared placeholder "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    (SHA-256 of empty input). The creator sees their normal ID. Required (reading raises MissingFieldError if
    absent)."""

    created_ts: datetime.datetime
    """Timestamp when the RFQ batch was created. Required (reading raises MissingFieldError if absent)."""

    legs: list[RfqBatchCreatedPayloadMsgLegsItem]
    """Distinct legs across the batch's combos, each listed once. Empty when absent or null."""

    rfqs: list[RfqBatchCreatedPayloadMsgRfqsItem]
    """The child RFQs, in the order they were requested. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "creator_id": _t.StrField("creator_id", required=True),
        "created_ts": _t.DateTimeField("created_ts", required=True),
        "legs": _t.ModelListField(
            "legs",
            f"{__package__}.rfq_batch_created_payload_msg_legs_item",
            "RfqBatchCreatedPayloadMsgLegsItem",
            required=True,
            empty=True,
        ),
        "rfqs": _t.ModelListField(
            "rfqs",
            f"{__package__}.rfq_batch_created_payload_msg_rfqs_item",
            "RfqBatchCreatedPayloadMsgRfqsItem",
            required=True,
            empty=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("id")) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g("creator_id")) is str:
            self.creator_id = v
        else:
            self._slow_field("creator_id")
        if (t := _tc(v := g("created_ts"))) is not None:
            self.created_ts = t
        elif isinstance(v, str):
            self.created_ts = _nt(v)
        else:
            self._slow_field("created_ts")
        if type(v := g("legs")) is list:
            self.legs = _BUILD["legs"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("legs")
        if type(v := g("rfqs")) is list:
            self.rfqs = _BUILD["rfqs"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("rfqs")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        creator_id: str | None | Unset = UNSET,
        created_ts: datetime.datetime | None | Unset = UNSET,
        legs: list[RfqBatchCreatedPayloadMsgLegsItem] | None | Unset = UNSET,
        rfqs: list[RfqBatchCreatedPayloadMsgRfqsItem] | None | Unset = UNSET,
    ) -> None:
        """A RfqBatchCreatedPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("creator_id", creator_id)
        self._set("created_ts", created_ts)
        self._set("legs", legs)
        self._set("rfqs", rfqs)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "legs": _t.builder(RfqBatchCreatedPayloadMsg, "legs"),
    "rfqs": _t.builder(RfqBatchCreatedPayloadMsg, "rfqs"),
}
