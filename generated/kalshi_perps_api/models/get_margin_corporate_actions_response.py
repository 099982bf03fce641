from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_corporate_action import MarginCorporateAction


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetMarginCorporateActionsResponse(_t.Page["MarginCorporateAction"], _t.ResponseModel):
    """A page of ``corporate_actions``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            corporate_actions (list[MarginCorporateAction]): Empty when absent or null.
    """

    __slots__ = ()
    items_field = "corporate_actions"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.margin_corporate_action", "MarginCorporateAction")

    corporate_actions: list[MarginCorporateAction] = _field(
        _t.ModelListField(
            "corporate_actions",
            f"{__package__}.margin_corporate_action",
            "MarginCorporateAction",
            required=True,
            empty=True,
        )
    )
    """Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("corporate_actions", _M)
        if type(v) is list:
            d["corporate_actions"] = _convert["corporate_actions"](v)
        elif v is not _M:
            slow("corporate_actions")

    def __init__(
        self,
        *,
        corporate_actions: list[MarginCorporateAction] | None | Unset = UNSET,
    ) -> None:
        """A GetMarginCorporateActionsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("corporate_actions", corporate_actions)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "corporate_actions": GetMarginCorporateActionsResponse.__dict__["corporate_actions"].convert,
}
