from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class TargetBalanceAllocation(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        exchange_index (int): Exchange index that receives this percentage of sweepable balance. Minimum: 0.
            Required (reading raises MissingFieldError if absent).
        percent (int): Target percentage of sweepable balance for the exchange index. Minimum: 0. Maximum: 100.
            Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "exchange_index",
        "percent",
    )

    exchange_index: int
    """Exchange index that receives this percentage of sweepable balance. Minimum: 0. Required (reading raises
    MissingFieldError if absent)."""

    percent: int
    """Target percentage of sweepable balance for the exchange index. Minimum: 0. Maximum: 100. Required (reading
    raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "exchange_index": _t.IntField("exchange_index", required=True),
        "percent": _t.IntField("percent", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("exchange_index")) is int:
            self.exchange_index = v
        else:
            self._slow_field("exchange_index")
        if type(v := g("percent")) is int:
            self.percent = v
        else:
            self._slow_field("percent")

    def __init__(
        self,
        *,
        exchange_index: int | None | Unset = UNSET,
        percent: int | None | Unset = UNSET,
    ) -> None:
        """A TargetBalanceAllocation from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("exchange_index", exchange_index)
        self._set("percent", percent)
