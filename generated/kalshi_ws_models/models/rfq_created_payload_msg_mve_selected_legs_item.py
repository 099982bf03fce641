from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.rfq_created_payload_msg_mve_selected_legs_item_side import RfqCreatedPayloadMsgMveSelectedLegsItemSide
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class RfqCreatedPayloadMsgMveSelectedLegsItem(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        event_ticker (str): Event ticker for the selected leg. Required (reading raises MissingFieldError if
            absent).
        market_ticker (str): Market ticker for the selected leg. Required (reading raises MissingFieldError if
            absent).
        side (RfqCreatedPayloadMsgMveSelectedLegsItemSide): Side selected for the leg. Required (reading raises
            MissingFieldError if absent).
        yes_settlement_value_dollars (Decimal): Yes settlement value in dollars for the selected leg. Omitted
            when unavailable. Optional (None if absent).
    """

    __slots__ = ()

    event_ticker: str = _field(_t.StrField("event_ticker", required=True))
    """Event ticker for the selected leg. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """Market ticker for the selected leg. Required (reading raises MissingFieldError if absent)."""

    side: RfqCreatedPayloadMsgMveSelectedLegsItemSide = _field(
        _t.EnumField("side", RfqCreatedPayloadMsgMveSelectedLegsItemSide, required=True)
    )
    """Side selected for the leg. Required (reading raises MissingFieldError if absent)."""

    yes_settlement_value_dollars: Decimal | None = _field(_t.DecimalField("yes_settlement_value_dollars"))
    """Yes settlement value in dollars for the selected leg. Omitted when unavailable. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("event_ticker", _M)
        if type(v) is str:
            d["event_ticker"] = v
        elif v is not _M:
            slow("event_ticker")
        v = g("market_ticker", _M)
        if type(v) is str:
            d["market_ticker"] = v
        elif v is not _M:
            slow("market_ticker")
        v = g("side", _M)
        m = (
            RfqCreatedPayloadMsgMveSelectedLegsItemSide._value2member_map_.get(v)
            if type(v) is str or type(v) is int
            else None
        )
        if m is not None:
            d["side"] = m
        elif v is not _M:
            slow("side")
        v = g("yes_settlement_value_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["yes_settlement_value_dollars"] = x
            else:
                slow("yes_settlement_value_dollars")
        elif v is None:
            d["yes_settlement_value_dollars"] = None
        elif v is not _M and v != "":
            slow("yes_settlement_value_dollars")

    def __init__(
        self,
        *,
        event_ticker: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        side: RfqCreatedPayloadMsgMveSelectedLegsItemSide | None | Unset = UNSET,
        yes_settlement_value_dollars: Decimal | None | Unset = UNSET,
    ) -> None:
        """A RfqCreatedPayloadMsgMveSelectedLegsItem from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("event_ticker", event_ticker)
        self._set("market_ticker", market_ticker)
        self._set("side", side)
        self._set("yes_settlement_value_dollars", yes_settlement_value_dollars)
