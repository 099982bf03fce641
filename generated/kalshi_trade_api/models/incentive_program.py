from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.incentive_program_incentive_type import IncentiveProgramIncentiveType
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_IncentiveProgramIncentiveType_get = _t.member_lookup(IncentiveProgramIncentiveType)


class IncentiveProgram(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Unique identifier for the incentive program. Required (reading raises MissingFieldError if
            absent).
        market_id (str): The unique identifier of the market associated with this incentive program. Required
            (reading raises MissingFieldError if absent).
        market_ticker (str): The ticker symbol of the market associated with this incentive program. Required
            (reading raises MissingFieldError if absent).
        incentive_type (IncentiveProgramIncentiveType): Type of incentive program. Required (reading raises
            MissingFieldError if absent).
        incentive_description (str): Plain text description of the incentive program. Required (reading raises
            MissingFieldError if absent).
        start_date (datetime.datetime): Start date of the incentive program. Required (reading raises
            MissingFieldError if absent).
        end_date (datetime.datetime): End date of the incentive program. Required (reading raises
            MissingFieldError if absent).
        period_reward (int): Total reward for the period in centi-cents. Required (reading raises
            MissingFieldError if absent).
        paid_out (bool): Whether the incentive has been paid out. Required (reading raises MissingFieldError if
            absent).
        discount_factor_bps (int): Discount factor in basis points (optional) Optional (None if absent).
        target_size_fp (Decimal): String representation of the target size for the incentive program (optional)
            Example: 10.00. Optional (None if absent).
        max_reward_per_account (int): Maximum reward per account in centi-cents (optional) Optional (None if
            absent).
    """

    __slots__ = (
        "id",
        "market_id",
        "market_ticker",
        "incentive_type",
        "incentive_description",
        "start_date",
        "end_date",
        "period_reward",
        "paid_out",
        "discount_factor_bps",
        "target_size_fp",
        "max_reward_per_account",
    )

    id: str
    """Unique identifier for the incentive program. Required (reading raises MissingFieldError if absent)."""

    market_id: str
    """The unique identifier of the market associated with this incentive program. Required (reading raises
    MissingFieldError if absent)."""

    market_ticker: str
    """The ticker symbol of the market associated with this incentive program. Required (reading raises
    MissingFieldError if absent)."""

    incentive_type: IncentiveProgramIncentiveType
    """Type of incentive program. Required (reading raises MissingFieldError if absent)."""

    incentive_description: str
    """Plain text description of the incentive program. Required (reading raises MissingFieldError if absent)."""

    start_date: datetime.datetime
    """Start date of the incentive program. Required (reading raises MissingFieldError if absent)."""

    end_date: datetime.datetime
    """End date of the incentive program. Required (reading raises MissingFieldError if absent)."""

    period_reward: int
    """Total reward for the period in centi-cents. Required (reading raises MissingFieldError if absent)."""

    paid_out: bool
    """Whether the incentive has been paid out. Required (reading raises MissingFieldError if absent)."""

    discount_factor_bps: int | None
    """Discount factor in basis points (optional) Optional (None if absent)."""

    target_size_fp: Decimal | None
    """String representation of the target size for the incentive program (optional) Example: 10.00. Optional (None
    if absent)."""

    max_reward_per_account: int | None
    """Maximum reward per account in centi-cents (optional) Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "market_id": _t.StrField("market_id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "incentive_type": _t.EnumField("incentive_type", IncentiveProgramIncentiveType, required=True),
        "incentive_description": _t.StrField("incentive_description", required=True),
        "start_date": _t.DateTimeField("start_date", required=True),
        "end_date": _t.DateTimeField("end_date", required=True),
        "period_reward": _t.IntField("period_reward", required=True),
        "paid_out": _t.BoolField("paid_out", required=True),
        "discount_factor_bps": _t.IntField("discount_factor_bps", nullable=True),
        "target_size_fp": _t.DecimalField("target_size_fp", nullable=True),
        "max_reward_per_account": _t.IntField("max_reward_per_account", nullable=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        raw = self._raw
        g = raw.get
        if next(iter(raw), None) is not _KEYS.first:  # another decoder's key objects: adopt them
            _KEYS.adopt(raw)
        (
            k_id,
            k_market_id,
            k_market_ticker,
            k_incentive_type,
            k_incentive_description,
            k_start_date,
            k_end_date,
            k_period_reward,
            k_paid_out,
            k_discount_factor_bps,
            k_target_size_fp,
            k_max_reward_per_account,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_id)) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g(k_market_id)) is str:
            self.market_id = v
        else:
            self._slow_field("market_id")
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if (m := _IncentiveProgramIncentiveType_get(v := g(k_incentive_type))) is not None:
            self.incentive_type = m
        else:
            self._slow_field("incentive_type")
        if type(v := g(k_incentive_description)) is str:
            self.incentive_description = v
        else:
            self._slow_field("incentive_description")
        if (t := _tc(v := g(k_start_date))) is not None:
            self.start_date = t
        elif isinstance(v, str):
            self.start_date = _nt(v)
        else:
            self._slow_field("start_date")
        if (t := _tc(v := g(k_end_date))) is not None:
            self.end_date = t
        elif isinstance(v, str):
            self.end_date = _nt(v)
        else:
            self._slow_field("end_date")
        if type(v := g(k_period_reward)) is int:
            self.period_reward = v
        else:
            self._slow_field("period_reward")
        if type(v := g(k_paid_out)) is bool:
            self.paid_out = v
        else:
            self._slow_field("paid_out")
        if type(v := g(k_discount_factor_bps)) is int:
            self.discount_factor_bps = v
        elif v is None:
            self.discount_factor_bps = None
        else:
            self._slow_field("discount_factor_bps")
        if (x := _dc(v := g(k_target_size_fp))) is not None:  # only text already parsed is in the cache
            self.target_size_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.target_size_fp = _nd(v)
        elif v is None or v == "":
            self.target_size_fp = None
        else:
            self._slow_field("target_size_fp")
        if type(v := g(k_max_reward_per_account)) is int:
            self.max_reward_per_account = v
        elif v is None:
            self.max_reward_per_account = None
        else:
            self._slow_field("max_reward_per_account")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        market_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        incentive_type: IncentiveProgramIncentiveType | None | Unset = UNSET,
        incentive_description: str | None | Unset = UNSET,
        start_date: datetime.datetime | None | Unset = UNSET,
        end_date: datetime.datetime | None | Unset = UNSET,
        period_reward: int | None | Unset = UNSET,
        paid_out: bool | None | Unset = UNSET,
        discount_factor_bps: int | None | Unset = UNSET,
        target_size_fp: Decimal | None | Unset = UNSET,
        max_reward_per_account: int | None | Unset = UNSET,
    ) -> None:
        """A IncentiveProgram from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("market_id", market_id)
        self._set("market_ticker", market_ticker)
        self._set("incentive_type", incentive_type)
        self._set("incentive_description", incentive_description)
        self._set("start_date", start_date)
        self._set("end_date", end_date)
        self._set("period_reward", period_reward)
        self._set("paid_out", paid_out)
        self._set("discount_factor_bps", discount_factor_bps)
        self._set("target_size_fp", target_size_fp)
        self._set("max_reward_per_account", max_reward_per_account)


_KEYS = _t.JsonKeys(*(field.key for field in IncentiveProgram._declared.values()))  # in _load_fast's order
