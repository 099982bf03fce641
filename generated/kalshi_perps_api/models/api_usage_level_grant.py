from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..models.exchange_instance import ExchangeInstance
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class ApiUsageLevelGrant(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        exchange_instance (ExchangeInstance): The exchange instance type. Required (reading raises
            MissingFieldError if absent).
        level (str): API usage level this grant confers (e.g. premier, paragon, prime). Required (reading raises
            MissingFieldError if absent).
        expires_ts (int): Unix timestamp (seconds) when the grant expires. Absent for permanent grants. Optional
            (None if absent).
        source (str): How the grant was created: "volume" (earned from trading volume) or "manual" (assigned by
            Kalshi). Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    exchange_instance: ExchangeInstance = _field(_t.EnumField("exchange_instance", ExchangeInstance, required=True))
    """The exchange instance type. Required (reading raises MissingFieldError if absent)."""

    level: str = _field(_t.StrField("level", required=True))
    """API usage level this grant confers (e.g. premier, paragon, prime). Required (reading raises
    MissingFieldError if absent)."""

    expires_ts: int | None = _field(_t.IntField("expires_ts", nullable=True))
    """Unix timestamp (seconds) when the grant expires. Absent for permanent grants. Optional (None if absent)."""

    source: str = _field(_t.StrField("source", required=True))
    """How the grant was created: "volume" (earned from trading volume) or "manual" (assigned by Kalshi). Required
    (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("exchange_instance", _M)
        m = ExchangeInstance._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["exchange_instance"] = m
        elif v is not _M:
            slow("exchange_instance")
        v = g("level", _M)
        if type(v) is str:
            d["level"] = v
        elif v is not _M:
            slow("level")
        v = g("expires_ts", _M)
        if type(v) is int:
            d["expires_ts"] = v
        elif v is None:
            d["expires_ts"] = None
        elif v is not _M:
            slow("expires_ts")
        v = g("source", _M)
        if type(v) is str:
            d["source"] = v
        elif v is not _M:
            slow("source")

    def __init__(
        self,
        *,
        exchange_instance: ExchangeInstance | None | Unset = UNSET,
        level: str | None | Unset = UNSET,
        expires_ts: int | None | Unset = UNSET,
        source: str | None | Unset = UNSET,
    ) -> None:
        """A ApiUsageLevelGrant from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("exchange_instance", exchange_instance)
        self._set("level", level)
        self._set("expires_ts", expires_ts)
        self._set("source", source)
