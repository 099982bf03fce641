from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class CreateOrderGroupResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        order_group_id (str): The unique identifier for the created order group. Required (reading raises
            MissingFieldError if absent).
        subaccount (int): Subaccount number that owns the created order group (0 for primary, 1-63 for
            subaccounts). Minimum: 0. Required (reading raises MissingFieldError if absent).
        exchange_index (int): Identifier for an exchange shard. Example: 0. Optional (None if absent).
    """

    __slots__ = ()

    order_group_id: str = _field(_t.StrField("order_group_id", required=True))
    """The unique identifier for the created order group. Required (reading raises MissingFieldError if absent)."""

    subaccount: int = _field(_t.IntField("subaccount", required=True))
    """Subaccount number that owns the created order group (0 for primary, 1-63 for subaccounts). Minimum: 0.
    Required (reading raises MissingFieldError if absent)."""

    exchange_index: int | None = _field(_t.IntField("exchange_index"))
    """Identifier for an exchange shard. Example: 0. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("order_group_id", _M)
        if type(v) is str:
            d["order_group_id"] = v
        elif v is not _M:
            slow("order_group_id")
        v = g("subaccount", _M)
        if type(v) is int:
            d["subaccount"] = v
        elif v is not _M:
            slow("subaccount")
        v = g("exchange_index", _M)
        if type(v) is int:
            d["exchange_index"] = v
        elif v is None:
            d["exchange_index"] = None
        elif v is not _M:
            slow("exchange_index")

    def __init__(
        self,
        *,
        order_group_id: str | None | Unset = UNSET,
        subaccount: int | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
    ) -> None:
        """A CreateOrderGroupResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("order_group_id", order_group_id)
        self._set("subaccount", subaccount)
        self._set("exchange_index", exchange_index)
