from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.withdrawal import Withdrawal


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetWithdrawalsResponse(_t.Page["Withdrawal"], _t.ResponseModel):
    """A page of ``withdrawals``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            withdrawals (list[Withdrawal]): Empty when absent or null.
            cursor (str): Optional (None if absent).
    """

    __slots__ = ()
    items_field = "withdrawals"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.withdrawal", "Withdrawal")

    withdrawals: list[Withdrawal] = _field(
        _t.ModelListField("withdrawals", f"{__package__}.withdrawal", "Withdrawal", required=True, empty=True)
    )
    """Empty when absent or null."""

    cursor: str | None = _field(_t.StrField("cursor"))
    """Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("withdrawals")) is list:
            d["withdrawals"] = _BUILD["withdrawals"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("withdrawals")
        if type(v := g("cursor")) is str:
            d["cursor"] = v
        elif v is None:
            d["cursor"] = None
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        withdrawals: list[Withdrawal] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetWithdrawalsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("withdrawals", withdrawals)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "withdrawals": GetWithdrawalsResponse.__dict__["withdrawals"].build,
}
