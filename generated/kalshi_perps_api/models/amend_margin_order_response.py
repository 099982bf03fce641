from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


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

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("order_id")) is str:
            d["order_id"] = v
        else:
            self._slow_field("order_id")
        if type(v := g("client_order_id")) is str:
            d["client_order_id"] = v
        elif v is None:
            d["client_order_id"] = None
        else:
            self._slow_field("client_order_id")
        if (x := _dc(v := g("remaining_count"))) is not None:  # only text already parsed is in the cache
            d["remaining_count"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["remaining_count"] = _nd(v)
        elif v is None or v == "":
            d["remaining_count"] = None
        else:
            self._slow_field("remaining_count")
        if (x := _dc(v := g("fill_count"))) is not None:  # only text already parsed is in the cache
            d["fill_count"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["fill_count"] = _nd(v)
        elif v is None or v == "":
            d["fill_count"] = None
        else:
            self._slow_field("fill_count")
        if (x := _dc(v := g("average_fill_price"))) is not None:  # only text already parsed is in the cache
            d["average_fill_price"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["average_fill_price"] = _nd(v)
        elif v is None or v == "":
            d["average_fill_price"] = None
        else:
            self._slow_field("average_fill_price")
        if (x := _dc(v := g("average_fee_paid"))) is not None:  # only text already parsed is in the cache
            d["average_fee_paid"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["average_fee_paid"] = _nd(v)
        elif v is None or v == "":
            d["average_fee_paid"] = None
        else:
            self._slow_field("average_fee_paid")

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
        self._done = None
        self._set("order_id", order_id)
        self._set("client_order_id", client_order_id)
        self._set("remaining_count", remaining_count)
        self._set("fill_count", fill_count)
        self._set("average_fill_price", average_fill_price)
        self._set("average_fee_paid", average_fee_paid)
