from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class TargetBalanceAllocation(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        exchange_index (int): Exchange index that receives this percentage of sweepable balance. Minimum: 0.
            Required (reading raises MissingFieldError if absent).
        percent (int): Target percentage of sweepable balance for the exchange index. Minimum: 0. Maximum: 100.
            Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    exchange_index: int = _field(_t.IntField("exchange_index", required=True))
    """Exchange index that receives this percentage of sweepable balance. Minimum: 0. Required (reading raises
    MissingFieldError if absent)."""

    percent: int = _field(_t.IntField("percent", required=True))
    """Target percentage of sweepable balance for the exchange index. Minimum: 0. Maximum: 100. Required (reading
    raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("exchange_index", _M)
        if type(v) is int:
            d["exchange_index"] = v
        elif v is not _M:
            slow("exchange_index")
        v = g("percent", _M)
        if type(v) is int:
            d["percent"] = v
        elif v is not _M:
            slow("percent")

    def __init__(
        self,
        *,
        exchange_index: int | None | Unset = UNSET,
        percent: int | None | Unset = UNSET,
    ) -> None:
        """A TargetBalanceAllocation from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("exchange_index", exchange_index)
        self._set("percent", percent)
