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


class MarginCorporateActionTickerChangeTerms(_t.ResponseModel):
    """Terms for ticker_change. Omitted for other types and cancelled notices.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            old_ticker (str): Previous underlying ticker for a ticker change. Required (reading raises
                MissingFieldError if absent).
            new_ticker (str): Approved replacement underlying ticker. Required (reading raises MissingFieldError if
                absent).
    """

    __slots__ = ()

    old_ticker: str = _field(_t.StrField("old_ticker", required=True))
    """Previous underlying ticker for a ticker change. Required (reading raises MissingFieldError if absent)."""

    new_ticker: str = _field(_t.StrField("new_ticker", required=True))
    """Approved replacement underlying ticker. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("old_ticker", _M)
        if type(v) is str:
            d["old_ticker"] = v
        elif v is not _M:
            slow("old_ticker")
        v = g("new_ticker", _M)
        if type(v) is str:
            d["new_ticker"] = v
        elif v is not _M:
            slow("new_ticker")

    def __init__(
        self,
        *,
        old_ticker: str | None | Unset = UNSET,
        new_ticker: str | None | Unset = UNSET,
    ) -> None:
        """A MarginCorporateActionTickerChangeTerms from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("old_ticker", old_ticker)
        self._set("new_ticker", new_ticker)
