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


class TickerPrice(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        price (Decimal): Price in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
            absent).
        ts_ms (int): Source timestamp in epoch milliseconds. Required (reading raises MissingFieldError if
            absent).
    """

    __slots__ = ()

    price: Decimal = _field(_t.DecimalField("price", required=True))
    """Price in dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    ts_ms: int = _field(_t.IntField("ts_ms", required=True))
    """Source timestamp in epoch milliseconds. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("price", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["price"] = x
            else:
                slow("price")
        elif v is not _M and v != "":
            slow("price")
        v = g("ts_ms", _M)
        if type(v) is int:
            d["ts_ms"] = v
        elif v is not _M:
            slow("ts_ms")

    def __init__(
        self,
        *,
        price: Decimal | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
    ) -> None:
        """A TickerPrice from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("price", price)
        self._set("ts_ms", ts_ms)
