from __future__ import annotations

import datetime
from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime


class MarginPremiumIndexPoint(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        second_ts (datetime.datetime): The one-second bucket this point measures. Required (reading raises
            MissingFieldError if absent).
        premium_index (Decimal): Signed decimal fraction of the index price, not basis points. For informational
            purposes only; may not exactly match the premium index used in actual funding calculations. "0" when no
            premium was measurable for that second. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "second_ts",
        "premium_index",
    )

    second_ts: datetime.datetime
    """The one-second bucket this point measures. Required (reading raises MissingFieldError if absent)."""

    premium_index: Decimal
    """Signed decimal fraction of the index price, not basis points. For informational purposes only; may not
    exactly match the premium index used in actual funding calculations. "0" when no premium was measurable for
    that second. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "second_ts": _t.DateTimeField("second_ts", required=True),
        "premium_index": _t.DecimalField("premium_index", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if (t := _tc(v := g("second_ts"))) is not None:
            self.second_ts = t
        elif isinstance(v, str):
            self.second_ts = _nt(v)
        else:
            self._slow_field("second_ts")
        if (x := _dc(v := g("premium_index"))) is not None:  # only text already parsed is in the cache
            self.premium_index = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.premium_index = _nd(v)
        else:
            self._slow_field("premium_index")

    def __init__(
        self,
        *,
        second_ts: datetime.datetime | None | Unset = UNSET,
        premium_index: Decimal | None | Unset = UNSET,
    ) -> None:
        """A MarginPremiumIndexPoint from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("second_ts", second_ts)
        self._set("premium_index", premium_index)
