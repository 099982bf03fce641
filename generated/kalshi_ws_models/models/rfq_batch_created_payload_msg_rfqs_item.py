from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class RfqBatchCreatedPayloadMsgRfqsItem(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Unique identifier for the child RFQ. Required (reading raises MissingFieldError if absent).
        market_ticker (str): Combo market ticker of the child RFQ. Required (reading raises MissingFieldError if
            absent).
        event_ticker (str): Event ticker (optional) Optional (None if absent).
        contracts_fp (Decimal): Fixed-point contracts requested (2 decimals) (optional) Optional (None if
            absent).
        target_cost_dollars (Decimal): Target cost in dollars (optional) Optional (None if absent).
        mve_collection_ticker (str): Multivariate event collection ticker (optional) Optional (None if absent).
        leg_indices (list[int]): Indexes into legs of this combo's legs. Empty when absent or null.
    """

    __slots__ = ()

    id: str = _field(_t.StrField("id", required=True))
    """Unique identifier for the child RFQ. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """Combo market ticker of the child RFQ. Required (reading raises MissingFieldError if absent)."""

    event_ticker: str | None = _field(_t.StrField("event_ticker"))
    """Event ticker (optional) Optional (None if absent)."""

    contracts_fp: Decimal | None = _field(_t.DecimalField("contracts_fp"))
    """Fixed-point contracts requested (2 decimals) (optional) Optional (None if absent)."""

    target_cost_dollars: Decimal | None = _field(_t.DecimalField("target_cost_dollars"))
    """Target cost in dollars (optional) Optional (None if absent)."""

    mve_collection_ticker: str | None = _field(_t.StrField("mve_collection_ticker"))
    """Multivariate event collection ticker (optional) Optional (None if absent)."""

    leg_indices: list[int] = _field(_t.ListField("leg_indices", _t.IntField("item"), required=True, empty=True))
    """Indexes into legs of this combo's legs. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("id", _M)
        if type(v) is str:
            d["id"] = v
        elif v is not _M:
            slow("id")
        v = g("market_ticker", _M)
        if type(v) is str:
            d["market_ticker"] = v
        elif v is not _M:
            slow("market_ticker")
        v = g("event_ticker", _M)
        if type(v) is str:
            d["event_ticker"] = v
        elif v is None:
            d["event_ticker"] = None
        elif v is not _M:
            slow("event_ticker")
        v = g("contracts_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["contracts_fp"] = x
            else:
                slow("contracts_fp")
        elif v is None:
            d["contracts_fp"] = None
        elif v is not _M and v != "":
            slow("contracts_fp")
        v = g("target_cost_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["target_cost_dollars"] = x
            else:
                slow("target_cost_dollars")
        elif v is None:
            d["target_cost_dollars"] = None
        elif v is not _M and v != "":
            slow("target_cost_dollars")
        v = g("mve_collection_ticker", _M)
        if type(v) is str:
            d["mve_collection_ticker"] = v
        elif v is None:
            d["mve_collection_ticker"] = None
        elif v is not _M:
            slow("mve_collection_ticker")
        v = g("leg_indices", _M)
        if v is not _M:
            slow("leg_indices")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        event_ticker: str | None | Unset = UNSET,
        contracts_fp: Decimal | None | Unset = UNSET,
        target_cost_dollars: Decimal | None | Unset = UNSET,
        mve_collection_ticker: str | None | Unset = UNSET,
        leg_indices: list[int] | None | Unset = UNSET,
    ) -> None:
        """A RfqBatchCreatedPayloadMsgRfqsItem from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("id", id)
        self._set("market_ticker", market_ticker)
        self._set("event_ticker", event_ticker)
        self._set("contracts_fp", contracts_fp)
        self._set("target_cost_dollars", target_cost_dollars)
        self._set("mve_collection_ticker", mve_collection_ticker)
        self._set("leg_indices", leg_indices)
