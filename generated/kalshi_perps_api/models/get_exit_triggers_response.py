from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exit_trigger import ExitTrigger


class GetExitTriggersResponse(_t.Page["ExitTrigger"], _t.ResponseModel):
    """A page of ``exit_triggers``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            exit_triggers (list[ExitTrigger]): Live triggers on this position slot. Empty when none are set. Empty
                when absent or null.
    """

    __slots__ = ("exit_triggers",)
    items_field = "exit_triggers"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.exit_trigger", "ExitTrigger")

    exit_triggers: list[ExitTrigger]
    """Live triggers on this position slot. Empty when none are set. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "exit_triggers": _t.ModelListField(
            "exit_triggers", f"{__package__}.exit_trigger", "ExitTrigger", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("exit_triggers")) is list:
            self.exit_triggers = _BUILD["exit_triggers"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("exit_triggers")

    def __init__(
        self,
        *,
        exit_triggers: list[ExitTrigger] | None | Unset = UNSET,
    ) -> None:
        """A GetExitTriggersResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("exit_triggers", exit_triggers)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "exit_triggers": _t.builder(GetExitTriggersResponse, "exit_triggers"),
}
