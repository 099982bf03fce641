from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


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

    __slots__ = (
        "start",
        "end",
        "step",
    )

    start: Decimal
    """Starting price for this range in dollars. Required (reading raises MissingFieldError if absent)."""

    end: Decimal
    """Ending price for this range in dollars. Required (reading raises MissingFieldError if absent)."""

    step: Decimal
    """Price step/tick size for this range in dollars. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "start": _t.DecimalField("start", required=True),
        "end": _t.DecimalField("end", required=True),
        "step": _t.DecimalField("step", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if (x := _dc(v := g("start"))) is not None:  # only text already parsed is in the cache
            self.start = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.start = _nd(v)
        else:
            self._slow_field("start")
        if (x := _dc(v := g("end"))) is not None:  # only text already parsed is in the cache
            self.end = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.end = _nd(v)
        else:
            self._slow_field("end")
        if (x := _dc(v := g("step"))) is not None:  # only text already parsed is in the cache
            self.step = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.step = _nd(v)
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
