from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


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
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("ratio_old")) is str:
            d["ratio_old"] = v
        elif v is None:
            d["ratio_old"] = None
        else:
            self._slow_field("ratio_old")
        if type(v := g("ratio_new")) is str:
            d["ratio_new"] = v
        elif v is None:
            d["ratio_new"] = None
        else:
            self._slow_field("ratio_new")
        self._slow_field("ex_date")

    def __init__(
        self,
        *,
        ratio_old: str | None | Unset = UNSET,
        ratio_new: str | None | Unset = UNSET,
        ex_date: datetime.date | None | Unset = UNSET,
    ) -> None:
        """A MarginCorporateActionSplitTerms from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("ratio_old", ratio_old)
        self._set("ratio_new", ratio_new)
        self._set("ex_date", ex_date)
