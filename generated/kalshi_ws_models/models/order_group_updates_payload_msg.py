from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.order_group_updates_payload_msg_event_type import OrderGroupUpdatesPayloadMsgEventType
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_OrderGroupUpdatesPayloadMsgEventType_get = _t.member_lookup(OrderGroupUpdatesPayloadMsgEventType)


class OrderGroupUpdatesPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        event_type (OrderGroupUpdatesPayloadMsgEventType): Order group event type. Required (reading raises
            MissingFieldError if absent).
        order_group_id (str): Order group identifier. Required (reading raises MissingFieldError if absent).
        contracts_limit_fp (Decimal): Updated contracts limit in fixed-point (2 decimals). Present for "created"
            and "limit_updated" events only. Optional (None if absent).
        ts_ms (int): Matching engine timestamp at which the event was processed, as Unix epoch milliseconds.
            Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "event_type",
        "order_group_id",
        "contracts_limit_fp",
        "ts_ms",
    )

    event_type: OrderGroupUpdatesPayloadMsgEventType
    """Order group event type. Required (reading raises MissingFieldError if absent)."""

    order_group_id: str
    """Order group identifier. Required (reading raises MissingFieldError if absent)."""

    contracts_limit_fp: Decimal | None
    """Updated contracts limit in fixed-point (2 decimals). Present for "created" and "limit_updated" events only.
    Optional (None if absent)."""

    ts_ms: int
    """Matching engine timestamp at which the event was processed, as Unix epoch milliseconds. Required (reading
    raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "event_type": _t.EnumField("event_type", OrderGroupUpdatesPayloadMsgEventType, required=True),
        "order_group_id": _t.StrField("order_group_id", required=True),
        "contracts_limit_fp": _t.DecimalField("contracts_limit_fp"),
        "ts_ms": _t.IntField("ts_ms", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        if (m := _OrderGroupUpdatesPayloadMsgEventType_get(v := g("event_type"))) is not None:
            self.event_type = m
        else:
            self._slow_field("event_type")
        if type(v := g("order_group_id")) is str:
            self.order_group_id = v
        else:
            self._slow_field("order_group_id")
        if (x := _dc(v := g("contracts_limit_fp"))) is not None:  # only text already parsed is in the cache
            self.contracts_limit_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.contracts_limit_fp = _nd(v)
        elif v is None or v == "":
            self.contracts_limit_fp = None
        else:
            self._slow_field("contracts_limit_fp")
        if type(v := g("ts_ms")) is int:
            self.ts_ms = v
        else:
            self._slow_field("ts_ms")

    def __init__(
        self,
        *,
        event_type: OrderGroupUpdatesPayloadMsgEventType | None | Unset = UNSET,
        order_group_id: str | None | Unset = UNSET,
        contracts_limit_fp: Decimal | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
    ) -> None:
        """A OrderGroupUpdatesPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("event_type", event_type)
        self._set("order_group_id", order_group_id)
        self._set("contracts_limit_fp", contracts_limit_fp)
        self._set("ts_ms", ts_ms)
