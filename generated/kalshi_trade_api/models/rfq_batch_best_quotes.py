from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.rfq_batch_status import RFQBatchStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq_batch_best_quote import RFQBatchBestQuote


_tc = _t.cached_datetime
_nt = _t.new_datetime
_RFQBatchStatus_get = _t.member_lookup(RFQBatchStatus)


class RFQBatchBestQuotes(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        rfq_batch_id (str): UUID of the RFQ batch. Required (reading raises MissingFieldError if absent).
        status (RFQBatchStatus): Status of an RFQ batch. An open batch takes batch quotes; an accepted batch is
            waiting for its winning makers to confirm or is executing; a closed batch is finished. Required (reading
            raises MissingFieldError if absent).
        version (int): Increases whenever a best bid changes. Required (reading raises MissingFieldError if
            absent).
        updated_ts (datetime.datetime): When a best bid last changed. Optional (None if absent).
        yes_complete (bool): Whether every child has a YES bid, so the batch can be accepted on the yes side.
            Required (reading raises MissingFieldError if absent).
        no_complete (bool): Whether every child has a NO bid, so the batch can be accepted on the no side.
            Required (reading raises MissingFieldError if absent).
        rfqs (list[RFQBatchBestQuote]): One entry per child RFQ, in batch order. Empty when absent or null.
    """

    __slots__ = (
        "rfq_batch_id",
        "status",
        "version",
        "updated_ts",
        "yes_complete",
        "no_complete",
        "rfqs",
    )

    rfq_batch_id: str
    """UUID of the RFQ batch. Required (reading raises MissingFieldError if absent)."""

    status: RFQBatchStatus
    """Status of an RFQ batch. An open batch takes batch quotes; an accepted batch is waiting for its winning
    makers to confirm or is executing; a closed batch is finished. Required (reading raises MissingFieldError if
    absent)."""

    version: int
    """Increases whenever a best bid changes. Required (reading raises MissingFieldError if absent)."""

    updated_ts: datetime.datetime | None
    """When a best bid last changed. Optional (None if absent)."""

    yes_complete: bool
    """Whether every child has a YES bid, so the batch can be accepted on the yes side. Required (reading raises
    MissingFieldError if absent)."""

    no_complete: bool
    """Whether every child has a NO bid, so the batch can be accepted on the no side. Required (reading raises
    MissingFieldError if absent)."""

    rfqs: list[RFQBatchBestQuote]
    """One entry per child RFQ, in batch order. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "rfq_batch_id": _t.StrField("rfq_batch_id", required=True),
        "status": _t.EnumField("status", RFQBatchStatus, required=True),
        "version": _t.IntField("version", required=True),
        "updated_ts": _t.DateTimeField("updated_ts"),
        "yes_complete": _t.BoolField("yes_complete", required=True),
        "no_complete": _t.BoolField("no_complete", required=True),
        "rfqs": _t.ModelListField(
            "rfqs", f"{__package__}.rfq_batch_best_quote", "RFQBatchBestQuote", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        if type(v := g("rfq_batch_id")) is str:
            self.rfq_batch_id = v
        else:
            self._slow_field("rfq_batch_id")
        if (m := _RFQBatchStatus_get(v := g("status"))) is not None:
            self.status = m
        else:
            self._slow_field("status")
        if type(v := g("version")) is int:
            self.version = v
        else:
            self._slow_field("version")
        if (t := _tc(v := g("updated_ts"))) is not None:
            self.updated_ts = t
        elif isinstance(v, str):
            self.updated_ts = _nt(v)
        elif v is None:
            self.updated_ts = None
        else:
            self._slow_field("updated_ts")
        if type(v := g("yes_complete")) is bool:
            self.yes_complete = v
        else:
            self._slow_field("yes_complete")
        if type(v := g("no_complete")) is bool:
            self.no_complete = v
        else:
            self._slow_field("no_complete")
        if type(v := g("rfqs")) is list:
            self.rfqs = _BUILD["rfqs"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("rfqs")

    def __init__(
        self,
        *,
        rfq_batch_id: str | None | Unset = UNSET,
        status: RFQBatchStatus | None | Unset = UNSET,
        version: int | None | Unset = UNSET,
        updated_ts: datetime.datetime | None | Unset = UNSET,
        yes_complete: bool | None | Unset = UNSET,
        no_complete: bool | None | Unset = UNSET,
        rfqs: list[RFQBatchBestQuote] | None | Unset = UNSET,
    ) -> None:
        """A RFQBatchBestQuotes from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("rfq_batch_id", rfq_batch_id)
        self._set("status", status)
        self._set("version", version)
        self._set("updated_ts", updated_ts)
        self._set("yes_complete", yes_complete)
        self._set("no_complete", no_complete)
        self._set("rfqs", rfqs)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "rfqs": _t.builder(RFQBatchBestQuotes, "rfqs"),
}
