from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class OkResponsePayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_tickers (list[str]): Full list of market tickers after update. Empty when absent or null.
        market_ids (list[UUID]): Full list of market IDs after update. Empty when absent or null.
    """

    __slots__ = ()

    market_tickers: list[str] = _field(_t.ListField("market_tickers", _t.StrField("item"), empty=True))
    """Full list of market tickers after update. Empty when absent or null."""

    market_ids: list[UUID] = _field(_t.ListField("market_ids", _t.UuidField("item"), empty=True))
    """Full list of market IDs after update. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("market_tickers", _M)
        if v is not _M:
            slow("market_tickers")
        v = g("market_ids", _M)
        if v is not _M:
            slow("market_ids")

    def __init__(
        self,
        *,
        market_tickers: list[str] | None | Unset = UNSET,
        market_ids: list[UUID] | None | Unset = UNSET,
    ) -> None:
        """A OkResponsePayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("market_tickers", market_tickers)
        self._set("market_ids", market_ids)
