from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_subtrader_group import MarginSubtraderGroup


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetMarginSubtraderGroupsResponse(_t.Page["MarginSubtraderGroup"], _t.ResponseModel):
    """A page of ``groups``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            groups (list[MarginSubtraderGroup]): Empty when absent or null.
    """

    __slots__ = ()
    items_field = "groups"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.margin_subtrader_group", "MarginSubtraderGroup")

    groups: list[MarginSubtraderGroup] = _field(
        _t.ModelListField(
            "groups", f"{__package__}.margin_subtrader_group", "MarginSubtraderGroup", required=True, empty=True
        )
    )
    """Empty when absent or null."""

    def __init__(
        self,
        *,
        groups: list[MarginSubtraderGroup] | None | Unset = UNSET,
    ) -> None:
        """A GetMarginSubtraderGroupsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("groups", groups)
