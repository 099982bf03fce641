from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market import Market


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetMarketResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market (Market): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    market: Market = _field(_t.ModelField("market", f"{__package__}.market", "Market", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("market", _M)
        if type(v) is dict:
            d["market"] = _convert["market"](v)
        elif v is not _M:
            slow("market")

    def __init__(
        self,
        *,
        market: Market | None | Unset = UNSET,
    ) -> None:
        """A GetMarketResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("market", market)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "market": GetMarketResponse.__dict__["market"].convert,
}
