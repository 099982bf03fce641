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


class DecreaseOrderV2Response(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        order_id (str): Required (reading raises MissingFieldError if absent).
        client_order_id (str): Optional (None if absent).
        remaining_count (Decimal): Number of contracts remaining after the decrease. Example: 10.00. Required
            (reading raises MissingFieldError if absent).
        ts_ms (int): Matching engine timestamp at which the decrease was processed, as Unix epoch milliseconds.
            Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    order_id: str = _field(_t.StrField("order_id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    client_order_id: str | None = _field(_t.StrField("client_order_id"))
    """Optional (None if absent)."""

    remaining_count: Decimal = _field(_t.DecimalField("remaining_count", required=True))
    """Number of contracts remaining after the decrease. Example: 10.00. Required (reading raises MissingFieldError
    if absent)."""

    ts_ms: int = _field(_t.IntField("ts_ms", required=True))
    """Matching engine timestamp at which the decrease was processed, as Unix epoch milliseconds. Required (reading
    raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("order_id", _M)
        if type(v) is str:
            d["order_id"] = v
        elif v is not _M:
            slow("order_id")
        v = g("client_order_id", _M)
        if type(v) is str:
            d["client_order_id"] = v
        elif v is None:
            d["client_order_id"] = None
        elif v is not _M:
            slow("client_order_id")
        v = g("remaining_count", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["remaining_count"] = x
            else:
                slow("remaining_count")
        elif v is not _M and v != "":
            slow("remaining_count")
        v = g("ts_ms", _M)
        if type(v) is int:
            d["ts_ms"] = v
        elif v is not _M:
            slow("ts_ms")

    def __init__(
        self,
        *,
        order_id: str | None | Unset = UNSET,
        client_order_id: str | None | Unset = UNSET,
        remaining_count: Decimal | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
    ) -> None:
        """A DecreaseOrderV2Response from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("order_id", order_id)
        self._set("client_order_id", client_order_id)
        self._set("remaining_count", remaining_count)
        self._set("ts_ms", ts_ms)
