from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settlement_detail import SettlementDetail


class GetObligationSettlementDetailsResponse(_t.Page["SettlementDetail"], _t.ResponseModel):
    """A page of ``settlement_details``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            settlement_details (list[SettlementDetail]): Empty when absent or null.
            cursor (str): Opaque cursor; pass as the `cursor` query param to fetch the next page. Absent when there
                are no more results. Optional (None if absent).
    """

    __slots__ = (
        "settlement_details",
        "cursor",
    )
    items_field = "settlement_details"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.settlement_detail", "SettlementDetail")

    settlement_details: list[SettlementDetail]
    """Empty when absent or null."""

    cursor: str | None
    """Opaque cursor; pass as the `cursor` query param to fetch the next page. Absent when there are no more
    results. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "settlement_details": _t.ModelListField(
            "settlement_details", f"{__package__}.settlement_detail", "SettlementDetail", required=True, empty=True
        ),
        "cursor": _t.StrField("cursor"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("settlement_details")) is list:
            self.settlement_details = _BUILD["settlement_details"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("settlement_details")
        if type(v := g("cursor")) is str:
            self.cursor = v
        elif v is None:
            self.cursor = None
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        settlement_details: list[SettlementDetail] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetObligationSettlementDetailsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("settlement_details", settlement_details)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "settlement_details": _t.builder(GetObligationSettlementDetailsResponse, "settlement_details"),
}
