from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class TickerPrice(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        price (Decimal): Price in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
            absent).
        ts_ms (int): Source timestamp in epoch milliseconds. Required (reading raises MissingFieldError if
            absent).
    """

    __slots__ = (
        "price",
        "ts_ms",
    )

    price: Decimal
    """Price in dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    ts_ms: int
    """Source timestamp in epoch milliseconds. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "price": _t.DecimalField("price", required=True),
        "ts_ms": _t.IntField("ts_ms", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if (x := _dc(v := g("price"))) is not None:  # only text already parsed is in the cache
            self.price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.price = _nd(v)
        else:
            self._slow_field("price")
        if type(v := g("ts_ms")) is int:
            self.ts_ms = v
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
