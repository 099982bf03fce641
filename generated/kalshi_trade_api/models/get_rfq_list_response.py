from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq import RFQ


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetRFQListResponse(_t.Page["RFQ"], _t.ResponseModel):
    """A page of ``rfqs``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            rfqs (list[RFQ]): List of RFQs matching the query criteria. Empty when absent or null.
            cursor (str): Cursor for pagination to get the next page of results. Optional (None if absent).
    """

    __slots__ = ()
    items_field = "rfqs"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.rfq", "RFQ")

    rfqs: list[RFQ] = _field(_t.ModelListField("rfqs", f"{__package__}.rfq", "RFQ", required=True, empty=True))
    """List of RFQs matching the query criteria. Empty when absent or null."""

    cursor: str | None = _field(_t.StrField("cursor"))
    """Cursor for pagination to get the next page of results. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("rfqs", _M)
        if type(v) is list:
            d["rfqs"] = _convert["rfqs"](v)
        elif v is not _M:
            slow("rfqs")
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
        rfqs: list[RFQ] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetRFQListResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("rfqs", rfqs)
        self._set("cursor", cursor)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "rfqs": GetRFQListResponse.__dict__["rfqs"].convert,
}
