from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_premium_index_point import MarginPremiumIndexPoint


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetMarginPremiumIndexResponse(_t.Page["MarginPremiumIndexPoint"], _t.ResponseModel):
    """A page of ``points``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            points (list[MarginPremiumIndexPoint]): Per-second premium index points, ascending by second_ts. Empty
                when absent or null.
    """

    __slots__ = ()
    items_field = "points"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.margin_premium_index_point", "MarginPremiumIndexPoint")

    points: list[MarginPremiumIndexPoint] = _field(
        _t.ModelListField(
            "points", f"{__package__}.margin_premium_index_point", "MarginPremiumIndexPoint", required=True, empty=True
        )
    )
    """Per-second premium index points, ascending by second_ts. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("points", _M)
        if type(v) is list:
            d["points"] = _convert["points"](v)
        elif v is not _M:
            slow("points")

    def __init__(
        self,
        *,
        points: list[MarginPremiumIndexPoint] | None | Unset = UNSET,
    ) -> None:
        """A GetMarginPremiumIndexResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("points", points)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "points": GetMarginPremiumIndexResponse.__dict__["points"].convert,
}
