from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class ExchangeIndexStatus(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        exchange_index (int): Identifier for an exchange shard. Example: 0. Required (reading raises
            MissingFieldError if absent).
        description (str): Description of this exchange shard. Required (reading raises MissingFieldError if
            absent).
        exchange_active (bool): False if this exchange index is no longer taking any state changes at all. True
            unless under maintenance. Required (reading raises MissingFieldError if absent).
        trading_active (bool): True if trading is currently permitted on this exchange index. False outside
            exchange hours or during pauses. Required (reading raises MissingFieldError if absent).
        intra_exchange_transfers_active (bool): True if intra-exchange transfers are currently permitted on this
            exchange index. False when transfers are temporarily blocked. Required (reading raises MissingFieldError
            if absent).
    """

    __slots__ = (
        "exchange_index",
        "description",
        "exchange_active",
        "trading_active",
        "intra_exchange_transfers_active",
    )

    exchange_index: int
    """Identifier for an exchange shard. Example: 0. Required (reading raises MissingFieldError if absent)."""

    description: str
    """Description of this exchange shard. Required (reading raises MissingFieldError if absent)."""

    exchange_active: bool
    """False if this exchange index is no longer taking any state changes at all. True unless under maintenance.
    Required (reading raises MissingFieldError if absent)."""

    trading_active: bool
    """True if trading is currently permitted on this exchange index. False outside exchange hours or during
    pauses. Required (reading raises MissingFieldError if absent)."""

    intra_exchange_transfers_active: bool
    """True if intra-exchange transfers are currently permitted on this exchange index. False when transfers are
    temporarily blocked. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "exchange_index": _t.IntField("exchange_index", required=True),
        "description": _t.StrField("description", required=True),
        "exchange_active": _t.BoolField("exchange_active", required=True),
        "trading_active": _t.BoolField("trading_active", required=True),
        "intra_exchange_transfers_active": _t.BoolField("intra_exchange_transfers_active", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("exchange_index")) is int:
            self.exchange_index = v
        else:
            self._slow_field("exchange_index")
        if type(v := g("description")) is str:
            self.description = v
        else:
            self._slow_field("description")
        if type(v := g("exchange_active")) is bool:
            self.exchange_active = v
        else:
            self._slow_field("exchange_active")
        if type(v := g("trading_active")) is bool:
            self.trading_active = v
        else:
            self._slow_field("trading_active")
        if type(v := g("intra_exchange_transfers_active")) is bool:
            self.intra_exchange_transfers_active = v
        else:
            self._slow_field("intra_exchange_transfers_active")

    def __init__(
        self,
        *,
        exchange_index: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        exchange_active: bool | None | Unset = UNSET,
        trading_active: bool | None | Unset = UNSET,
        intra_exchange_transfers_active: bool | None | Unset = UNSET,
    ) -> None:
        """A ExchangeIndexStatus from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("exchange_index", exchange_index)
        self._set("description", description)
        self._set("exchange_active", exchange_active)
        self._set("trading_active", trading_active)
        self._set("intra_exchange_transfers_active", intra_exchange_transfers_active)
