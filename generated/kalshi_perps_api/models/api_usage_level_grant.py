from __future__ import annotations

from typing import Any

from .. import types as _t
from ..models.exchange_instance import ExchangeInstance
from ..types import UNSET, Unset


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
