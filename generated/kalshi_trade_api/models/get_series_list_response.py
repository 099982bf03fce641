from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.series import Series


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetSeriesListResponse(_t.Page["Series"], _t.ResponseModel):
    """A page of ``series``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            series (list[Series]): Empty when absent or null.
    """

    __slots__ = ()
    items_field = "series"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.series", "Series")

    series: list[Series] = _field(
        _t.ModelListField("series", f"{__package__}.series", "Series", required=True, empty=True)
    )
    """Empty when absent or null."""

    def __init__(
        self,
        *,
        series: list[Series] | None | Unset = UNSET,
    ) -> None:
        """A GetSeriesListResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("series", series)
