from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_funding_history_entry import MarginFundingHistoryEntry


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetMarginFundingHistoryResponse(_t.Page["MarginFundingHistoryEntry"], _t.ResponseModel):
    """A page of ``funding_history``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            funding_history (list[MarginFundingHistoryEntry]): Array of historical funding payment entries. Empty
                when absent or null.
    """

    __slots__ = ()
    items_field = "funding_history"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.margin_funding_history_entry", "MarginFundingHistoryEntry")

    funding_history: list[MarginFundingHistoryEntry] = _field(
        _t.ModelListField(
            "funding_history",
            f"{__package__}.margin_funding_history_entry",
            "MarginFundingHistoryEntry",
            required=True,
            empty=True,
        )
    )
    """Array of historical funding payment entries. Empty when absent or null."""

    def __init__(
        self,
        *,
        funding_history: list[MarginFundingHistoryEntry] | None | Unset = UNSET,
    ) -> None:
        """A GetMarginFundingHistoryResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("funding_history", funding_history)
