from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_api_usage_level_volume_goal import AccountApiUsageLevelVolumeGoal


_dc = _t.cached_decimal
_nd = _t.new_decimal


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

    __slots__ = (
        "computed_ts",
        "trailing_30d_volume_fp",
        "goals",
    )

    computed_ts: int
    """Unix timestamp (seconds) when this progress was computed; trailing_30d_volume_fp covers the trailing 30 days
    ending at this time. Required (reading raises MissingFieldError if absent)."""

    trailing_30d_volume_fp: Decimal
    """Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field names). Requests
    accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals. Fractional
    contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example: 10.00.
    Required (reading raises MissingFieldError if absent)."""

    goals: list[AccountApiUsageLevelVolumeGoal]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "computed_ts": _t.IntField("computed_ts", required=True),
        "trailing_30d_volume_fp": _t.DecimalField("trailing_30d_volume_fp", required=True),
        "goals": _t.ModelListField(
            "goals",
            f"{__package__}.account_api_usage_level_volume_goal",
            "AccountApiUsageLevelVolumeGoal",
            required=True,
            empty=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("computed_ts")) is int:
            self.computed_ts = v
        else:
            self._slow_field("computed_ts")
        if (x := _dc(v := g("trailing_30d_volume_fp"))) is not None:  # only text already parsed is in the cache
            self.trailing_30d_volume_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.trailing_30d_volume_fp = _nd(v)
        else:
            self._slow_field("trailing_30d_volume_fp")
        if type(v := g("goals")) is list:
            self.goals = _BUILD["goals"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("goals")

    def __init__(
        self,
        *,
        computed_ts: int | None | Unset = UNSET,
        trailing_30d_volume_fp: Decimal | None | Unset = UNSET,
        goals: list[AccountApiUsageLevelVolumeGoal] | None | Unset = UNSET,
    ) -> None:
        """A AccountApiUsageLevelVolumeProgress from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("computed_ts", computed_ts)
        self._set("trailing_30d_volume_fp", trailing_30d_volume_fp)
        self._set("goals", goals)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "goals": _t.builder(AccountApiUsageLevelVolumeProgress, "goals"),
}
