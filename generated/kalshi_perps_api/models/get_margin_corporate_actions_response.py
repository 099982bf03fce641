from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_corporate_action import MarginCorporateAction


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetMarginCorporateActionsResponse(_t.Page["MarginCorporateAction"], _t.ResponseModel):
    """A page of ``corporate_actions``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            corporate_actions (list[MarginCorporateAction]): Empty when absent or null.
    """

    __slots__ = ()
    items_field = "corporate_actions"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.margin_corporate_action", "MarginCorporateAction")

    corporate_actions: list[MarginCorporateAction] = _field(
        _t.ModelListField(
            "corporate_actions",
            f"{__package__}.margin_corporate_action",
            "MarginCorporateAction",
            required=True,
            empty=True,
        )
    )
    """Empty when absent or null."""

    def __init__(
        self,
        *,
        corporate_actions: list[MarginCorporateAction] | None | Unset = UNSET,
    ) -> None:
        """A GetMarginCorporateActionsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("corporate_actions", corporate_actions)
