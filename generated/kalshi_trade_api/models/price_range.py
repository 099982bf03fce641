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


class PriceRange(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        start (Decimal): Starting price for this range in dollars. Required (reading raises MissingFieldError if
            absent).
        end (Decimal): Ending price for this range in dollars. Required (reading raises MissingFieldError if
            absent).
        step (Decimal): Price step/tick size for this range in dollars. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = ()

    start: Decimal = _field(_t.DecimalField("start", required=True))
    """Starting price for this range in dollars. Required (reading raises MissingFieldError if absent)."""

    end: Decimal = _field(_t.DecimalField("end", required=True))
    """Ending price for this range in dollars. Required (reading raises MissingFieldError if absent)."""

    step: Decimal = _field(_t.DecimalField("step", required=True))
    """Price step/tick size for this range in dollars. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if (x := _dc(v := g("start"))) is not None:  # only text already parsed is in the cache
            d["start"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["start"] = _nd(v)
        else:
            self._slow_field("start")
        if (x := _dc(v := g("end"))) is not None:  # only text already parsed is in the cache
            d["end"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["end"] = _nd(v)
        else:
            self._slow_field("end")
        if (x := _dc(v := g("step"))) is not None:  # only text already parsed is in the cache
            d["step"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["step"] = _nd(v)
        else:
            self._slow_field("step")

    def __init__(
        self,
        *,
        start: Decimal | None | Unset = UNSET,
        end: Decimal | None | Unset = UNSET,
        step: Decimal | None | Unset = UNSET,
    ) -> None:
        """A PriceRange from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("start", start)
        self._set("end", end)
        self._set("step", step)
