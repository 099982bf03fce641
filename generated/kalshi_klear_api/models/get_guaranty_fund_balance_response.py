from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetGuarantyFundBalanceResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        user_id (str): Required (reading raises MissingFieldError if absent).
        amount_centicents (int): Guaranty fund contribution balance. Zero when no contribution has been made
            yet. Required (reading raises MissingFieldError if absent).
        updated_ts (datetime.datetime): Timestamp of the most recent contribution entry. Required (reading
            raises MissingFieldError if absent).
    """

    __slots__ = ()

    user_id: str = _field(_t.StrField("user_id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    amount_centicents: int = _field(_t.IntField("amount_centicents", required=True))
    """Guaranty fund contribution balance. Zero when no contribution has been made yet. Required (reading raises
    MissingFieldError if absent)."""

    updated_ts: datetime.datetime = _field(_t.DateTimeField("updated_ts", required=True))
    """Timestamp of the most recent contribution entry. Required (reading raises MissingFieldError if absent)."""

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
        if type(v := g("amount_centicents")) is int:
            d["amount_centicents"] = v
        else:
            self._slow_field("amount_centicents")
        if (t := _tc(v := g("updated_ts"))) is not None:
            d["updated_ts"] = t
        elif isinstance(v, str):
            d["updated_ts"] = _nt(v)
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
