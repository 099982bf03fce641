from __future__ import annotations

import datetime

from .. import types as _t
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime


class GetGuarantyFundBalanceResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        user_id (str): Required (reading raises MissingFieldError if absent).
        amount_centicents (int): Guaranty fund contribution balance. Zero when no contribution has been made
            yet. Required (reading raises MissingFieldError if absent).
        updated_ts (datetime.datetime): Timestamp of the most recent contribution entry. Required (reading
            raises MissingFieldError if absent).
    """

    __slots__ = (
        "user_id",
        "amount_centicents",
        "updated_ts",
    )

    user_id: str
    """Required (reading raises MissingFieldError if absent)."""

    amount_centicents: int
    """Guaranty fund contribution balance. Zero when no contribution has been made yet. Required (reading raises
    MissingFieldError if absent)."""

    updated_ts: datetime.datetime
    """Timestamp of the most recent contribution entry. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "user_id": _t.StrField("user_id", required=True),
        "amount_centicents": _t.IntField("amount_centicents", required=True),
        "updated_ts": _t.DateTimeField("updated_ts", required=True),
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
        if type(v := g("amount_centicents")) is int:
            self.amount_centicents = v
        else:
            self._slow_field("amount_centicents")
        if (t := _tc(v := g("updated_ts"))) is not None:
            self.updated_ts = t
        elif isinstance(v, str):
            self.updated_ts = _nt(v)
        else:
            self._slow_field("updated_ts")

    def __init__(
        self,
        *,
        user_id: str | None | Unset = UNSET,
        amount_centicents: int | None | Unset = UNSET,
        updated_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A GetGuarantyFundBalanceResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("user_id", user_id)
        self._set("amount_centicents", amount_centicents)
        self._set("updated_ts", updated_ts)
