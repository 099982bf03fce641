from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.withdrawal import Withdrawal


class GetWithdrawalsResponse(_t.Page["Withdrawal"], _t.ResponseModel):
    """A page of ``withdrawals``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            withdrawals (list[Withdrawal]): Empty when absent or null.
            cursor (str): Optional (None if absent).
    """

    __slots__ = (
        "withdrawals",
        "cursor",
    )
    items_field = "withdrawals"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.withdrawal", "Withdrawal")

    withdrawals: list[Withdrawal]
    """Empty when absent or null."""

    cursor: str | None
    """Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "withdrawals": _t.ModelListField(
            "withdrawals", f"{__package__}.withdrawal", "Withdrawal", required=True, empty=True
        ),
        "cursor": _t.StrField("cursor"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("withdrawals")) is list:
            self.withdrawals = _BUILD["withdrawals"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("withdrawals")
        if type(v := g("cursor")) is str:
            self.cursor = v
        elif v is None:
            self.cursor = None
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


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "withdrawals": _t.builder(GetWithdrawalsResponse, "withdrawals"),
}
