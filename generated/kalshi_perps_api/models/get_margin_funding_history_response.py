from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_funding_history_entry import MarginFundingHistoryEntry


class GetMarginFundingHistoryResponse(_t.Page["MarginFundingHistoryEntry"], _t.ResponseModel):
    """A page of ``funding_history``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            funding_history (list[MarginFundingHistoryEntry]): Array of historical funding payment entries. Empty
                when absent or null.
    """

    __slots__ = ("funding_history",)
    items_field = "funding_history"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.margin_funding_history_entry", "MarginFundingHistoryEntry")

    funding_history: list[MarginFundingHistoryEntry]
    """Array of historical funding payment entries. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "funding_history": _t.ModelListField(
            "funding_history",
            f"{__package__}.margin_funding_history_entry",
            "MarginFundingHistoryEntry",
            required=True,
            empty=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("funding_history")) is list:
            self.funding_history = _BUILD["funding_history"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("funding_history")

    def __init__(
        self,
        *,
        funding_history: list[MarginFundingHistoryEntry] | None | Unset = UNSET,
    ) -> None:
        """A GetMarginFundingHistoryResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("funding_history", funding_history)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "funding_history": _t.builder(GetMarginFundingHistoryResponse, "funding_history"),
}
