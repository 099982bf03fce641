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


class MarginPremiumIndexPoint(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        second_ts (datetime.datetime): The one-second bucket this point measures. Required (reading raises
            MissingFieldError if absent).
        premium_index (Decimal): Signed decimal fraction of the index price, not basis points. For informational
            purposes only; may not exactly match the premium index used in actual funding calculations. "0" when no
            premium was measurable for that second. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    second_ts: datetime.datetime = _field(_t.DateTimeField("second_ts", required=True))
    """The one-second bucket this point measures. Required (reading raises MissingFieldError if absent)."""

    premium_index: Decimal = _field(_t.DecimalField("premium_index", required=True))
    """Signed decimal fraction of the index price, not basis points. For informational purposes only; may not
    exactly match the premium index used in actual funding calculations. "0" when no premium was measurable for
    that second. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("second_ts", _M)
        if type(v) is str:
            d["second_ts"] = _iso(v)
        elif v is not _M:
            slow("second_ts")
        v = g("premium_index", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["premium_index"] = x
            else:
                slow("premium_index")
        elif v is not _M and v != "":
            slow("premium_index")

    def __init__(
        self,
        *,
        second_ts: datetime.datetime | None | Unset = UNSET,
        premium_index: Decimal | None | Unset = UNSET,
    ) -> None:
        """A MarginPremiumIndexPoint from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("second_ts", second_ts)
        self._set("premium_index", premium_index)
