from __future__ import annotations

from typing import Any

from .. import types as _t
from ..models.exchange_instance import ExchangeInstance
from ..types import UNSET, Unset

_ExchangeInstance_get = ExchangeInstance._value2member_map_.get


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
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if (m := _ExchangeInstance_get(v := g("exchange_instance"))) is not None:
            d["exchange_instance"] = m
        else:
            self._slow_field("exchange_instance")
        if type(v := g("level")) is str:
            d["level"] = v
        else:
            self._slow_field("level")
        if type(v := g("expires_ts")) is int:
            d["expires_ts"] = v
        elif v is None:
            d["expires_ts"] = None
        else:
            self._slow_field("expires_ts")
        if type(v := g("source")) is str:
            d["source"] = v
        else:
            self._slow_field("source")

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
        self._done = None
        self._set("exchange_instance", exchange_instance)
        self._set("level", level)
        self._set("expires_ts", expires_ts)
        self._set("source", source)
