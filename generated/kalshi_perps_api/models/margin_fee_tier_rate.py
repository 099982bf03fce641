from __future__ import annotations

from typing import Any

from .. import types as _t
from ..models.margin_fee_tier_rate_fee_schedule import MarginFeeTierRateFeeSchedule
from ..types import UNSET, Unset

_MarginFeeTierRateFeeSchedule_get = _t.member_lookup(MarginFeeTierRateFeeSchedule)


class MarginFeeTierRate(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        fee_schedule (MarginFeeTierRateFeeSchedule): Fee schedule containing this tier. Required (reading raises
            MissingFieldError if absent).
        tier (int): Stable fee tier number within the indicated fee schedule. Existing numbers never change when
            the schedule is reshaped. Minimum: 0. Required (reading raises MissingFieldError if absent).
        maker_fee_rate (float): Maker fee rate as a decimal fraction of notional (e.g. 0.0005 = 0.05% = 5 bps).
            Required (reading raises MissingFieldError if absent).
        taker_fee_rate (float): Taker fee rate as a decimal fraction of notional (e.g. 0.0012 = 0.12% = 12 bps).
            Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "fee_schedule",
        "tier",
        "maker_fee_rate",
        "taker_fee_rate",
    )

    fee_schedule: MarginFeeTierRateFeeSchedule
    """Fee schedule containing this tier. Required (reading raises MissingFieldError if absent)."""

    tier: int
    """Stable fee tier number within the indicated fee schedule. Existing numbers never change when the schedule is
    reshaped. Minimum: 0. Required (reading raises MissingFieldError if absent)."""

    maker_fee_rate: float
    """Maker fee rate as a decimal fraction of notional (e.g. 0.0005 = 0.05% = 5 bps). Required (reading raises
    MissingFieldError if absent)."""

    taker_fee_rate: float
    """Taker fee rate as a decimal fraction of notional (e.g. 0.0012 = 0.12% = 12 bps). Required (reading raises
    MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "fee_schedule": _t.EnumField("fee_schedule", MarginFeeTierRateFeeSchedule, required=True),
        "tier": _t.IntField("tier", required=True),
        "maker_fee_rate": _t.FloatField("maker_fee_rate", required=True),
        "taker_fee_rate": _t.FloatField("taker_fee_rate", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        if (m := _MarginFeeTierRateFeeSchedule_get(v := g("fee_schedule"))) is not None:
            self.fee_schedule = m
        else:
            self._slow_field("fee_schedule")
        if type(v := g("tier")) is int:
            self.tier = v
        else:
            self._slow_field("tier")
        if type(v := g("maker_fee_rate")) is float:
            self.maker_fee_rate = v
        elif type(v) is int:
            self.maker_fee_rate = float(v)
        else:
            self._slow_field("maker_fee_rate")
        if type(v := g("taker_fee_rate")) is float:
            self.taker_fee_rate = v
        elif type(v) is int:
            self.taker_fee_rate = float(v)
        else:
            self._slow_field("taker_fee_rate")

    def __init__(
        self,
        *,
        fee_schedule: MarginFeeTierRateFeeSchedule | None | Unset = UNSET,
        tier: int | None | Unset = UNSET,
        maker_fee_rate: float | None | Unset = UNSET,
        taker_fee_rate: float | None | Unset = UNSET,
    ) -> None:
        """A MarginFeeTierRate from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("fee_schedule", fee_schedule)
        self._set("tier", tier)
        self._set("maker_fee_rate", maker_fee_rate)
        self._set("taker_fee_rate", taker_fee_rate)
