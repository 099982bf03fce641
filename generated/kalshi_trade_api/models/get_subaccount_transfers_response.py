from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subaccount_transfer import SubaccountTransfer


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetSubaccountTransfersResponse(_t.Page["SubaccountTransfer"], _t.ResponseModel):
    """A page of ``transfers``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            transfers (list[SubaccountTransfer]): Empty when absent or null.
            cursor (str): Cursor for the next page of results. Optional (None if absent).
    """

    __slots__ = ()
    items_field = "transfers"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.subaccount_transfer", "SubaccountTransfer")

    transfers: list[SubaccountTransfer] = _field(
        _t.ModelListField(
            "transfers", f"{__package__}.subaccount_transfer", "SubaccountTransfer", required=True, empty=True
        )
    )
    """Empty when absent or null."""

    cursor: str | None = _field(_t.StrField("cursor"))
    """Cursor for the next page of results. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("transfers", _M)
        if type(v) is list:
            d["transfers"] = _convert["transfers"](v)
        elif v is not _M:
            slow("transfers")
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
        transfers: list[SubaccountTransfer] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetSubaccountTransfersResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("transfers", transfers)
        self._set("cursor", cursor)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "transfers": GetSubaccountTransfersResponse.__dict__["transfers"].convert,
}
