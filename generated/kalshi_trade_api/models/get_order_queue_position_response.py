from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetOrderQueuePositionResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        queue_position_fp (Decimal): The number of preceding shares before the order in the queue. Example:
            10.00. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    queue_position_fp: Decimal = _field(_t.DecimalField("queue_position_fp", required=True))
    """The number of preceding shares before the order in the queue. Example: 10.00. Required (reading raises
    MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("queue_position_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["queue_position_fp"] = x
            else:
                slow("queue_position_fp")
        elif v is not _M and v != "":
            slow("queue_position_fp")

    def __init__(
        self,
        *,
        queue_position_fp: Decimal | None | Unset = UNSET,
    ) -> None:
        """A GetOrderQueuePositionResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("queue_position_fp", queue_position_fp)
