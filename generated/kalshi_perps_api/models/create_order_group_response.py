from __future__ import annotations

from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


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
        exchange_index (int): Identifier for an exchange shard. Defaults to 0 if unspecified. Example: 0.
            Optional (None if absent).
    """

    __slots__ = ()

    order_group_id: str = _field(_t.StrField("order_group_id", required=True))
    """The unique identifier for the created order group. Required (reading raises MissingFieldError if absent)."""

    subaccount: int = _field(_t.IntField("subaccount", required=True))
    """Subaccount number that owns the created order group (0 for primary, 1-63 for subaccounts). Minimum: 0.
    Required (reading raises MissingFieldError if absent)."""

    exchange_index: int | None = _field(_t.IntField("exchange_index"))
    """Identifier for an exchange shard. Defaults to 0 if unspecified. Example: 0. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("order_group_id")) is str:
            d["order_group_id"] = v
        else:
            self._slow_field("order_group_id")
        if type(v := g("subaccount")) is int:
            d["subaccount"] = v
        else:
            self._slow_field("subaccount")
        if type(v := g("exchange_index")) is int:
            d["exchange_index"] = v
        elif v is None:
            d["exchange_index"] = None
        else:
            self._slow_field("exchange_index")

    def __init__(
        self,
        *,
        order_group_id: str | None | Unset = UNSET,
        subaccount: int | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
    ) -> None:
        """A CreateOrderGroupResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("order_group_id", order_group_id)
        self._set("subaccount", subaccount)
        self._set("exchange_index", exchange_index)
