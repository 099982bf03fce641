from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settlement_balance_history_entry import SettlementBalanceHistoryEntry


class GetSettlementBalanceHistoryResponse(_t.Page["SettlementBalanceHistoryEntry"], _t.ResponseModel):
    """A page of ``entries``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            entries (list[SettlementBalanceHistoryEntry]): Empty when absent or null.
            cursor (str): Pass as the `cursor` query param to fetch the next page. Absent when there are no more
                results. Optional (None if absent).
    """

    __slots__ = (
        "entries",
        "cursor",
    )
    items_field = "entries"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.settlement_balance_history_entry", "SettlementBalanceHistoryEntry")

    entries: list[SettlementBalanceHistoryEntry]
    """Empty when absent or null."""

    cursor: str | None
    """Pass as the `cursor` query param to fetch the next page. Absent when there are no more results. Optional
    (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "entries": _t.ModelListField(
            "entries",
            f"{__package__}.settlement_balance_history_entry",
            "SettlementBalanceHistoryEntry",
            required=True,
            empty=True,
        ),
        "cursor": _t.StrField("cursor"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("entries")) is list:
            self.entries = _BUILD["entries"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("entries")
        if type(v := g("cursor")) is str:
            self.cursor = v
        elif v is None:
            self.cursor = None
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        entries: list[SettlementBalanceHistoryEntry] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetSettlementBalanceHistoryResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("entries", entries)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "entries": _t.builder(GetSettlementBalanceHistoryResponse, "entries"),
}
