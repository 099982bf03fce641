from __future__ import annotations

from typing import Any

from .. import types as _t
from ..models.exchange_instance import ExchangeInstance
from ..types import UNSET, Unset

_ExchangeInstance_get = _t.member_lookup(ExchangeInstance)


class ApiUsageLevelGrant(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        exchange_instance (ExchangeInstance): The exchange instance type. Required (reading raises
            MissingFieldError if absent).
        level (str): API usage level this grant confers (for example, expert, premier, paragon, prime, or
            prestige). Example: prestige. Required (reading raises MissingFieldError if absent).
        expires_ts (int): Unix timestamp (seconds) when the grant expires. Absent for permanent grants. Optional
            (None if absent).
        source (str): How the grant was created: "volume" (earned from trading volume) or "manual" (assigned by
            Kalshi). Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "exchange_instance",
        "level",
        "expires_ts",
        "source",
    )

    exchange_instance: ExchangeInstance
    """The exchange instance type. Required (reading raises MissingFieldError if absent)."""

    level: str
    """API usage level this grant confers (for example, expert, premier, paragon, prime, or prestige). Example:
    prestige. Required (reading raises MissingFieldError if absent)."""

    expires_ts: int | None
    """Unix timestamp (seconds) when the grant expires. Absent for permanent grants. Optional (None if absent)."""

    source: str
    """How the grant was created: "volume" (earned from trading volume) or "manual" (assigned by Kalshi). Required
    (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "exchange_instance": _t.EnumField("exchange_instance", ExchangeInstance, required=True),
        "level": _t.StrField("level", required=True),
        "expires_ts": _t.IntField("expires_ts", nullable=True),
        "source": _t.StrField("source", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        if (m := _ExchangeInstance_get(v := g("exchange_instance"))) is not None:
            self.exchange_instance = m
        else:
            self._slow_field("exchange_instance")
        if type(v := g("level")) is str:
            self.level = v
        else:
            self._slow_field("level")
        if type(v := g("expires_ts")) is int:
            self.expires_ts = v
        elif v is None:
            self.expires_ts = None
        else:
            self._slow_field("expires_ts")
        if type(v := g("source")) is str:
            self.source = v
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
