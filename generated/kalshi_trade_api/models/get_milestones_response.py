from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.milestone import Milestone


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetMilestonesResponse(_t.Page["Milestone"], _t.ResponseModel):
    """A page of ``milestones``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            milestones (list[Milestone]): List of milestones. Empty when absent or null.
            cursor (str): Cursor for pagination. Optional (None if absent).
    """

    __slots__ = ()
    items_field = "milestones"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.milestone", "Milestone")

    milestones: list[Milestone] = _field(
        _t.ModelListField("milestones", f"{__package__}.milestone", "Milestone", required=True, empty=True)
    )
    """List of milestones. Empty when absent or null."""

    cursor: str | None = _field(_t.StrField("cursor"))
    """Cursor for pagination. Optional (None if absent)."""

    def __init__(
        self,
        *,
        milestones: list[Milestone] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetMilestonesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("milestones", milestones)
        self._set("cursor", cursor)
