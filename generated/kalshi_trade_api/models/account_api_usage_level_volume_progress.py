from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_api_usage_level_volume_goal import AccountApiUsageLevelVolumeGoal


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class AccountApiUsageLevelVolumeProgress(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        computed_ts (int): Unix timestamp (seconds) when this progress was computed; trailing_30d_volume_fp
            covers the trailing 30 days ending at this time. Required (reading raises MissingFieldError if absent).
        trailing_30d_volume_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred
            to as "fp" in field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses
            always emit 2 decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity
            is 0.01 contracts. Example: 10.00. Required (reading raises MissingFieldError if absent).
        goals (list[AccountApiUsageLevelVolumeGoal]): Empty when absent or null.
    """

    __slots__ = ()

    computed_ts: int = _field(_t.IntField("computed_ts", required=True))
    """Unix timestamp (seconds) when this progress was computed; trailing_30d_volume_fp covers the trailing 30 days
    ending at this time. Required (reading raises MissingFieldError if absent)."""

    trailing_30d_volume_fp: Decimal = _field(_t.DecimalField("trailing_30d_volume_fp", required=True))
    """Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field names). Requests
    accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals. Fractional
    contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example: 10.00.
    Required (reading raises MissingFieldError if absent)."""

    goals: list[AccountApiUsageLevelVolumeGoal] = _field(
        _t.ModelListField(
            "goals",
            f"{__package__}.account_api_usage_level_volume_goal",
            "AccountApiUsageLevelVolumeGoal",
            required=True,
            empty=True,
        )
    )
    """Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("computed_ts", _M)
        if type(v) is int:
            d["computed_ts"] = v
        elif v is not _M:
            slow("computed_ts")
        v = g("trailing_30d_volume_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["trailing_30d_volume_fp"] = x
            else:
                slow("trailing_30d_volume_fp")
        elif v is not _M and v != "":
            slow("trailing_30d_volume_fp")
        v = g("goals", _M)
        if type(v) is list:
            d["goals"] = _convert["goals"](v)
        elif v is not _M:
            slow("goals")

    def __init__(
        self,
        *,
        computed_ts: int | None | Unset = UNSET,
        trailing_30d_volume_fp: Decimal | None | Unset = UNSET,
        goals: list[AccountApiUsageLevelVolumeGoal] | None | Unset = UNSET,
    ) -> None:
        """A AccountApiUsageLevelVolumeProgress from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("computed_ts", computed_ts)
        self._set("trailing_30d_volume_fp", trailing_30d_volume_fp)
        self._set("goals", goals)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "goals": AccountApiUsageLevelVolumeProgress.__dict__["goals"].convert,
}
