from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_class_settlement_estimate_group_breakdowns import AssetClassSettlementEstimateGroupBreakdowns
    from ..models.asset_class_settlement_estimate_subtrader_breakdowns import (
        AssetClassSettlementEstimateSubtraderBreakdowns,
    )
    from ..models.settlement_estimate import SettlementEstimate


_tc = _t.cached_datetime
_nt = _t.new_datetime


class AssetClassSettlementEstimate(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        user_breakdown (SettlementEstimate): Optional (None if absent).
        subtrader_breakdowns (AssetClassSettlementEstimateSubtraderBreakdowns): Map of subtrader ID to that
            portfolio's settlement estimate. Optional (None if absent).
        group_breakdowns (AssetClassSettlementEstimateGroupBreakdowns): Map of margin group ID to that
            portfolio's netted settlement estimate. Optional (None if absent).
        omitted_subtrader_count (int): Number of subtraders omitted from subtrader_breakdowns. Their amounts are
            still included in user_breakdown. Optional (None if absent).
        omitted_group_count (int): Number of groups omitted from group_breakdowns. Their amounts are still
            included in user_breakdown. Optional (None if absent).
        next_runtime (datetime.datetime): Next settlement time for this asset class. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = (
        "user_breakdown",
        "subtrader_breakdowns",
        "group_breakdowns",
        "omitted_subtrader_count",
        "omitted_group_count",
        "next_runtime",
    )

    user_breakdown: SettlementEstimate | None
    """Optional (None if absent)."""

    subtrader_breakdowns: AssetClassSettlementEstimateSubtraderBreakdowns | None
    """Map of subtrader ID to that portfolio's settlement estimate. Optional (None if absent)."""

    group_breakdowns: AssetClassSettlementEstimateGroupBreakdowns | None
    """Map of margin group ID to that portfolio's netted settlement estimate. Optional (None if absent)."""

    omitted_subtrader_count: int | None
    """Number of subtraders omitted from subtrader_breakdowns. Their amounts are still included in user_breakdown.
    Optional (None if absent)."""

    omitted_group_count: int | None
    """Number of groups omitted from group_breakdowns. Their amounts are still included in user_breakdown. Optional
    (None if absent)."""

    next_runtime: datetime.datetime
    """Next settlement time for this asset class. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "user_breakdown": _t.ModelField("user_breakdown", f"{__package__}.settlement_estimate", "SettlementEstimate"),
        "subtrader_breakdowns": _t.ModelField(
            "subtrader_breakdowns",
            f"{__package__}.asset_class_settlement_estimate_subtrader_breakdowns",
            "AssetClassSettlementEstimateSubtraderBreakdowns",
        ),
        "group_breakdowns": _t.ModelField(
            "group_breakdowns",
            f"{__package__}.asset_class_settlement_estimate_group_breakdowns",
            "AssetClassSettlementEstimateGroupBreakdowns",
        ),
        "omitted_subtrader_count": _t.IntField("omitted_subtrader_count"),
        "omitted_group_count": _t.IntField("omitted_group_count"),
        "next_runtime": _t.DateTimeField("next_runtime", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("user_breakdown")) is dict:
            self.user_breakdown = _BUILD["user_breakdown"](v)
        elif v is None:
            self.user_breakdown = None
        else:
            self._slow_field("user_breakdown")
        if type(v := g("subtrader_breakdowns")) is dict:
            self.subtrader_breakdowns = _BUILD["subtrader_breakdowns"](v)
        elif v is None:
            self.subtrader_breakdowns = None
        else:
            self._slow_field("subtrader_breakdowns")
        if type(v := g("group_breakdowns")) is dict:
            self.group_breakdowns = _BUILD["group_breakdowns"](v)
        elif v is None:
            self.group_breakdowns = None
        else:
            self._slow_field("group_breakdowns")
        if type(v := g("omitted_subtrader_count")) is int:
            self.omitted_subtrader_count = v
        elif v is None:
            self.omitted_subtrader_count = None
        else:
            self._slow_field("omitted_subtrader_count")
        if type(v := g("omitted_group_count")) is int:
            self.omitted_group_count = v
        elif v is None:
            self.omitted_group_count = None
        else:
            self._slow_field("omitted_group_count")
        if (t := _tc(v := g("next_runtime"))) is not None:
            self.next_runtime = t
        elif isinstance(v, str):
            self.next_runtime = _nt(v)
        else:
            self._slow_field("next_runtime")

    def __init__(
        self,
        *,
        user_breakdown: SettlementEstimate | None | Unset = UNSET,
        subtrader_breakdowns: AssetClassSettlementEstimateSubtraderBreakdowns | None | Unset = UNSET,
        group_breakdowns: AssetClassSettlementEstimateGroupBreakdowns | None | Unset = UNSET,
        omitted_subtrader_count: int | None | Unset = UNSET,
        omitted_group_count: int | None | Unset = UNSET,
        next_runtime: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A AssetClassSettlementEstimate from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("user_breakdown", user_breakdown)
        self._set("subtrader_breakdowns", subtrader_breakdowns)
        self._set("group_breakdowns", group_breakdowns)
        self._set("omitted_subtrader_count", omitted_subtrader_count)
        self._set("omitted_group_count", omitted_group_count)
        self._set("next_runtime", next_runtime)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "user_breakdown": _t.builder(AssetClassSettlementEstimate, "user_breakdown"),
    "subtrader_breakdowns": _t.builder(AssetClassSettlementEstimate, "subtrader_breakdowns"),
    "group_breakdowns": _t.builder(AssetClassSettlementEstimate, "group_breakdowns"),
}
