from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notional_risk_limit_response_current_usage_by_market_ticker import (
        NotionalRiskLimitResponseCurrentUsageByMarketTicker,
    )
    from ..models.notional_risk_limit_response_notional_value_risk_limits_by_market_ticker import (
        NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker,
    )


_dc = _t.cached_decimal
_nd = _t.new_decimal


class NotionalRiskLimitResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        default_notional_value_risk_limit (Decimal): The notional value risk limit for the user as a fixed-point
            dollar string with 4 decimal places (e.g., "5000.0000") Example: 5000.0000. Required (reading raises
            MissingFieldError if absent).
        notional_value_risk_limits_by_market_ticker
            (NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker): Map of market_ticker to notional value
            risk limit as a fixed-point dollar string with 4 decimal places (e.g., "5000.0000"). If present, the
            market-level risk limit overrides the default notional value risk limit. Example: {'market-abc-123':
            '5000.0000'}. Required (reading raises MissingFieldError if absent).
        total_current_usage (Decimal): The account's current notional usage in fixed-point US dollars,
            aggregated the way the exchange checks the account-level limit: per market, the larger of the long side
            (long positions plus resting bids) and the short side (short positions plus resting asks), summed across
            every market the account holds positions or resting orders in — for an FCM, across the whole omnibus
            account. Every term is priced through the market's risk-notional model, the same pricing the exchange's
            limit check uses: the cached mark for positions and the limit price for resting orders. Computed from
            the exchange's read model, so it excludes orders still in flight and may slightly trail the engine.
            Example: 1250.0000. Required (reading raises MissingFieldError if absent).
        current_usage_by_market_ticker (NotionalRiskLimitResponseCurrentUsageByMarketTicker): Per-market
            components of total_current_usage, as fixed-point US dollar strings. Entries exist only for markets
            where the account holds positions or resting orders; like the total, values come from the exchange's
            read model and may slightly trail the engine. Example: {'market-abc-123': '1250.0000'}. Required
            (reading raises MissingFieldError if absent).
        member_notional_value_risk_limit (Decimal): The account-level notional value risk limit the member set
            on its own account (FCM members only), as a fixed-point dollar string. Stored separately from the
            Kalshi-set limit; the exchange enforces the smaller of the two. Absent when the member has not set one.
            Example: 5000.0000. Optional (None if absent).
        effective_account_notional_value_risk_limit (Decimal): The account-level notional value risk limit the
            exchange enforces, as a fixed-point dollar string - the smaller of the Kalshi-set limit and the member-
            set limit, or whichever one is set. Absent when neither is set. Example: 5000.0000. Optional (None if
            absent).
    """

    __slots__ = (
        "default_notional_value_risk_limit",
        "notional_value_risk_limits_by_market_ticker",
        "total_current_usage",
        "current_usage_by_market_ticker",
        "member_notional_value_risk_limit",
        "effective_account_notional_value_risk_limit",
    )

    default_notional_value_risk_limit: Decimal
    """The notional value risk limit for the user as a fixed-point dollar string with 4 decimal places (e.g.,
    "5000.0000") Example: 5000.0000. Required (reading raises MissingFieldError if absent)."""

    notional_value_risk_limits_by_market_ticker: NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker
    """Map of market_ticker to notional value risk limit as a fixed-point dollar string with 4 decimal places
    (e.g., "5000.0000"). If present, the market-level risk limit overrides the default notional value risk
    limit. Example: {'market-abc-123': '5000.0000'}. Required (reading raises MissingFieldError if absent)."""

    total_current_usage: Decimal
    """The account's current notional usage in fixed-point US dollars, aggregated the way the exchange checks the
    account-level limit: per market, the larger of the long side (long positions plus resting bids) and the
    short side (short positions plus resting asks), summed across every market the account holds positions or
    resting orders in — for an FCM, across the whole omnibus account. Every term is priced through the market's
    risk-notional model, the same pricing the exchange's limit check uses: the cached mark for positions and the
    limit price for resting orders. Computed from the exchange's read model, so it excludes orders still in
    flight and may slightly trail the engine. Example: 1250.0000. Required (reading raises MissingFieldError if
    absent)."""

    current_usage_by_market_ticker: NotionalRiskLimitResponseCurrentUsageByMarketTicker
    """Per-market components of total_current_usage, as fixed-point US dollar strings. Entries exist only for
    markets where the account holds positions or resting orders; like the total, values come from the exchange's
    read model and may slightly trail the engine. Example: {'market-abc-123': '1250.0000'}. Required (reading
    raises MissingFieldError if absent)."""

    member_notional_value_risk_limit: Decimal | None
    """The account-level notional value risk limit the member set on its own account (FCM members only), as a
    fixed-point dollar string. Stored separately from the Kalshi-set limit; the exchange enforces the smaller of
    the two. Absent when the member has not set one. Example: 5000.0000. Optional (None if absent)."""

    effective_account_notional_value_risk_limit: Decimal | None
    """The account-level notional value risk limit the exchange enforces, as a fixed-point dollar string - the
    smaller of the Kalshi-set limit and the member-set limit, or whichever one is set. Absent when neither is
    set. Example: 5000.0000. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "default_notional_value_risk_limit": _t.DecimalField("default_notional_value_risk_limit", required=True),
        "notional_value_risk_limits_by_market_ticker": _t.ModelField(
            "notional_value_risk_limits_by_market_ticker",
            f"{__package__}.notional_risk_limit_response_notional_value_risk_limits_by_market_ticker",
            "NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker",
            required=True,
        ),
        "total_current_usage": _t.DecimalField("total_current_usage", required=True),
        "current_usage_by_market_ticker": _t.ModelField(
            "current_usage_by_market_ticker",
            f"{__package__}.notional_risk_limit_response_current_usage_by_market_ticker",
            "NotionalRiskLimitResponseCurrentUsageByMarketTicker",
            required=True,
        ),
        "member_notional_value_risk_limit": _t.DecimalField("member_notional_value_risk_limit"),
        "effective_account_notional_value_risk_limit": _t.DecimalField("effective_account_notional_value_risk_limit"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if (
            x := _dc(v := g("default_notional_value_risk_limit"))
        ) is not None:  # only text already parsed is in the cache
            self.default_notional_value_risk_limit = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.default_notional_value_risk_limit = _nd(v)
        else:
            self._slow_field("default_notional_value_risk_limit")
        if type(v := g("notional_value_risk_limits_by_market_ticker")) is dict:
            self.notional_value_risk_limits_by_market_ticker = _BUILD["notional_value_risk_limits_by_market_ticker"](v)
        else:
            self._slow_field("notional_value_risk_limits_by_market_ticker")
        if (x := _dc(v := g("total_current_usage"))) is not None:  # only text already parsed is in the cache
            self.total_current_usage = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.total_current_usage = _nd(v)
        else:
            self._slow_field("total_current_usage")
        if type(v := g("current_usage_by_market_ticker")) is dict:
            self.current_usage_by_market_ticker = _BUILD["current_usage_by_market_ticker"](v)
        else:
            self._slow_field("current_usage_by_market_ticker")
        if (
            x := _dc(v := g("member_notional_value_risk_limit"))
        ) is not None:  # only text already parsed is in the cache
            self.member_notional_value_risk_limit = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.member_notional_value_risk_limit = _nd(v)
        elif v is None or v == "":
            self.member_notional_value_risk_limit = None
        else:
            self._slow_field("member_notional_value_risk_limit")
        if (
            x := _dc(v := g("effective_account_notional_value_risk_limit"))
        ) is not None:  # only text already parsed is in the cache
            self.effective_account_notional_value_risk_limit = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.effective_account_notional_value_risk_limit = _nd(v)
        elif v is None or v == "":
            self.effective_account_notional_value_risk_limit = None
        else:
            self._slow_field("effective_account_notional_value_risk_limit")

    def __init__(
        self,
        *,
        default_notional_value_risk_limit: Decimal | None | Unset = UNSET,
        notional_value_risk_limits_by_market_ticker: NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker
        | None
        | Unset = UNSET,
        total_current_usage: Decimal | None | Unset = UNSET,
        current_usage_by_market_ticker: NotionalRiskLimitResponseCurrentUsageByMarketTicker | None | Unset = UNSET,
        member_notional_value_risk_limit: Decimal | None | Unset = UNSET,
        effective_account_notional_value_risk_limit: Decimal | None | Unset = UNSET,
    ) -> None:
        """A NotionalRiskLimitResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("default_notional_value_risk_limit", default_notional_value_risk_limit)
        self._set("notional_value_risk_limits_by_market_ticker", notional_value_risk_limits_by_market_ticker)
        self._set("total_current_usage", total_current_usage)
        self._set("current_usage_by_market_ticker", current_usage_by_market_ticker)
        self._set("member_notional_value_risk_limit", member_notional_value_risk_limit)
        self._set("effective_account_notional_value_risk_limit", effective_account_notional_value_risk_limit)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "notional_value_risk_limits_by_market_ticker": _t.builder(
        NotionalRiskLimitResponse, "notional_value_risk_limits_by_market_ticker"
    ),
    "current_usage_by_market_ticker": _t.builder(NotionalRiskLimitResponse, "current_usage_by_market_ticker"),
}
