from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq_batch_best_quotes_payload_msg_rfqs_item import RfqBatchBestQuotesPayloadMsgRfqsItem


_tc = _t.cached_datetime
_nt = _t.new_datetime


class RfqBatchBestQuotesPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        rfq_batch_id (str): Identifier of your RFQ batch. Required (reading raises MissingFieldError if absent).
        client_batch_id (str): The client_batch_id you gave when creating the batch. Omitted when none was
            given. Optional (None if absent).
        version (int): Increases with every snapshot of this batch. Apply a snapshot only if its version is
            greater than the last one you applied. Minimum: 1. Required (reading raises MissingFieldError if
            absent).
        updated_ts (datetime.datetime): Timestamp when a best bid last changed. Required (reading raises
            MissingFieldError if absent).
        yes_complete (bool): Whether every child has a yes bid, so the batch can be accepted on the yes side.
            Required (reading raises MissingFieldError if absent).
        no_complete (bool): Whether every child has a no bid, so the batch can be accepted on the no side.
            Required (reading raises MissingFieldError if absent).
        rfqs (list[RfqBatchBestQuotesPayloadMsgRfqsItem]): One entry per child RFQ, in the order the children
            were requested. Empty when absent or null.
        subaccount (int): Optional - Present only when your RFQ batch used a subaccount.
            Contains your own subaccount number. Optional (None if absent).
    """

    __slots__ = (
        "rfq_batch_id",
        "client_batch_id",
        "version",
        "updated_ts",
        "yes_complete",
        "no_complete",
        "rfqs",
        "subaccount",
    )

    rfq_batch_id: str
    """Identifier of your RFQ batch. Required (reading raises MissingFieldError if absent)."""

    client_batch_id: str | None
    """The client_batch_id you gave when creating the batch. Omitted when none was given. Optional (None if
    absent)."""

    version: int
    """Increases with every snapshot of this batch. Apply a snapshot only if its version is greater than the last
    one you applied. Minimum: 1. Required (reading raises MissingFieldError if absent)."""

    updated_ts: datetime.datetime
    """Timestamp when a best bid last changed. Required (reading raises MissingFieldError if absent)."""

    yes_complete: bool
    """Whether every child has a yes bid, so the batch can be accepted on the yes side. Required (reading raises
    MissingFieldError if absent)."""

    no_complete: bool
    """Whether every child has a no bid, so the batch can be accepted on the no side. Required (reading raises
    MissingFieldError if absent)."""

    rfqs: list[RfqBatchBestQuotesPayloadMsgRfqsItem]
    """One entry per child RFQ, in the order the children were requested. Empty when absent or null."""

    subaccount: int | None
    """Optional - Present only when your RFQ batch used a subaccount.
    Contains your own subaccount number. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "rfq_batch_id": _t.StrField("rfq_batch_id", required=True),
        "client_batch_id": _t.StrField("client_batch_id"),
        "version": _t.IntField("version", required=True),
        "updated_ts": _t.DateTimeField("updated_ts", required=True),
        "yes_complete": _t.BoolField("yes_complete", required=True),
        "no_complete": _t.BoolField("no_complete", required=True),
        "rfqs": _t.ModelListField(
            "rfqs",
            f"{__package__}.rfq_batch_best_quotes_payload_msg_rfqs_item",
            "RfqBatchBestQuotesPayloadMsgRfqsItem",
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
            k_rfq_batch_id,
            k_client_batch_id,
            k_version,
            k_updated_ts,
            k_yes_complete,
            k_no_complete,
            k_rfqs,
            k_subaccount,
        ) = _KEYS.keys
        if type(v := g(k_rfq_batch_id)) is str:
            self.rfq_batch_id = v
        else:
            self._slow_field("rfq_batch_id")
        if type(v := g(k_client_batch_id)) is str:
            self.client_batch_id = v
        elif v is None:
            self.client_batch_id = None
        else:
            self._slow_field("client_batch_id")
        if type(v := g(k_version)) is int:
            self.version = v
        else:
            self._slow_field("version")
        if (t := _tc(v := g(k_updated_ts))) is not None:
            self.updated_ts = t
        elif isinstance(v, str):
            self.updated_ts = _nt(v)
        else:
            self._slow_field("updated_ts")
        if type(v := g(k_yes_complete)) is bool:
            self.yes_complete = v
        else:
            self._slow_field("yes_complete")
        if type(v := g(k_no_complete)) is bool:
            self.no_complete = v
        else:
            self._slow_field("no_complete")
        if type(v := g(k_rfqs)) is list:
            self.rfqs = _BUILD["rfqs"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("rfqs")
        if type(v := g(k_subaccount)) is int:
            self.subaccount = v
        elif v is None:
            self.subaccount = None
        else:
            self._slow_field("subaccount")

    def __init__(
        self,
        *,
        rfq_batch_id: str | None | Unset = UNSET,
        client_batch_id: str | None | Unset = UNSET,
        version: int | None | Unset = UNSET,
        updated_ts: datetime.datetime | None | Unset = UNSET,
        yes_complete: bool | None | Unset = UNSET,
        no_complete: bool | None | Unset = UNSET,
        rfqs: list[RfqBatchBestQuotesPayloadMsgRfqsItem] | None | Unset = UNSET,
        subaccount: int | None | Unset = UNSET,
    ) -> None:
        """A RfqBatchBestQuotesPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("rfq_batch_id", rfq_batch_id)
        self._set("client_batch_id", client_batch_id)
        self._set("version", version)
        self._set("updated_ts", updated_ts)
        self._set("yes_complete", yes_complete)
        self._set("no_complete", no_complete)
        self._set("rfqs", rfqs)
        self._set("subaccount", subaccount)


_KEYS = _t.JsonKeys(*(field.key for field in RfqBatchBestQuotesPayloadMsg._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "rfqs": _t.builder(RfqBatchBestQuotesPayloadMsg, "rfqs"),
}
