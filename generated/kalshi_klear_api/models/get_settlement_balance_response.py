from __future__ import annotations

from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetSettlementBalanceResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        user_id (str): Required (reading raises MissingFieldError if absent).
        balance_available_centicents (int): Settlement buffer balance. Required (reading raises
            MissingFieldError if absent).
        locked_balance_centicents (int): Locked settlement balance (e.g. pending withdrawals). Optional (None if
            absent).
    """

    __slots__ = ()

    user_id: str = _field(_t.StrField("user_id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    balance_available_centicents: int = _field(_t.IntField("balance_available_centicents", required=True))
    """Settlement buffer balance. Required (reading raises MissingFieldError if absent)."""

    locked_balance_centicents: int | None = _field(_t.IntField("locked_balance_centicents"))
    """Locked settlement balance (e.g. pending withdrawals). Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("user_id")) is str:
            d["user_id"] = v
        else:
            self._slow_field("user_id")
        if type(v := g("balance_available_centicents")) is int:
            d["balance_available_centicents"] = v
        else:
            self._slow_field("balance_available_centicents")
        if type(v := g("locked_balance_centicents")) is int:
            d["locked_balance_centicents"] = v
        elif v is None:
            d["locked_balance_centicents"] = None
        else:
            self._slow_field("locked_balance_centicents")

    def __init__(
        self,
        *,
        user_id: str | None | Unset = UNSET,
        balance_available_centicents: int | None | Unset = UNSET,
        locked_balance_centicents: int | None | Unset = UNSET,
    ) -> None:
        """A GetSettlementBalanceResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("user_id", user_id)
        self._set("balance_available_centicents", balance_available_centicents)
        self._set("locked_balance_centicents", locked_balance_centicents)
