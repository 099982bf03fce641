from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class AccountApiUsageLevelVolumeGoal(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        level (str): API usage level for this Predictions volume goal. Example: expert. Required (reading raises
            MissingFieldError if absent).
        earn_volume_goal_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to
            as "fp" in field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses
            always emit 2 decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity
            is 0.01 contracts. Example: 10.00. Required (reading raises MissingFieldError if absent).
        keep_volume_goal_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to
            as "fp" in field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses
            always emit 2 decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity
            is 0.01 contracts. Example: 10.00. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "level",
        "earn_volume_goal_fp",
        "keep_volume_goal_fp",
    )

    level: str
    """API usage level for this Predictions volume goal. Example: expert. Required (reading raises
    MissingFieldError if absent)."""

    earn_volume_goal_fp: Decimal
    """Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field names). Requests
    accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals. Fractional
    contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example: 10.00.
    Required (reading raises MissingFieldError if absent)."""

    keep_volume_goal_fp: Decimal
    """Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field names). Requests
    accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals. Fractional
    contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example: 10.00.
    Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "level": _t.StrField("level", required=True),
        "earn_volume_goal_fp": _t.DecimalField("earn_volume_goal_fp", required=True),
        "keep_volume_goal_fp": _t.DecimalField("keep_volume_goal_fp", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("level")) is str:
            self.level = v
        else:
            self._slow_field("level")
        if (x := _dc(v := g("earn_volume_goal_fp"))) is not None:  # only text already parsed is in the cache
            self.earn_volume_goal_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.earn_volume_goal_fp = _nd(v)
        else:
            self._slow_field("earn_volume_goal_fp")
        if (x := _dc(v := g("keep_volume_goal_fp"))) is not None:  # only text already parsed is in the cache
            self.keep_volume_goal_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.keep_volume_goal_fp = _nd(v)
        else:
            self._slow_field("keep_volume_goal_fp")

    def __init__(
        self,
        *,
        level: str | None | Unset = UNSET,
        earn_volume_goal_fp: Decimal | None | Unset = UNSET,
        keep_volume_goal_fp: Decimal | None | Unset = UNSET,
    ) -> None:
        """A AccountApiUsageLevelVolumeGoal from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("level", level)
        self._set("earn_volume_goal_fp", earn_volume_goal_fp)
        self._set("keep_volume_goal_fp", keep_volume_goal_fp)
