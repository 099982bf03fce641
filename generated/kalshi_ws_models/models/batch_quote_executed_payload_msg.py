from __future__ import annotations

import datetime

from .. import types as _t
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime


class BatchQuoteExecutedPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        batch_quote_id (str): Identifier of your batch quote. Required (reading raises MissingFieldError if
            absent).
        rfq_batch_id (str): Identifier of the RFQ batch. Required (reading raises MissingFieldError if absent).
        rfq_creator_id (str): Public communications ID of the RFQ batch creator. When the creator obscured their
            ID, it is revealed only if at least one of your children executed. Required (reading raises
            MissingFieldError if absent).
        executed_rfq_ids (list[str]): Your children whose trades executed. Empty when absent or null.
        failed_rfq_ids (list[str]): Your children whose trades failed to execute. Empty when absent or null.
        executed_ts (datetime.datetime): Timestamp when the last child of the batch finished. Required (reading
            raises MissingFieldError if absent).
        close_reason (str): How your children ended. `executed` when every one executed, `execution failed` when
            none did, and `partially executed` in the rare case that filling one child of the batch cancelled a
            maker order another child needed. Required (reading raises MissingFieldError if absent).
        subaccount (int): Optional - Present only when your batch quote used a subaccount.
            Contains your own subaccount number; the counterparty's subaccount is never shared. Optional (None if
            absent).
    """

    __slots__ = (
        "batch_quote_id",
        "rfq_batch_id",
        "rfq_creator_id",
        "executed_rfq_ids",
        "failed_rfq_ids",
        "executed_ts",
        "close_reason",
        "subaccount",
    )

    batch_quote_id: str
    """Identifier of your batch quote. Required (reading raises MissingFieldError if absent)."""

    rfq_batch_id: str
    """Identifier of the RFQ batch. Required (reading raises MissingFieldError if absent)."""

    rfq_creator_id: str
    """Public communications ID of the RFQ batch creator. When the creator obscured their ID, it is revealed only
    if at least one of your children executed. Required (reading raises MissingFieldError if absent)."""

    executed_rfq_ids: list[str]
    """Your children whose trades executed. Empty when absent or null."""

    failed_rfq_ids: list[str]
    """Your children whose trades failed to execute. Empty when absent or null."""

    executed_ts: datetime.datetime
    """Timestamp when the last child of the batch finished. Required (reading raises MissingFieldError if absent)."""

    close_reason: str
    """How your children ended. `executed` when every one executed, `execution failed` when none did, and
    `partially executed` in the rare case that filling one child of the batch cancelled a maker order another
    child needed. Required (reading raises MissingFieldError if absent)."""

    subaccount: int | None
    """Optional - Present only when your batch quote used a subaccount.
    Contains your own subaccount number; the counterparty's subaccount is never shared. Optional (None if
    absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "batch_quote_id": _t.StrField("batch_quote_id", required=True),
        "rfq_batch_id": _t.StrField("rfq_batch_id", required=True),
        "rfq_creator_id": _t.StrField("rfq_creator_id", required=True),
        "executed_rfq_ids": _t.ListField("executed_rfq_ids", _t.StrField("item"), required=True, empty=True),
        "failed_rfq_ids": _t.ListField("failed_rfq_ids", _t.StrField("item"), required=True, empty=True),
        "executed_ts": _t.DateTimeField("executed_ts", required=True),
        "close_reason": _t.StrField("close_reason", required=True),
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
            k_rfq_creator_id,
            k_executed_rfq_ids,
            k_failed_rfq_ids,
            k_executed_ts,
            k_close_reason,
            k_subaccount,
        ) = _KEYS.keys
        if type(v := g(k_batch_quote_id)) is str:
            self.batch_quote_id = v
        else:
            self._slow_field("batch_quote_id")
        if type(v := g(k_rfq_batch_id)) is str:
            self.rfq_batch_id = v
        else:
            self._slow_field("rfq_batch_id")
        if type(v := g(k_rfq_creator_id)) is str:
            self.rfq_creator_id = v
        else:
            self._slow_field("rfq_creator_id")
        self._slow_field("executed_rfq_ids")
        self._slow_field("failed_rfq_ids")
        if (t := _tc(v := g(k_executed_ts))) is not None:
            self.executed_ts = t
        elif isinstance(v, str):
            self.executed_ts = _nt(v)
        else:
            self._slow_field("executed_ts")
        if type(v := g(k_close_reason)) is str:
            self.close_reason = v
        else:
            self._slow_field("close_reason")
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
        rfq_creator_id: str | None | Unset = UNSET,
        executed_rfq_ids: list[str] | None | Unset = UNSET,
        failed_rfq_ids: list[str] | None | Unset = UNSET,
        executed_ts: datetime.datetime | None | Unset = UNSET,
        close_reason: str | None | Unset = UNSET,
        subaccount: int | None | Unset = UNSET,
    ) -> None:
        """A BatchQuoteExecutedPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("batch_quote_id", batch_quote_id)
        self._set("rfq_batch_id", rfq_batch_id)
        self._set("rfq_creator_id", rfq_creator_id)
        self._set("executed_rfq_ids", executed_rfq_ids)
        self._set("failed_rfq_ids", failed_rfq_ids)
        self._set("executed_ts", executed_ts)
        self._set("close_reason", close_reason)
        self._set("subaccount", subaccount)


_KEYS = _t.JsonKeys(*(field.key for field in BatchQuoteExecutedPayloadMsg._declared.values()))  # in _load_fast's order
