from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settlement import Settlement


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetSettlementsResponse(_t.Page["Settlement"], _t.ResponseModel):
    """A page of ``settlements``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            settlements (list[Settlement]): Empty when absent or null.
            cursor (str): Optional (None if absent).
    """

    __slots__ = ()
    items_field = "settlements"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.settlement", "Settlement")

    settlements: list[Settlement] = _field(
        _t.ModelListField("settlements", f"{__package__}.settlement", "Settlement", required=True, empty=True)
    )
    """Empty when absent or null."""

    cursor: str | None = _field(_t.StrField("cursor"))
    """Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("settlements", _M)
        if type(v) is list:
            d["settlements"] = _convert["settlements"](v)
        elif v is not _M:
            slow("settlements")
        v = g("cursor", _M)
        if type(v) is str:
            d["cursor"] = v
        elif v is None:
            d["cursor"] = None
        elif v is not _M:
            slow("cursor")

    def __init__(
        self,
        *,
        settlements: list[Settlement] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetSettlementsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("settlements", settlements)
        self._set("cursor", cursor)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "settlements": GetSettlementsResponse.__dict__["settlements"].convert,
}
