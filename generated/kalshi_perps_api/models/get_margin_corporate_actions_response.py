from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_corporate_action import MarginCorporateAction


class GetMarginCorporateActionsResponse(_t.Page["MarginCorporateAction"], _t.ResponseModel):
    """A page of ``corporate_actions``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            corporate_actions (list[MarginCorporateAction]): Empty when absent or null.
    """

    __slots__ = ("corporate_actions",)
    items_field = "corporate_actions"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.margin_corporate_action", "MarginCorporateAction")

    corporate_actions: list[MarginCorporateAction]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "corporate_actions": _t.ModelListField(
            "corporate_actions",
            f"{__package__}.margin_corporate_action",
            "MarginCorporateAction",
            required=True,
            empty=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("corporate_actions")) is list:
            self.corporate_actions = _BUILD["corporate_actions"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("corporate_actions")

    def __init__(
        self,
        *,
        corporate_actions: list[MarginCorporateAction] | None | Unset = UNSET,
    ) -> None:
        """A GetMarginCorporateActionsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("corporate_actions", corporate_actions)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "corporate_actions": _t.builder(GetMarginCorporateActionsResponse, "corporate_actions"),
}
