from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class AmendOrderV2Response(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        order_id (str): Required (reading raises MissingFieldError if absent).
        client_order_id (str): Optional (None if absent).
        remaining_count (Decimal): Number of resting contracts remaining after the amend. This is the actual
            post-amend resting quantity, not the request's total/max fillable count. Only present when the amend
            caused a fill or changed the resting size. Example: 10.00. Optional (None if absent).
        fill_count (Decimal): Number of contracts filled as a result of the amend crossing the book. Only
            present when fills occurred or remaining size changed. Example: 10.00. Optional (None if absent).
        average_fill_price (Decimal): Volume-weighted average fill price for fills resulting from the amend.
            Only present when fills occurred. Example: 0.5600. Optional (None if absent).
        average_fee_paid (Decimal): Volume-weighted average fee paid per contract for fills resulting from the
            amend. Only present when fills occurred. Example: 0.5600. Optional (None if absent).
        ts_ms (int): Matching engine timestamp at which the amend was processed, as Unix epoch milliseconds.
            Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "order_id",
        "client_order_id",
        "remaining_count",
        "fill_count",
        "average_fill_price",
        "average_fee_paid",
        "ts_ms",
    )

    order_id: str
    """Required (reading raises MissingFieldError if absent)."""

    client_order_id: str | None
    """Optional (None if absent)."""

    remaining_count: Decimal | None
    """Number of resting contracts remaining after the amend. This is the actual post-amend resting quantity, not
    the request's total/max fillable count. Only present when the amend caused a fill or changed the resting
    size. Example: 10.00. Optional (None if absent)."""

    fill_count: Decimal | None
    """Number of contracts filled as a result of the amend crossing the book. Only present when fills occurred or
    remaining size changed. Example: 10.00. Optional (None if absent)."""

    average_fill_price: Decimal | None
    """Volume-weighted average fill price for fills resulting from the amend. Only present when fills occurred.
    Example: 0.5600. Optional (None if absent)."""

    average_fee_paid: Decimal | None
    """Volume-weighted average fee paid per contract for fills resulting from the amend. Only present when fills
    occurred. Example: 0.5600. Optional (None if absent)."""

    ts_ms: int
    """Matching engine timestamp at which the amend was processed, as Unix epoch milliseconds. Required (reading
    raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "order_id": _t.StrField("order_id", required=True),
        "client_order_id": _t.StrField("client_order_id"),
        "remaining_count": _t.DecimalField("remaining_count", nullable=True),
        "fill_count": _t.DecimalField("fill_count", nullable=True),
        "average_fill_price": _t.DecimalField("average_fill_price", nullable=True),
        "average_fee_paid": _t.DecimalField("average_fee_paid", nullable=True),
        "ts_ms": _t.IntField("ts_ms", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("order_id")) is str:
            self.order_id = v
        else:
            self._slow_field("order_id")
        if type(v := g("client_order_id")) is str:
            self.client_order_id = v
        elif v is None:
            self.client_order_id = None
        else:
            self._slow_field("client_order_id")
        if (x := _dc(v := g("remaining_count"))) is not None:  # only text already parsed is in the cache
            self.remaining_count = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.remaining_count = _nd(v)
        elif v is None or v == "":
            self.remaining_count = None
        else:
            self._slow_field("remaining_count")
        if (x := _dc(v := g("fill_count"))) is not None:  # only text already parsed is in the cache
            self.fill_count = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.fill_count = _nd(v)
        elif v is None or v == "":
            self.fill_count = None
        else:
            self._slow_field("fill_count")
        if (x := _dc(v := g("average_fill_price"))) is not None:  # only text already parsed is in the cache
            self.average_fill_price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.average_fill_price = _nd(v)
        elif v is None or v == "":
            self.average_fill_price = None
        else:
            self._slow_field("average_fill_price")
        if (x := _dc(v := g("average_fee_paid"))) is not None:  # only text already parsed is in the cache
            self.average_fee_paid = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.average_fee_paid = _nd(v)
        elif v is None or v == "":
            self.average_fee_paid = None
        else:
            self._slow_field("average_fee_paid")
        if type(v := g("ts_ms")) is int:
            self.ts_ms = v
        else:
            self._slow_field("ts_ms")

    def __init__(
        self,
        *,
        order_id: str | None | Unset = UNSET,
        client_order_id: str | None | Unset = UNSET,
        remaining_count: Decimal | None | Unset = UNSET,
        fill_count: Decimal | None | Unset = UNSET,
        average_fill_price: Decimal | None | Unset = UNSET,
        average_fee_paid: Decimal | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
    ) -> None:
        """A AmendOrderV2Response from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("order_id", order_id)
        self._set("client_order_id", client_order_id)
        self._set("remaining_count", remaining_count)
        self._set("fill_count", fill_count)
        self._set("average_fill_price", average_fill_price)
        self._set("average_fee_paid", average_fee_paid)
        self._set("ts_ms", ts_ms)
