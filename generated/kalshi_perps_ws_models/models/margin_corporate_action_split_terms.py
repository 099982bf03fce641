from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class MarginCorporateActionSplitTerms(_t.ResponseModel):
    """Terms for stock_split. Omitted for other types.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            ratio_old (str): Old-share component of the split ratio. A 4-for-1 split is ratio_new 4, ratio_old 1.
                Required (reading raises MissingFieldError if absent).
            ratio_new (str): New-share component of the split ratio. Required (reading raises MissingFieldError if
                absent).
            pre_split_mark_price (Decimal): Mark price in US dollars before the split. Required (reading raises
                MissingFieldError if absent).
            post_split_mark_price (Decimal): Mark price in US dollars after the split. Required (reading raises
                MissingFieldError if absent).
    """

    __slots__ = (
        "ratio_old",
        "ratio_new",
        "pre_split_mark_price",
        "post_split_mark_price",
    )

    ratio_old: str
    """Old-share component of the split ratio. A 4-for-1 split is ratio_new 4, ratio_old 1. Required (reading
    raises MissingFieldError if absent)."""

    ratio_new: str
    """New-share component of the split ratio. Required (reading raises MissingFieldError if absent)."""

    pre_split_mark_price: Decimal
    """Mark price in US dollars before the split. Required (reading raises MissingFieldError if absent)."""

    post_split_mark_price: Decimal
    """Mark price in US dollars after the split. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "ratio_old": _t.StrField("ratio_old", required=True),
        "ratio_new": _t.StrField("ratio_new", required=True),
        "pre_split_mark_price": _t.DecimalField("pre_split_mark_price", required=True),
        "post_split_mark_price": _t.DecimalField("post_split_mark_price", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("ratio_old")) is str:
            self.ratio_old = v
        else:
            self._slow_field("ratio_old")
        if type(v := g("ratio_new")) is str:
            self.ratio_new = v
        else:
            self._slow_field("ratio_new")
        if (x := _dc(v := g("pre_split_mark_price"))) is not None:  # only text already parsed is in the cache
            self.pre_split_mark_price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.pre_split_mark_price = _nd(v)
        else:
            self._slow_field("pre_split_mark_price")
        if (x := _dc(v := g("post_split_mark_price"))) is not None:  # only text already parsed is in the cache
            self.post_split_mark_price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.post_split_mark_price = _nd(v)
        else:
            self._slow_field("post_split_mark_price")

    def __init__(
        self,
        *,
        ratio_old: str | None | Unset = UNSET,
        ratio_new: str | None | Unset = UNSET,
        pre_split_mark_price: Decimal | None | Unset = UNSET,
        post_split_mark_price: Decimal | None | Unset = UNSET,
    ) -> None:
        """A MarginCorporateActionSplitTerms from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("ratio_old", ratio_old)
        self._set("ratio_new", ratio_new)
        self._set("pre_split_mark_price", pre_split_mark_price)
        self._set("post_split_mark_price", post_split_mark_price)
