from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_data import LiveData


class GetLiveDatasResponse(_t.Page["LiveData"], _t.ResponseModel):
    """A page of ``live_datas``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            live_datas (list[LiveData]): Empty when absent or null.
    """

    __slots__ = ("live_datas",)
    items_field = "live_datas"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.live_data", "LiveData")

    live_datas: list[LiveData]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "live_datas": _t.ModelListField(
            "live_datas", f"{__package__}.live_data", "LiveData", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("live_datas")) is list:
            self.live_datas = _BUILD["live_datas"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("live_datas")

    def __init__(
        self,
        *,
        live_datas: list[LiveData] | None | Unset = UNSET,
    ) -> None:
        """A GetLiveDatasResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("live_datas", live_datas)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "live_datas": _t.builder(GetLiveDatasResponse, "live_datas"),
}
