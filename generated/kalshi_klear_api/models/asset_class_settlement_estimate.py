from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_class_settlement_estimate_group_breakdowns import AssetClassSettlementEstimateGroupBreakdowns
    from ..models.asset_class_settlement_estimate_subtrader_breakdowns import (
        AssetClassSettlementEstimateSubtraderBreakdowns,
    )
    from ..models.settlement_estimate import SettlementEstimate


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    user_breakdown: SettlementEstimate | None = _field(
        _t.ModelField("user_breakdown", f"{__package__}.settlement_estimate", "SettlementEstimate")
    )
    """Optional (None if absent)."""

    subtrader_breakdowns: AssetClassSettlementEstimateSubtraderBreakdowns | None = _field(
        _t.ModelField(
            "subtrader_breakdowns",
            f"{__package__}.asset_class_settlement_estimate_subtrader_breakdowns",
            "AssetClassSettlementEstimateSubtraderBreakdowns",
        )
    )
    """Map of subtrader ID to that portfolio's settlement estimate. Optional (None if absent)."""

    group_breakdowns: AssetClassSettlementEstimateGroupBreakdowns | None = _field(
        _t.ModelField(
            "group_breakdowns",
            f"{__package__}.asset_class_settlement_estimate_group_breakdowns",
            "AssetClassSettlementEstimateGroupBreakdowns",
        )
    )
    """Map of margin group ID to that portfolio's netted settlement estimate. Optional (None if absent)."""

    omitted_subtrader_count: int | None = _field(_t.IntField("omitted_subtrader_count"))
    """Number of subtraders omitted from subtrader_breakdowns. Their amounts are still included in user_breakdown.
    Optional (None if absent)."""

    omitted_group_count: int | None = _field(_t.IntField("omitted_group_count"))
    """Number of groups omitted from group_breakdowns. Their amounts are still included in user_breakdown. Optional
    (None if absent)."""

    next_runtime: datetime.datetime = _field(_t.DateTimeField("next_runtime", required=True))
    """Next settlement time for this asset class. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("user_breakdown", _M)
        if type(v) is dict:
            d["user_breakdown"] = _convert["user_breakdown"](v)
        elif v is None:
            d["user_breakdown"] = None
        elif v is not _M:
            slow("user_breakdown")
        v = g("subtrader_breakdowns", _M)
        if type(v) is dict:
            d["subtrader_breakdowns"] = _convert["subtrader_breakdowns"](v)
        elif v is None:
            d["subtrader_breakdowns"] = None
        elif v is not _M:
            slow("subtrader_breakdowns")
        v = g("group_breakdowns", _M)
        if type(v) is dict:
            d["group_breakdowns"] = _convert["group_breakdowns"](v)
        elif v is None:
            d["group_breakdowns"] = None
        elif v is not _M:
            slow("group_breakdowns")
        v = g("omitted_subtrader_count", _M)
        if type(v) is int:
            d["omitted_subtrader_count"] = v
        elif v is None:
            d["omitted_subtrader_count"] = None
        elif v is not _M:
            slow("omitted_subtrader_count")
        v = g("omitted_group_count", _M)
        if type(v) is int:
            d["omitted_group_count"] = v
        elif v is None:
            d["omitted_group_count"] = None
        elif v is not _M:
            slow("omitted_group_count")
        v = g("next_runtime", _M)
        if type(v) is str:
            d["next_runtime"] = _iso(v)
        elif v is not _M:
            slow("next_runtime")

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
        self._set("user_breakdown", user_breakdown)
        self._set("subtrader_breakdowns", subtrader_breakdowns)
        self._set("group_breakdowns", group_breakdowns)
        self._set("omitted_subtrader_count", omitted_subtrader_count)
        self._set("omitted_group_count", omitted_group_count)
        self._set("next_runtime", next_runtime)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "user_breakdown": AssetClassSettlementEstimate.__dict__["user_breakdown"].convert,
    "subtrader_breakdowns": AssetClassSettlementEstimate.__dict__["subtrader_breakdowns"].convert,
    "group_breakdowns": AssetClassSettlementEstimate.__dict__["group_breakdowns"].convert,
}
