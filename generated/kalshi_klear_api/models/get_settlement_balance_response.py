from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class GetSettlementBalanceResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        user_id (str): Required (reading raises MissingFieldError if absent).
        balance_available_centicents (int): Settlement buffer balance. Required (reading raises
            MissingFieldError if absent).
        locked_balance_centicents (int): Locked settlement balance (e.g. pending withdrawals). Optional (None if
            absent).
    """

    __slots__ = (
        "user_id",
        "balance_available_centicents",
        "locked_balance_centicents",
    )

    user_id: str
    """Required (reading raises MissingFieldError if absent)."""

    balance_available_centicents: int
    """Settlement buffer balance. Required (reading raises MissingFieldError if absent)."""

    locked_balance_centicents: int | None
    """Locked settlement balance (e.g. pending withdrawals). Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "user_id": _t.StrField("user_id", required=True),
        "balance_available_centicents": _t.IntField("balance_available_centicents", required=True),
        "locked_balance_centicents": _t.IntField("locked_balance_centicents"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("user_id")) is str:
            self.user_id = v
        else:
            self._slow_field("user_id")
        if type(v := g("balance_available_centicents")) is int:
            self.balance_available_centicents = v
        else:
            self._slow_field("balance_available_centicents")
        if type(v := g("locked_balance_centicents")) is int:
            self.locked_balance_centicents = v
        elif v is None:
            self.locked_balance_centicents = None
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
