from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_class_funding_estimate_group_breakdowns import AssetClassFundingEstimateGroupBreakdowns
    from ..models.asset_class_funding_estimate_subtrader_breakdowns import AssetClassFundingEstimateSubtraderBreakdowns
    from ..models.funding_estimate import FundingEstimate


_tc = _t.cached_datetime
_nt = _t.new_datetime


class AssetClassFundingEstimate(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        user_breakdown (FundingEstimate): Required (reading raises MissingFieldError if absent).
        subtrader_breakdowns (AssetClassFundingEstimateSubtraderBreakdowns): Optional (None if absent).
        group_breakdowns (AssetClassFundingEstimateGroupBreakdowns): Optional (None if absent).
        omitted_subtrader_count (int): Required (reading raises MissingFieldError if absent).
        omitted_group_count (int): Required (reading raises MissingFieldError if absent).
        next_funding_time (datetime.datetime): Next scheduled funding time for this asset class. Required
            (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "user_breakdown",
        "subtrader_breakdowns",
        "group_breakdowns",
        "omitted_subtrader_count",
        "omitted_group_count",
        "next_funding_time",
    )

    user_breakdown: FundingEstimate
    """Required (reading raises MissingFieldError if absent)."""

    subtrader_breakdowns: AssetClassFundingEstimateSubtraderBreakdowns | None
    """Optional (None if absent)."""

    group_breakdowns: AssetClassFundingEstimateGroupBreakdowns | None
    """Optional (None if absent)."""

    omitted_subtrader_count: int
    """Required (reading raises MissingFieldError if absent)."""

    omitted_group_count: int
    """Required (reading raises MissingFieldError if absent)."""

    next_funding_time: datetime.datetime
    """Next scheduled funding time for this asset class. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "user_breakdown": _t.ModelField(
            "user_breakdown", f"{__package__}.funding_estimate", "FundingEstimate", required=True
        ),
        "subtrader_breakdowns": _t.ModelField(
            "subtrader_breakdowns",
            f"{__package__}.asset_class_funding_estimate_subtrader_breakdowns",
            "AssetClassFundingEstimateSubtraderBreakdowns",
        ),
        "group_breakdowns": _t.ModelField(
            "group_breakdowns",
            f"{__package__}.asset_class_funding_estimate_group_breakdowns",
            "AssetClassFundingEstimateGroupBreakdowns",
        ),
        "omitted_subtrader_count": _t.IntField("omitted_subtrader_count", required=True),
        "omitted_group_count": _t.IntField("omitted_group_count", required=True),
        "next_funding_time": _t.DateTimeField("next_funding_time", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("user_breakdown")) is dict:
            self.user_breakdown = _BUILD["user_breakdown"](v)
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
        else:
            self._slow_field("omitted_subtrader_count")
        if type(v := g("omitted_group_count")) is int:
            self.omitted_group_count = v
        else:
            self._slow_field("omitted_group_count")
        if (t := _tc(v := g("next_funding_time"))) is not None:
            self.next_funding_time = t
        elif isinstance(v, str):
            self.next_funding_time = _nt(v)
        else:
            self._slow_field("next_funding_time")

    def __init__(
        self,
        *,
        user_breakdown: FundingEstimate | None | Unset = UNSET,
        subtrader_breakdowns: AssetClassFundingEstimateSubtraderBreakdowns | None | Unset = UNSET,
        group_breakdowns: AssetClassFundingEstimateGroupBreakdowns | None | Unset = UNSET,
        omitted_subtrader_count: int | None | Unset = UNSET,
        omitted_group_count: int | None | Unset = UNSET,
        next_funding_time: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A AssetClassFundingEstimate from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("user_breakdown", user_breakdown)
        self._set("subtrader_breakdowns", subtrader_breakdowns)
        self._set("group_breakdowns", group_breakdowns)
        self._set("omitted_subtrader_count", omitted_subtrader_count)
        self._set("omitted_group_count", omitted_group_count)
        self._set("next_funding_time", next_funding_time)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "user_breakdown": _t.builder(AssetClassFundingEstimate, "user_breakdown"),
    "subtrader_breakdowns": _t.builder(AssetClassFundingEstimate, "subtrader_breakdowns"),
    "group_breakdowns": _t.builder(AssetClassFundingEstimate, "group_breakdowns"),
}
