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


class MarginMarketSchedule(_t.ResponseModel):
    """Current market trading schedule. Null for markets that trade 24/7.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            is_open (bool): Whether the market is currently open for trading. Required (reading raises
                MissingFieldError if absent).
            next_close_ts (int): Unix timestamp in seconds for the next scheduled close. Null while closed. Required
                (reading raises MissingFieldError if absent).
            next_open_ts (int): Unix timestamp in seconds for the next scheduled open. Null while open. Required
                (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    is_open: bool = _field(_t.BoolField("is_open", required=True))
    """Whether the market is currently open for trading. Required (reading raises MissingFieldError if absent)."""

    next_close_ts: int | None = _field(_t.IntField("next_close_ts", required=True, nullable=True))
    """Unix timestamp in seconds for the next scheduled close. Null while closed. Required (reading raises
    MissingFieldError if absent)."""

    next_open_ts: int | None = _field(_t.IntField("next_open_ts", required=True, nullable=True))
    """Unix timestamp in seconds for the next scheduled open. Null while open. Required (reading raises
    MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("is_open", _M)
        if type(v) is bool:
            d["is_open"] = v
        elif v is not _M:
            slow("is_open")
        v = g("next_close_ts", _M)
        if type(v) is int:
            d["next_close_ts"] = v
        elif v is None:
            d["next_close_ts"] = None
        elif v is not _M:
            slow("next_close_ts")
        v = g("next_open_ts", _M)
        if type(v) is int:
            d["next_open_ts"] = v
        elif v is None:
            d["next_open_ts"] = None
        elif v is not _M:
            slow("next_open_ts")

    def __init__(
        self,
        *,
        is_open: bool | None | Unset = UNSET,
        next_close_ts: int | None | Unset = UNSET,
        next_open_ts: int | None | Unset = UNSET,
    ) -> None:
        """A MarginMarketSchedule from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("is_open", is_open)
        self._set("next_close_ts", next_close_ts)
        self._set("next_open_ts", next_open_ts)
