from __future__ import annotations

import datetime

from .. import types as _t
from ..types import UNSET, Unset


class MarginCorporateActionSplitTerms(_t.ResponseModel):
    """Terms for stock_split. Omitted for other types and cancelled notices.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            ratio_old (str): Old-share component of the split ratio. Optional (None if absent).
            ratio_new (str): New-share component of the split ratio. Optional (None if absent).
            ex_date (datetime.date): Corporate action ex-date, where available. Optional (None if absent).
    """

    __slots__ = (
        "ratio_old",
        "ratio_new",
        "ex_date",
    )

    ratio_old: str | None
    """Old-share component of the split ratio. Optional (None if absent)."""

    ratio_new: str | None
    """New-share component of the split ratio. Optional (None if absent)."""

    ex_date: datetime.date | None
    """Corporate action ex-date, where available. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "ratio_old": _t.StrField("ratio_old"),
        "ratio_new": _t.StrField("ratio_new"),
        "ex_date": _t.DateField("ex_date"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("ratio_old")) is str:
            self.ratio_old = v
        elif v is None:
            self.ratio_old = None
        else:
            self._slow_field("ratio_old")
        if type(v := g("ratio_new")) is str:
            self.ratio_new = v
        elif v is None:
            self.ratio_new = None
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
