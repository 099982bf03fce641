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


class OrderQueuePosition(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        order_id (str): The order ID. Required (reading raises MissingFieldError if absent).
        market_ticker (str): The market ticker. Required (reading raises MissingFieldError if absent).
        queue_position_fp (Decimal): The number of preceding shares before the order in the queue. Example:
            10.00. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    order_id: str = _field(_t.StrField("order_id", required=True))
    """The order ID. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """The market ticker. Required (reading raises MissingFieldError if absent)."""

    queue_position_fp: Decimal = _field(_t.DecimalField("queue_position_fp", required=True))
    """The number of preceding shares before the order in the queue. Example: 10.00. Required (reading raises
    MissingFieldError if absent)."""

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
        if type(v := g("market_ticker")) is str:
            d["market_ticker"] = v
        else:
            self._slow_field("market_ticker")
        if (x := _dc(v := g("queue_position_fp"))) is not None:  # only text already parsed is in the cache
            d["queue_position_fp"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["queue_position_fp"] = _nd(v)
        else:
            self._slow_field("queue_position_fp")

    def __init__(
        self,
        *,
        order_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        queue_position_fp: Decimal | None | Unset = UNSET,
    ) -> None:
        """A OrderQueuePosition from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("order_id", order_id)
        self._set("market_ticker", market_ticker)
        self._set("queue_position_fp", queue_position_fp)
