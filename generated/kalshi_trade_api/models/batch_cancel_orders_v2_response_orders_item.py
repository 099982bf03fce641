from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse


_dc = _t.cached_decimal
_nd = _t.new_decimal


class BatchCancelOrdersV2ResponseOrdersItem(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        order_id (str): The order ID identifying which order this entry corresponds to. Required (reading raises
            MissingFieldError if absent).
        client_order_id (str): Optional (None if absent).
        reduced_by (Decimal): Number of contracts that were canceled (i.e. the remaining count at time of
            cancellation). Zero if the cancel errored. Example: 10.00. Required (reading raises MissingFieldError if
            absent).
        ts_ms (int): Matching engine timestamp at which the cancellation was processed, as Unix epoch
            milliseconds. Absent when the cancel errored. Optional (None if absent).
        error (ErrorResponse): Optional (None if absent).
    """

    __slots__ = (
        "order_id",
        "client_order_id",
        "reduced_by",
        "ts_ms",
        "error",
    )

    order_id: str
    """The order ID identifying which order this entry corresponds to. Required (reading raises MissingFieldError
    if absent)."""

    client_order_id: str | None
    """Optional (None if absent)."""

    reduced_by: Decimal
    """Number of contracts that were canceled (i.e. the remaining count at time of cancellation). Zero if the
    cancel errored. Example: 10.00. Required (reading raises MissingFieldError if absent)."""

    ts_ms: int | None
    """Matching engine timestamp at which the cancellation was processed, as Unix epoch milliseconds. Absent when
    the cancel errored. Optional (None if absent)."""

    error: ErrorResponse | None
    """Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "order_id": _t.StrField("order_id", required=True),
        "client_order_id": _t.StrField("client_order_id", nullable=True),
        "reduced_by": _t.DecimalField("reduced_by", required=True),
        "ts_ms": _t.IntField("ts_ms", nullable=True),
        "error": _t.ModelField("error", f"{__package__}.error_response", "ErrorResponse", nullable=True),
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
        if (x := _dc(v := g("reduced_by"))) is not None:  # only text already parsed is in the cache
            self.reduced_by = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.reduced_by = _nd(v)
        else:
            self._slow_field("reduced_by")
        if type(v := g("ts_ms")) is int:
            self.ts_ms = v
        elif v is None:
            self.ts_ms = None
        else:
            self._slow_field("ts_ms")
        if type(v := g("error")) is dict:
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
        reduced_by: Decimal | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
        error: ErrorResponse | None | Unset = UNSET,
    ) -> None:
        """A BatchCancelOrdersV2ResponseOrdersItem from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("order_id", order_id)
        self._set("client_order_id", client_order_id)
        self._set("reduced_by", reduced_by)
        self._set("ts_ms", ts_ms)
        self._set("error", error)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "error": _t.builder(BatchCancelOrdersV2ResponseOrdersItem, "error"),
}
