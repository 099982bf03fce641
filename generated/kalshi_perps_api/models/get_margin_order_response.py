from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_order import MarginOrder


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetMarginOrderResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        order (MarginOrder): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    order: MarginOrder = _field(_t.ModelField("order", f"{__package__}.margin_order", "MarginOrder", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    def __init__(
        self,
        *,
        order: MarginOrder | None | Unset = UNSET,
    ) -> None:
        """A GetMarginOrderResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("order", order)
