from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.maintenance_margin_detail import MaintenanceMarginDetail


class GetObligationMaintenanceMarginDetailsResponse(_t.Page["MaintenanceMarginDetail"], _t.ResponseModel):
    """A page of ``maintenance_margin_details``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            maintenance_margin_details (list[MaintenanceMarginDetail]): Empty when absent or null.
            cursor (str): Opaque cursor; pass as the `cursor` query param to fetch the next page. Absent when there
                are no more results. Optional (None if absent).
    """

    __slots__ = (
        "maintenance_margin_details",
        "cursor",
    )
    items_field = "maintenance_margin_details"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.maintenance_margin_detail", "MaintenanceMarginDetail")

    maintenance_margin_details: list[MaintenanceMarginDetail]
    """Empty when absent or null."""

    cursor: str | None
    """Opaque cursor; pass as the `cursor` query param to fetch the next page. Absent when there are no more
    results. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "maintenance_margin_details": _t.ModelListField(
            "maintenance_margin_details",
            f"{__package__}.maintenance_margin_detail",
            "MaintenanceMarginDetail",
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
        if type(v := g("maintenance_margin_details")) is list:
            self.maintenance_margin_details = _BUILD["maintenance_margin_details"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("maintenance_margin_details")
        if type(v := g("cursor")) is str:
            self.cursor = v
        elif v is None:
            self.cursor = None
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        maintenance_margin_details: list[MaintenanceMarginDetail] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetObligationMaintenanceMarginDetailsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("maintenance_margin_details", maintenance_margin_details)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "maintenance_margin_details": _t.builder(
        GetObligationMaintenanceMarginDetailsResponse, "maintenance_margin_details"
    ),
}
