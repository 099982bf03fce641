from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq_batch_best_quotes_payload_msg_rfqs_item import RfqBatchBestQuotesPayloadMsgRfqsItem


_tc = _t.cached_datetime
_nt = _t.new_datetime


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    rfq_batch_id: str = _field(_t.StrField("rfq_batch_id", required=True))
    """Identifier of your RFQ batch. Required (reading raises MissingFieldError if absent)."""

    client_batch_id: str | None = _field(_t.StrField("client_batch_id"))
    """The client_batch_id you gave when creating the batch. Omitted when none was given. Optional (None if
    absent)."""

    version: int = _field(_t.IntField("version", required=True))
    """Increases with every snapshot of this batch. Apply a snapshot only if its version is greater than the last
    one you applied. Minimum: 1. Required (reading raises MissingFieldError if absent)."""

    updated_ts: datetime.datetime = _field(_t.DateTimeField("updated_ts", required=True))
    """Timestamp when a best bid last changed. Required (reading raises MissingFieldError if absent)."""

    yes_complete: bool = _field(_t.BoolField("yes_complete", required=True))
    """Whether every child has a yes bid, so the batch can be accepted on the yes side. Required (reading raises
    MissingFieldError if absent)."""

    no_complete: bool = _field(_t.BoolField("no_complete", required=True))
    """Whether every child has a no bid, so the batch can be accepted on the no side. Required (reading raises
    MissingFieldError if absent)."""

    rfqs: list[RfqBatchBestQuotesPayloadMsgRfqsItem] = _field(
        _t.ModelListField(
            "rfqs",
            f"{__package__}.rfq_batch_best_quotes_payload_msg_rfqs_item",
            "RfqBatchBestQuotesPayloadMsgRfqsItem",
            required=True,
            empty=True,
        )
    )
    """One entry per child RFQ, in the order the children were requested. Empty when absent or null."""

    subaccount: int | None = _field(_t.IntField("subaccount"))
    """Optional - Present only when your RFQ batch used a subaccount.
    Contains your own subaccount number. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("rfq_batch_id")) is str:
            d["rfq_batch_id"] = v
        else:
            self._slow_field("rfq_batch_id")
        if type(v := g("client_batch_id")) is str:
            d["client_batch_id"] = v
        elif v is None:
            d["client_batch_id"] = None
        else:
            self._slow_field("client_batch_id")
        if type(v := g("version")) is int:
            d["version"] = v
        else:
            self._slow_field("version")
        if (t := _tc(v := g("updated_ts"))) is not None:
            d["updated_ts"] = t
        elif isinstance(v, str):
            d["updated_ts"] = _nt(v)
        else:
            self._slow_field("updated_ts")
        if type(v := g("yes_complete")) is bool:
            d["yes_complete"] = v
        else:
            self._slow_field("yes_complete")
        if type(v := g("no_complete")) is bool:
            d["no_complete"] = v
        else:
            self._slow_field("no_complete")
        if type(v := g("rfqs")) is list:
            d["rfqs"] = _BUILD["rfqs"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("rfqs")
        if type(v := g("subaccount")) is int:
            d["subaccount"] = v
        elif v is None:
            d["subaccount"] = None
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "rfqs": RfqBatchBestQuotesPayloadMsg.__dict__["rfqs"].build,
}
