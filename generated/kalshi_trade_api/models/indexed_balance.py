from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class IndexedBalance(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        exchange_index (int): Identifier for an exchange shard. Example: 0. Required (reading raises
            MissingFieldError if absent).
        balance (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
            "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by
            that market's price level structure. Example: 0.5600. Required (reading raises MissingFieldError if
            absent).
    """

    __slots__ = (
        "exchange_index",
        "balance",
    )

    exchange_index: int
    """Identifier for an exchange shard. Example: 0. Required (reading raises MissingFieldError if absent)."""

    balance: Decimal
    """Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56", "0.5600");
    responses emit up to 6. Valid quote intervals for a given market are constrained by that market's price
    level structure. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "exchange_index": _t.IntField("exchange_index", required=True),
        "balance": _t.DecimalField("balance", required=True),
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
        if (x := _dc(v := g("balance"))) is not None:  # only text already parsed is in the cache
            self.balance = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.balance = _nd(v)
        else:
            self._slow_field("balance")

    def __init__(
        self,
        *,
        exchange_index: int | None | Unset = UNSET,
        balance: Decimal | None | Unset = UNSET,
    ) -> None:
        """A IndexedBalance from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("exchange_index", exchange_index)
        self._set("balance", balance)
