from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notional_risk_limit_response_current_usage_by_market_ticker import (
        NotionalRiskLimitResponseCurrentUsageByMarketTicker,
    )
    from ..models.notional_risk_limit_response_notional_value_risk_limits_by_market_ticker import (
        NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker,
    )


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    default_notional_value_risk_limit: Decimal = _field(
        _t.DecimalField("default_notional_value_risk_limit", required=True)
    )
    """The notional value risk limit for the user as a fixed-point dollar string with 4 decimal places (e.g.,
    "5000.0000") Example: 5000.0000. Required (reading raises MissingFieldError if absent)."""

    notional_value_risk_limits_by_market_ticker: NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker = (
        _field(
            _t.ModelField(
                "notional_value_risk_limits_by_market_ticker",
                f"{__package__}.notional_risk_limit_response_notional_value_risk_limits_by_market_ticker",
                "NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker",
                required=True,
            )
        )
    )
    """Map of market_ticker to notional value risk limit as a fixed-point dollar string with 4 decimal places
    (e.g., "5000.0000"). If present, the market-level risk limit overrides the default notional value risk
    limit. Example: {'market-abc-123': '5000.0000'}. Required (reading raises MissingFieldError if absent)."""

    total_current_usage: Decimal = _field(_t.DecimalField("total_current_usage", required=True))
    """The account's current notional usage in fixed-point US dollars, aggregated the way the exchange checks the
    account-level limit: per market, the larger of the long side (long positions plus resting bids) and the
    short side (short positions plus resting asks), summed across every market the account holds positions or
    resting orders in — for an FCM, across the whole omnibus account. Every term is priced through the market's
    risk-notional model, the same pricing the exchange's limit check uses: the cached mark for positions and the
    limit price for resting orders. Computed from the exchange's read model, so it excludes orders still in
    flight and may slightly trail the engine. Example: 1250.0000. Required (reading raises MissingFieldError if
    absent)."""

    current_usage_by_market_ticker: NotionalRiskLimitResponseCurrentUsageByMarketTicker = _field(
        _t.ModelField(
            "current_usage_by_market_ticker",
            f"{__package__}.notional_risk_limit_response_current_usage_by_market_ticker",
            "NotionalRiskLimitResponseCurrentUsageByMarketTicker",
            required=True,
        )
    )
    """Per-market components of total_current_usage, as fixed-point US dollar strings. Entries exist only for
    markets where the account holds positions or resting orders; like the total, values come from the exchange's
    read model and may slightly trail the engine. Example: {'market-abc-123': '1250.0000'}. Required (reading
    raises MissingFieldError if absent)."""

    member_notional_value_risk_limit: Decimal | None = _field(_t.DecimalField("member_notional_value_risk_limit"))
    """The account-level notional value risk limit the member set on its own account (FCM members only), as a
    fixed-point dollar string. Stored separately from the Kalshi-set limit; the exchange enforces the smaller of
    the two. Absent when the member has not set one. Example: 5000.0000. Optional (None if absent)."""

    effective_account_notional_value_risk_limit: Decimal | None = _field(
        _t.DecimalField("effective_account_notional_value_risk_limit")
    )
    """The account-level notional value risk limit the exchange enforces, as a fixed-point dollar string - the
    smaller of the Kalshi-set limit and the member-set limit, or whichever one is set. Absent when neither is
    set. Example: 5000.0000. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("default_notional_value_risk_limit", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["default_notional_value_risk_limit"] = x
            else:
                slow("default_notional_value_risk_limit")
        elif v is not _M and v != "":
            slow("default_notional_value_risk_limit")
        v = g("notional_value_risk_limits_by_market_ticker", _M)
        if type(v) is dict:
            d["notional_value_risk_limits_by_market_ticker"] = _convert["notional_value_risk_limits_by_market_ticker"](
                v
            )
        elif v is not _M:
            slow("notional_value_risk_limits_by_market_ticker")
        v = g("total_current_usage", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["total_current_usage"] = x
            else:
                slow("total_current_usage")
        elif v is not _M and v != "":
            slow("total_current_usage")
        v = g("current_usage_by_market_ticker", _M)
        if type(v) is dict:
            d["current_usage_by_market_ticker"] = _convert["current_usage_by_market_ticker"](v)
        elif v is not _M:
            slow("current_usage_by_market_ticker")
        v = g("member_notional_value_risk_limit", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["member_notional_value_risk_limit"] = x
            else:
                slow("member_notional_value_risk_limit")
        elif v is None:
            d["member_notional_value_risk_limit"] = None
        elif v is not _M and v != "":
            slow("member_notional_value_risk_limit")
        v = g("effective_account_notional_value_risk_limit", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["effective_account_notional_value_risk_limit"] = x
            else:
                slow("effective_account_notional_value_risk_limit")
        elif v is None:
            d["effective_account_notional_value_risk_limit"] = None
        elif v is not _M and v != "":
            slow("effective_account_notional_value_risk_limit")

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
        self._set("default_notional_value_risk_limit", default_notional_value_risk_limit)
        self._set("notional_value_risk_limits_by_market_ticker", notional_value_risk_limits_by_market_ticker)
        self._set("total_current_usage", total_current_usage)
        self._set("current_usage_by_market_ticker", current_usage_by_market_ticker)
        self._set("member_notional_value_risk_limit", member_notional_value_risk_limit)
        self._set("effective_account_notional_value_risk_limit", effective_account_notional_value_risk_limit)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "notional_value_risk_limits_by_market_ticker": NotionalRiskLimitResponse.__dict__[
        "notional_value_risk_limits_by_market_ticker"
    ].convert,
    "current_usage_by_market_ticker": NotionalRiskLimitResponse.__dict__["current_usage_by_market_ticker"].convert,
}
