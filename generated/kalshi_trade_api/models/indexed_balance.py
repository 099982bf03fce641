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


class IndexedBalance(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        exchange_index (int): Identifier for an exchange shard. Example: 0. Required (reading raises
            MissingFieldError if absent).
        balance (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
            "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by
            that market's price level structure. Example: 0.5600. Required (reading raises MissingFieldError if
            absent).
    """

    __slots__ = ()

    exchange_index: int = _field(_t.IntField("exchange_index", required=True))
    """Identifier for an exchange shard. Example: 0. Required (reading raises MissingFieldError if absent)."""

    balance: Decimal = _field(_t.DecimalField("balance", required=True))
    """Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56", "0.5600");
    responses emit up to 6. Valid quote intervals for a given market are constrained by that market's price
    level structure. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

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
        v = g("balance", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["balance"] = x
            else:
                slow("balance")
        elif v is not _M and v != "":
            slow("balance")

    def __init__(
        self,
        *,
        exchange_index: int | None | Unset = UNSET,
        balance: Decimal | None | Unset = UNSET,
    ) -> None:
        """A IndexedBalance from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("exchange_index", exchange_index)
        self._set("balance", balance)
