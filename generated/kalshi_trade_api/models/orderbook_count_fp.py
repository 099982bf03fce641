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


class OrderbookCountFp(_t.ResponseModel):
    """Orderbook with fixed-point contract counts (fp) in all dollar price levels.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            yes_dollars (list[tuple[Decimal, Decimal]]): Empty when absent or null.
            no_dollars (list[tuple[Decimal, Decimal]]): Empty when absent or null.
    """

    __slots__ = ()

    yes_dollars: list[tuple[Decimal, Decimal]] = _field(_t.LevelsField("yes_dollars", required=True, empty=True))
    """Empty when absent or null."""

    no_dollars: list[tuple[Decimal, Decimal]] = _field(_t.LevelsField("no_dollars", required=True, empty=True))
    """Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("yes_dollars", _M)
        if v is not _M:
            slow("yes_dollars")
        v = g("no_dollars", _M)
        if v is not _M:
            slow("no_dollars")

    def __init__(
        self,
        *,
        yes_dollars: list[tuple[Decimal, Decimal]] | None | Unset = UNSET,
        no_dollars: list[tuple[Decimal, Decimal]] | None | Unset = UNSET,
    ) -> None:
        """A OrderbookCountFp from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("yes_dollars", yes_dollars)
        self._set("no_dollars", no_dollars)
