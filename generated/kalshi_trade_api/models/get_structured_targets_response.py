from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.structured_target import StructuredTarget


class GetStructuredTargetsResponse(_t.Page["StructuredTarget"], _t.ResponseModel):
    """A page of ``structured_targets``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            structured_targets (list[StructuredTarget]): Empty when absent or null.
            cursor (str): Pagination cursor for the next page. Empty if there are no more results. Optional (None if
                absent).
    """

    __slots__ = (
        "structured_targets",
        "cursor",
    )
    items_field = "structured_targets"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.structured_target", "StructuredTarget")

    structured_targets: list[StructuredTarget]
    """Empty when absent or null."""

    cursor: str | None
    """Pagination cursor for the next page. Empty if there are no more results. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "structured_targets": _t.ModelListField(
            "structured_targets", f"{__package__}.structured_target", "StructuredTarget", empty=True
        ),
        "cursor": _t.StrField("cursor"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("structured_targets")) is list:
            self.structured_targets = _BUILD["structured_targets"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("structured_targets")
        if type(v := g("cursor")) is str:
            self.cursor = v
        elif v is None:
            self.cursor = None
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        structured_targets: list[StructuredTarget] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetStructuredTargetsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("structured_targets", structured_targets)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "structured_targets": _t.builder(GetStructuredTargetsResponse, "structured_targets"),
}
