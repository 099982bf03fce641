from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse


_dc = _t.cached_decimal
_nd = _t.new_decimal


class BatchCreateOrdersV2ResponseOrdersItem(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        order_id (str): Optional (None if absent).
        client_order_id (str): Optional (None if absent).
        fill_count (Decimal): Number of contracts filled immediately upon placement. Example: 10.00. Optional
            (None if absent).
        remaining_count (Decimal): Number of contracts remaining after placement. Example: 10.00. Optional (None
            if absent).
        average_fill_price (Decimal): Volume-weighted average fill price. Only present when fill_count > 0.
            Example: 0.5600. Optional (None if absent).
        average_fee_paid (Decimal): Volume-weighted average fee paid per contract. Only present when fill_count
            > 0. Example: 0.5600. Optional (None if absent).
        ts_ms (int): Matching engine timestamp at which the order was processed, as Unix epoch milliseconds.
            Absent when the request errored. Optional (None if absent).
        error (ErrorResponse): Optional (None if absent).
    """

    __slots__ = (
        "order_id",
        "client_order_id",
        "fill_count",
        "remaining_count",
        "average_fill_price",
        "average_fee_paid",
        "ts_ms",
        "error",
    )

    order_id: str | None
    """Optional (None if absent)."""

    client_order_id: str | None
    """Optional (None if absent)."""

    fill_count: Decimal | None
    """Number of contracts filled immediately upon placement. Example: 10.00. Optional (None if absent)."""

    remaining_count: Decimal | None
    """Number of contracts remaining after placement. Example: 10.00. Optional (None if absent)."""

    average_fill_price: Decimal | None
    """Volume-weighted average fill price. Only present when fill_count > 0. Example: 0.5600. Optional (None if
    absent)."""

    average_fee_paid: Decimal | None
    """Volume-weighted average fee paid per contract. Only present when fill_count > 0. Example: 0.5600. Optional
    (None if absent)."""

    ts_ms: int | None
    """Matching engine timestamp at which the order was processed, as Unix epoch milliseconds. Absent when the
    request errored. Optional (None if absent)."""

    error: ErrorResponse | None
    """Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "order_id": _t.StrField("order_id"),
        "client_order_id": _t.StrField("client_order_id", nullable=True),
        "fill_count": _t.DecimalField("fill_count", nullable=True),
        "remaining_count": _t.DecimalField("remaining_count", nullable=True),
        "average_fill_price": _t.DecimalField("average_fill_price", nullable=True),
        "average_fee_paid": _t.DecimalField("average_fee_paid", nullable=True),
        "ts_ms": _t.IntField("ts_ms", nullable=True),
        "error": _t.ModelField("error", f"{__package__}.error_response", "ErrorResponse", nullable=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        raw = self._raw
        g = raw.get
        if next(iter(raw), None) is not _KEYS.first:  # another decoder's key objects: adopt them
            _KEYS.adopt(raw)
        (
            k_order_id,
            k_client_order_id,
            k_fill_count,
            k_remaining_count,
            k_average_fill_price,
            k_average_fee_paid,
            k_ts_ms,
            k_error,
        ) = _KEYS.keys
        if type(v := g(k_order_id)) is str:
            self.order_id = v
        elif v is None:
            self.order_id = None
        else:
            self._slow_field("order_id")
        if type(v := g(k_client_order_id)) is str:
            self.client_order_id = v
        elif v is None:
            self.client_order_id = None
        else:
            self._slow_field("client_order_id")
        if (x := _dc(v := g(k_fill_count))) is not None:  # only text already parsed is in the cache
            self.fill_count = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.fill_count = _nd(v)
        elif v is None or v == "":
            self.fill_count = None
        else:
            self._slow_field("fill_count")
        if (x := _dc(v := g(k_remaining_count))) is not None:  # only text already parsed is in the cache
            self.remaining_count = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.remaining_count = _nd(v)
        elif v is None or v == "":
            self.remaining_count = None
        else:
            self._slow_field("remaining_count")
        if (x := _dc(v := g(k_average_fill_price))) is not None:  # only text already parsed is in the cache
            self.average_fill_price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.average_fill_price = _nd(v)
        elif v is None or v == "":
            self.average_fill_price = None
        else:
            self._slow_field("average_fill_price")
        if (x := _dc(v := g(k_average_fee_paid))) is not None:  # only text already parsed is in the cache
            self.average_fee_paid = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.average_fee_paid = _nd(v)
        elif v is None or v == "":
            self.average_fee_paid = None
        else:
            self._slow_field("average_fee_paid")
        if type(v := g(k_ts_ms)) is int:
            self.ts_ms = v
        elif v is None:
            self.ts_ms = None
        else:
            self._slow_field("ts_ms")
        if type(v := g(k_error)) is dict:
            self.error = _BUILD["error"](v)
        elif v is None:
            self.error = None
        else:
            self._slow_field("error")

    def __init__(
        self,
        *,
        order_id: str | None | Unset = UNSET,
        client_order_id: str | None | Unset = UNSET,
        fill_count: Decimal | None | Unset = UNSET,
        remaining_count: Decimal | None | Unset = UNSET,
        average_fill_price: Decimal | None | Unset = UNSET,
        average_fee_paid: Decimal | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
        error: ErrorResponse | None | Unset = UNSET,
    ) -> None:
        """A BatchCreateOrdersV2ResponseOrdersItem from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("order_id", order_id)
        self._set("client_order_id", client_order_id)
        self._set("fill_count", fill_count)
        self._set("remaining_count", remaining_count)
        self._set("average_fill_price", average_fill_price)
        self._set("average_fee_paid", average_fee_paid)
        self._set("ts_ms", ts_ms)
        self._set("error", error)


_KEYS = _t.JsonKeys(
    *(field.key for field in BatchCreateOrdersV2ResponseOrdersItem._declared.values())
)  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "error": _t.builder(BatchCreateOrdersV2ResponseOrdersItem, "error"),
}
