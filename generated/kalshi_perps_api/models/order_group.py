from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class OrderGroup(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Unique identifier for the order group. Required (reading raises MissingFieldError if absent).
        contracts_limit_fp (Decimal): String representation of the current maximum contracts allowed over a
            rolling 15-second window. Example: 10.00. Optional (None if absent).
        is_auto_cancel_enabled (bool): Whether auto-cancel is enabled for this order group. Required (reading
            raises MissingFieldError if absent).
        exchange_index (int): Identifier for an exchange shard. Defaults to 0 if unspecified. Example: 0.
            Optional (None if absent).
    """

    __slots__ = (
        "id",
        "contracts_limit_fp",
        "is_auto_cancel_enabled",
        "exchange_index",
    )

    id: str
    """Unique identifier for the order group. Required (reading raises MissingFieldError if absent)."""

    contracts_limit_fp: Decimal | None
    """String representation of the current maximum contracts allowed over a rolling 15-second window. Example:
    10.00. Optional (None if absent)."""

    is_auto_cancel_enabled: bool
    """Whether auto-cancel is enabled for this order group. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int | None
    """Identifier for an exchange shard. Defaults to 0 if unspecified. Example: 0. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "contracts_limit_fp": _t.DecimalField("contracts_limit_fp"),
        "is_auto_cancel_enabled": _t.BoolField("is_auto_cancel_enabled", required=True),
        "exchange_index": _t.IntField("exchange_index"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("id")) is str:
            self.id = v
        else:
            self._slow_field("id")
        if (x := _dc(v := g("contracts_limit_fp"))) is not None:  # only text already parsed is in the cache
            self.contracts_limit_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.contracts_limit_fp = _nd(v)
        elif v is None or v == "":
            self.contracts_limit_fp = None
        else:
            self._slow_field("contracts_limit_fp")
        if type(v := g("is_auto_cancel_enabled")) is bool:
            self.is_auto_cancel_enabled = v
        else:
            self._slow_field("is_auto_cancel_enabled")
        if type(v := g("exchange_index")) is int:
            self.exchange_index = v
        elif v is None:
            self.exchange_index = None
        else:
            self._slow_field("exchange_index")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        contracts_limit_fp: Decimal | None | Unset = UNSET,
        is_auto_cancel_enabled: bool | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
    ) -> None:
        """A OrderGroup from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("contracts_limit_fp", contracts_limit_fp)
        self._set("is_auto_cancel_enabled", is_auto_cancel_enabled)
        self._set("exchange_index", exchange_index)
