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


class MarginCorporateActionSplitTerms(_t.ResponseModel):
    """Terms for stock_split. Omitted for other types and cancelled notices.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            ratio_old (str): Old-share component of the split ratio. Optional (None if absent).
            ratio_new (str): New-share component of the split ratio. Optional (None if absent).
            ex_date (datetime.date): Corporate action ex-date, where available. Optional (None if absent).
    """

    __slots__ = ()

    ratio_old: str | None = _field(_t.StrField("ratio_old"))
    """Old-share component of the split ratio. Optional (None if absent)."""

    ratio_new: str | None = _field(_t.StrField("ratio_new"))
    """New-share component of the split ratio. Optional (None if absent)."""

    ex_date: datetime.date | None = _field(_t.DateField("ex_date"))
    """Corporate action ex-date, where available. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("ratio_old", _M)
        if type(v) is str:
            d["ratio_old"] = v
        elif v is None:
            d["ratio_old"] = None
        elif v is not _M:
            slow("ratio_old")
        v = g("ratio_new", _M)
        if type(v) is str:
            d["ratio_new"] = v
        elif v is None:
            d["ratio_new"] = None
        elif v is not _M:
            slow("ratio_new")
        v = g("ex_date", _M)
        if v is not _M:
            slow("ex_date")

    def __init__(
        self,
        *,
        ratio_old: str | None | Unset = UNSET,
        ratio_new: str | None | Unset = UNSET,
        ex_date: datetime.date | None | Unset = UNSET,
    ) -> None:
        """A MarginCorporateActionSplitTerms from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("ratio_old", ratio_old)
        self._set("ratio_new", ratio_new)
        self._set("ex_date", ex_date)
