from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    order_id: str = _field(_t.StrField("order_id", required=True))
    """The order ID identifying which order this entry corresponds to. Required (reading raises MissingFieldError
    if absent)."""

    client_order_id: str | None = _field(_t.StrField("client_order_id", nullable=True))
    """Optional (None if absent)."""

    reduced_by: Decimal = _field(_t.DecimalField("reduced_by", required=True))
    """Number of contracts that were canceled (i.e. the remaining count at time of cancellation). Zero if the
    cancel errored. Example: 10.00. Required (reading raises MissingFieldError if absent)."""

    ts_ms: int | None = _field(_t.IntField("ts_ms", nullable=True))
    """Matching engine timestamp at which the cancellation was processed, as Unix epoch milliseconds. Absent when
    the cancel errored. Optional (None if absent)."""

    error: ErrorResponse | None = _field(
        _t.ModelField("error", f"{__package__}.error_response", "ErrorResponse", nullable=True)
    )
    """Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("order_id", _M)
        if type(v) is str:
            d["order_id"] = v
        elif v is not _M:
            slow("order_id")
        v = g("client_order_id", _M)
        if type(v) is str:
            d["client_order_id"] = v
        elif v is None:
            d["client_order_id"] = None
        elif v is not _M:
            slow("client_order_id")
        v = g("reduced_by", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["reduced_by"] = x
            else:
                slow("reduced_by")
        elif v is not _M and v != "":
            slow("reduced_by")
        v = g("ts_ms", _M)
        if type(v) is int:
            d["ts_ms"] = v
        elif v is None:
            d["ts_ms"] = None
        elif v is not _M:
            slow("ts_ms")
        v = g("error", _M)
        if type(v) is dict:
            d["error"] = _convert["error"](v)
        elif v is None:
            d["error"] = None
        elif v is not _M:
            slow("error")

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
        self._set("order_id", order_id)
        self._set("client_order_id", client_order_id)
        self._set("reduced_by", reduced_by)
        self._set("ts_ms", ts_ms)
        self._set("error", error)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "error": BatchCancelOrdersV2ResponseOrdersItem.__dict__["error"].convert,
}
