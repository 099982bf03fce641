from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subaccount_balance import SubaccountBalance


class GetSubaccountBalancesResponse(_t.Page["SubaccountBalance"], _t.ResponseModel):
    """A page of ``subaccount_balances``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            subaccount_balances (list[SubaccountBalance]): Empty when absent or null.
    """

    __slots__ = ("subaccount_balances",)
    items_field = "subaccount_balances"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.subaccount_balance", "SubaccountBalance")

    subaccount_balances: list[SubaccountBalance]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "subaccount_balances": _t.ModelListField(
            "subaccount_balances", f"{__package__}.subaccount_balance", "SubaccountBalance", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("subaccount_balances")) is list:
            self.subaccount_balances = _BUILD["subaccount_balances"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("subaccount_balances")

    def __init__(
        self,
        *,
        subaccount_balances: list[SubaccountBalance] | None | Unset = UNSET,
    ) -> None:
        """A GetSubaccountBalancesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("subaccount_balances", subaccount_balances)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "subaccount_balances": _t.builder(GetSubaccountBalancesResponse, "subaccount_balances"),
}
