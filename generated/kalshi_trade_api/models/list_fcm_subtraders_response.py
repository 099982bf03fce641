from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fcm_subtrader import FCMSubtrader


class ListFCMSubtradersResponse(_t.Page["FCMSubtrader"], _t.ResponseModel):
    """A page of ``subtraders``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            subtraders (list[FCMSubtrader]): Empty when absent or null.
    """

    __slots__ = ("subtraders",)
    items_field = "subtraders"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.fcm_subtrader", "FCMSubtrader")

    subtraders: list[FCMSubtrader]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "subtraders": _t.ModelListField(
            "subtraders", f"{__package__}.fcm_subtrader", "FCMSubtrader", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("subtraders")) is list:
            self.subtraders = _BUILD["subtraders"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("subtraders")

    def __init__(
        self,
        *,
        subtraders: list[FCMSubtrader] | None | Unset = UNSET,
    ) -> None:
        """A ListFCMSubtradersResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("subtraders", subtraders)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "subtraders": _t.builder(ListFCMSubtradersResponse, "subtraders"),
}
