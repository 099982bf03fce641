from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.rfq_batch_created_payload_msg_legs_item_side import RfqBatchCreatedPayloadMsgLegsItemSide
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_RfqBatchCreatedPayloadMsgLegsItemSide_get = _t.member_lookup(RfqBatchCreatedPayloadMsgLegsItemSide)


class RfqBatchCreatedPayloadMsgLegsItem(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        event_ticker (str): Event ticker for the leg. Required (reading raises MissingFieldError if absent).
        market_ticker (str): Market ticker for the leg. Required (reading raises MissingFieldError if absent).
        side (RfqBatchCreatedPayloadMsgLegsItemSide): Side selected for the leg. Required (reading raises
            MissingFieldError if absent).
        yes_settlement_value_dollars (Decimal): Yes settlement value in dollars for the leg. Omitted when
            unavailable. Optional (None if absent).
    """

    __slots__ = (
        "event_ticker",
        "market_ticker",
        "side",
        "yes_settlement_value_dollars",
    )

    event_ticker: str
    """Event ticker for the leg. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Market ticker for the leg. Required (reading raises MissingFieldError if absent)."""

    side: RfqBatchCreatedPayloadMsgLegsItemSide
    """Side selected for the leg. Required (reading raises MissingFieldError if absent)."""

    yes_settlement_value_dollars: Decimal | None
    """Yes settlement value in dollars for the leg. Omitted when unavailable. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "event_ticker": _t.StrField("event_ticker", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "side": _t.EnumField("side", RfqBatchCreatedPayloadMsgLegsItemSide, required=True),
        "yes_settlement_value_dollars": _t.DecimalField("yes_settlement_value_dollars"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        if type(v := g("event_ticker")) is str:
            self.event_ticker = v
        else:
            self._slow_field("event_ticker")
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if (m := _RfqBatchCreatedPayloadMsgLegsItemSide_get(v := g("side"))) is not None:
            self.side = m
        else:
            self._slow_field("side")
        if (x := _dc(v := g("yes_settlement_value_dollars"))) is not None:  # only text already parsed is in the cache
            self.yes_settlement_value_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_settlement_value_dollars = _nd(v)
        elif v is None or v == "":
            self.yes_settlement_value_dollars = None
        else:
            self._slow_field("yes_settlement_value_dollars")

    def __init__(
        self,
        *,
        event_ticker: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        side: RfqBatchCreatedPayloadMsgLegsItemSide | None | Unset = UNSET,
        yes_settlement_value_dollars: Decimal | None | Unset = UNSET,
    ) -> None:
        """A RfqBatchCreatedPayloadMsgLegsItem from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("event_ticker", event_ticker)
        self._set("market_ticker", market_ticker)
        self._set("side", side)
        self._set("yes_settlement_value_dollars", yes_settlement_value_dollars)
