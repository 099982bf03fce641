from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposit import Deposit


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetDepositsResponse(_t.Page["Deposit"], _t.ResponseModel):
    """A page of ``deposits``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            deposits (list[Deposit]): Empty when absent or null.
            cursor (str): Optional (None if absent).
    """

    __slots__ = ()
    items_field = "deposits"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.deposit", "Deposit")

    deposits: list[Deposit] = _field(
        _t.ModelListField("deposits", f"{__package__}.deposit", "Deposit", required=True, empty=True)
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
        v = g("deposits", _M)
        if type(v) is list:
            d["deposits"] = _convert["deposits"](v)
        elif v is not _M:
            slow("deposits")
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
        deposits: list[Deposit] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetDepositsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("deposits", deposits)
        self._set("cursor", cursor)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "deposits": GetDepositsResponse.__dict__["deposits"].convert,
}
