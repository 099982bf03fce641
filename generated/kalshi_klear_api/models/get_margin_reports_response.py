from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_report import MarginReport


class GetMarginReportsResponse(_t.Page["MarginReport"], _t.ResponseModel):
    """A page of ``reports``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            reports (list[MarginReport]): Empty when absent or null.
    """

    __slots__ = ("reports",)
    items_field = "reports"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.margin_report", "MarginReport")

    reports: list[MarginReport]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "reports": _t.ModelListField(
            "reports", f"{__package__}.margin_report", "MarginReport", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("reports")) is list:
            self.reports = _BUILD["reports"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("reports")

    def __init__(
        self,
        *,
        reports: list[MarginReport] | None | Unset = UNSET,
    ) -> None:
        """A GetMarginReportsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("reports", reports)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "reports": _t.builder(GetMarginReportsResponse, "reports"),
}
