from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fcm_subtrader import FCMSubtrader


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class ListFCMSubtradersResponse(_t.Page["FCMSubtrader"], _t.ResponseModel):
    """A page of ``subtraders``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            subtraders (list[FCMSubtrader]): Empty when absent or null.
    """

    __slots__ = ()
    items_field = "subtraders"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.fcm_subtrader", "FCMSubtrader")

    subtraders: list[FCMSubtrader] = _field(
        _t.ModelListField("subtraders", f"{__package__}.fcm_subtrader", "FCMSubtrader", required=True, empty=True)
    )
    """Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("subtraders", _M)
        if type(v) is list:
            d["subtraders"] = _convert["subtraders"](v)
        elif v is not _M:
            slow("subtraders")

    def __init__(
        self,
        *,
        subtraders: list[FCMSubtrader] | None | Unset = UNSET,
    ) -> None:
        """A ListFCMSubtradersResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("subtraders", subtraders)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "subtraders": ListFCMSubtradersResponse.__dict__["subtraders"].convert,
}
