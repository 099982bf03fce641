from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class TickerPrice(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        price (Decimal): USD price as a fixed-point decimal string (4 decimals) Required (reading raises
            MissingFieldError if absent).
        ts_ms (int): Unix timestamp in milliseconds. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    price: Decimal = _field(_t.DecimalField("price", required=True))
    """USD price as a fixed-point decimal string (4 decimals) Required (reading raises MissingFieldError if
    absent)."""

    ts_ms: int = _field(_t.IntField("ts_ms", required=True))
    """Unix timestamp in milliseconds. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if (x := _dc(v := g("price"))) is not None:  # only text already parsed is in the cache
            d["price"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["price"] = _nd(v)
        else:
            self._slow_field("price")
        if type(v := g("ts_ms")) is int:
            d["ts_ms"] = v
        else:
            self._slow_field("ts_ms")

    def __init__(
        self,
        *,
        price: Decimal | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
    ) -> None:
        """A TickerPrice from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("price", price)
        self._set("ts_ms", ts_ms)
