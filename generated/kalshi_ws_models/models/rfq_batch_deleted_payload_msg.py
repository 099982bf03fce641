from __future__ import annotations

import datetime

from .. import types as _t
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime


class RfqBatchDeletedPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Unique identifier for the RFQ batch. Required (reading raises MissingFieldError if absent).
        creator_id (str): Public communications ID of the batch creator, obscured as in rfq_batch_created.
            Required (reading raises MissingFieldError if absent).
        rfq_ids (list[str]): The child RFQs, which closed with the batch. Empty when absent or null.
        deleted_ts (datetime.datetime): Timestamp when the RFQ batch closed. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = (
        "id",
        "creator_id",
        "rfq_ids",
        "deleted_ts",
    )

    id: str
    """Unique identifier for the RFQ batch. Required (reading raises MissingFieldError if absent)."""

    creator_id: str
    """Public communications ID of the batch creator, obscured as in rfq_batch_created. Required (reading raises
    MissingFieldError if absent)."""

    rfq_ids: list[str]
    """The child RFQs, which closed with the batch. Empty when absent or null."""

    deleted_ts: datetime.datetime
    """Timestamp when the RFQ batch closed. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "creator_id": _t.StrField("creator_id", required=True),
        "rfq_ids": _t.ListField("rfq_ids", _t.StrField("item"), required=True, empty=True),
        "deleted_ts": _t.DateTimeField("deleted_ts", required=True),
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
        self._slow_field("rfq_ids")
        if (t := _tc(v := g("deleted_ts"))) is not None:
            self.deleted_ts = t
        elif isinstance(v, str):
            self.deleted_ts = _nt(v)
        else:
            self._slow_field("deleted_ts")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        creator_id: str | None | Unset = UNSET,
        rfq_ids: list[str] | None | Unset = UNSET,
        deleted_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A RfqBatchDeletedPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("creator_id", creator_id)
        self._set("rfq_ids", rfq_ids)
        self._set("deleted_ts", deleted_ts)
