from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


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

    __slots__ = (
        "order_group_id",
        "subaccount",
        "exchange_index",
    )

    order_group_id: str
    """The unique identifier for the created order group. Required (reading raises MissingFieldError if absent)."""

    subaccount: int
    """Subaccount number that owns the created order group (0 for primary, 1-63 for subaccounts). Minimum: 0.
    Required (reading raises MissingFieldError if absent)."""

    exchange_index: int | None
    """Identifier for an exchange shard. Defaults to 0 if unspecified. Example: 0. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "order_group_id": _t.StrField("order_group_id", required=True),
        "subaccount": _t.IntField("subaccount", required=True),
        "exchange_index": _t.IntField("exchange_index"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("order_group_id")) is str:
            self.order_group_id = v
        else:
            self._slow_field("order_group_id")
        if type(v := g("subaccount")) is int:
            self.subaccount = v
        else:
            self._slow_field("subaccount")
        if type(v := g("exchange_index")) is int:
            self.exchange_index = v
        elif v is None:
            self.exchange_index = None
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
