from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.structured_target import StructuredTarget


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetStructuredTargetsResponse(_t.Page["StructuredTarget"], _t.ResponseModel):
    """A page of ``structured_targets``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            structured_targets (list[StructuredTarget]): Empty when absent or null.
            cursor (str): Pagination cursor for the next page. Empty if there are no more results. Optional (None if
                absent).
    """

    __slots__ = ()
    items_field = "structured_targets"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.structured_target", "StructuredTarget")

    structured_targets: list[StructuredTarget] = _field(
        _t.ModelListField("structured_targets", f"{__package__}.structured_target", "StructuredTarget", empty=True)
    )
    """Empty when absent or null."""

    cursor: str | None = _field(_t.StrField("cursor"))
    """Pagination cursor for the next page. Empty if there are no more results. Optional (None if absent)."""

    def __init__(
        self,
        *,
        structured_targets: list[StructuredTarget] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetStructuredTargetsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("structured_targets", structured_targets)
        self._set("cursor", cursor)
