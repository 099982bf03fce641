from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class AmendMarginOrderResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        order_id (str): Required (reading raises MissingFieldError if absent).
        client_order_id (str): Optional (None if absent).
        remaining_count (Decimal): Number of contracts remaining after the amend. Only present when the amend
            caused a fill or changed the resting size. Example: 10.00. Optional (None if absent).
        fill_count (Decimal): Number of contracts filled as a result of the amend crossing the book. Only
            present when fills occurred or remaining size changed. Example: 10.00. Optional (None if absent).
        average_fill_price (Decimal): Volume-weighted average fill price for fills resulting from the amend.
            Only present when fills occurred. Example: 0.5600. Optional (None if absent).
        average_fee_paid (Decimal): Volume-weighted average fee paid per contract for fills resulting from the
            amend. Only present when fills occurred. Example: 0.5600. Optional (None if absent).
    """

    __slots__ = ()

    order_id: str = _field(_t.StrField("order_id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    client_order_id: str | None = _field(_t.StrField("client_order_id"))
    """Optional (None if absent)."""

    remaining_count: Decimal | None = _field(_t.DecimalField("remaining_count", nullable=True))
    """Number of contracts remaining after the amend. Only present when the amend caused a fill or changed the
    resting size. Example: 10.00. Optional (None if absent)."""

    fill_count: Decimal | None = _field(_t.DecimalField("fill_count", nullable=True))
    """Number of contracts filled as a result of the amend crossing the book. Only present when fills occurred or
    remaining size changed. Example: 10.00. Optional (None if absent)."""

    average_fill_price: Decimal | None = _field(_t.DecimalField("average_fill_price", nullable=True))
    """Volume-weighted average fill price for fills resulting from the amend. Only present when fills occurred.
    Example: 0.5600. Optional (None if absent)."""

    average_fee_paid: Decimal | None = _field(_t.DecimalField("average_fee_paid", nullable=True))
    """Volume-weighted average fee paid per contract for fills resulting from the amend. Only present when fills
    occurred. Example: 0.5600. Optional (None if absent)."""

    def __init__(
        self,
        *,
        order_id: str | None | Unset = UNSET,
        client_order_id: str | None | Unset = UNSET,
        remaining_count: Decimal | None | Unset = UNSET,
        fill_count: Decimal | None | Unset = UNSET,
        average_fill_price: Decimal | None | Unset = UNSET,
        average_fee_paid: Decimal | None | Unset = UNSET,
    ) -> None:
        """A AmendMarginOrderResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("order_id", order_id)
        self._set("client_order_id", client_order_id)
        self._set("remaining_count", remaining_count)
        self._set("fill_count", fill_count)
        self._set("average_fill_price", average_fill_price)
        self._set("average_fee_paid", average_fee_paid)
