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


class DecreaseMarginOrderResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        order_id (str): Required (reading raises MissingFieldError if absent).
        client_order_id (str): Optional (None if absent).
        remaining_count (Decimal): Number of contracts remaining after the decrease. Example: 10.00. Required
            (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    order_id: str = _field(_t.StrField("order_id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    client_order_id: str | None = _field(_t.StrField("client_order_id"))
    """Optional (None if absent)."""

    remaining_count: Decimal = _field(_t.DecimalField("remaining_count", required=True))
    """Number of contracts remaining after the decrease. Example: 10.00. Required (reading raises MissingFieldError
    if absent)."""

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
        else:
            self._slow_field("remaining_count")

    def __init__(
        self,
        *,
        order_id: str | None | Unset = UNSET,
        client_order_id: str | None | Unset = UNSET,
        remaining_count: Decimal | None | Unset = UNSET,
    ) -> None:
        """A DecreaseMarginOrderResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("order_id", order_id)
        self._set("client_order_id", client_order_id)
        self._set("remaining_count", remaining_count)
