from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

if TYPE_CHECKING:
    from ..models.notional_risk_limit_response_current_usage_by_market_ticker import (
        NotionalRiskLimitResponseCurrentUsageByMarketTicker,
    )
    from ..models.notional_risk_limit_response_notional_value_risk_limits_by_market_ticker import (
        NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker,
    )


T = TypeVar("T", bound="NotionalRiskLimitResponse")


@_attrs_define
class NotionalRiskLimitResponse:
    """
    Attributes:
        default_notional_value_risk_limit (str | Unset): The notional value risk limit for the user as a fixed-point
            dollar string with 4 decimal places (e.g., "5000.0000") Example: 5000.0000.
        notional_value_risk_limits_by_market_ticker (NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker |
            Unset): Map of market_ticker to notional value risk limit as a fixed-point dollar string with 4 decimal places
            (e.g., "5000.0000"). If present, the market-level risk limit overrides the default notional value risk limit.
            Example: {'market-abc-123': '5000.0000'}.
        total_current_usage (Decimal | Unset): The account's current notional usage in fixed-point US dollars,
            aggregated the way the exchange checks the account-level limit: per market, the larger of the long side (long
            positions plus resting bids) and the short side (short positions plus resting asks), summed across every market
            the account holds positions or resting orders in — for an FCM, across the whole omnibus account. Every term is
            priced through the market's risk-notional model, the same pricing the exchange's limit check uses: the cached
            mark for positions and the limit price for resting orders. Computed from the exchange's read model, so it
            excludes orders still in flight and may slightly trail the engine. Example: 1250.0000.
        current_usage_by_market_ticker (NotionalRiskLimitResponseCurrentUsageByMarketTicker | Unset): Per-market
            components of total_current_usage, as fixed-point US dollar strings. Entries exist only for markets where the
            account holds positions or resting orders; like the total, values come from the exchange's read model and may
            slightly trail the engine. Example: {'market-abc-123': '1250.0000'}.
        member_notional_value_risk_limit (Decimal | Unset): The account-level notional value risk limit the member set
            on its own account (FCM members only), as a fixed-point dollar string. Stored separately from the Kalshi-set
            limit; the exchange enforces the smaller of the two. Absent when the member has not set one. Example: 5000.0000.
        effective_account_notional_value_risk_limit (Decimal | Unset): The account-level notional value risk limit the
            exchange enforces, as a fixed-point dollar string - the smaller of the Kalshi-set limit and the member-set
            limit, or whichever one is set. Absent when neither is set. Example: 5000.0000.
    """

    default_notional_value_risk_limit: str | Unset = UNSET
    notional_value_risk_limits_by_market_ticker: (
        NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker | Unset
    ) = UNSET
    total_current_usage: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    current_usage_by_market_ticker: NotionalRiskLimitResponseCurrentUsageByMarketTicker | Unset = UNSET
    member_notional_value_risk_limit: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    effective_account_notional_value_risk_limit: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_decimal_or_unset
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_notional_value_risk_limit = self.default_notional_value_risk_limit

        notional_value_risk_limits_by_market_ticker: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notional_value_risk_limits_by_market_ticker, Unset):
            notional_value_risk_limits_by_market_ticker = self.notional_value_risk_limits_by_market_ticker.to_dict()

        total_current_usage = decimal_to_json(self.total_current_usage)

        current_usage_by_market_ticker: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_usage_by_market_ticker, Unset):
            current_usage_by_market_ticker = self.current_usage_by_market_ticker.to_dict()

        member_notional_value_risk_limit = decimal_to_json(self.member_notional_value_risk_limit)

        effective_account_notional_value_risk_limit = decimal_to_json(self.effective_account_notional_value_risk_limit)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_notional_value_risk_limit is not UNSET:
            field_dict["default_notional_value_risk_limit"] = default_notional_value_risk_limit
        if notional_value_risk_limits_by_market_ticker is not UNSET:
            field_dict["notional_value_risk_limits_by_market_ticker"] = notional_value_risk_limits_by_market_ticker
        if total_current_usage is not UNSET:
            field_dict["total_current_usage"] = total_current_usage
        if current_usage_by_market_ticker is not UNSET:
            field_dict["current_usage_by_market_ticker"] = current_usage_by_market_ticker
        if member_notional_value_risk_limit is not UNSET:
            field_dict["member_notional_value_risk_limit"] = member_notional_value_risk_limit
        if effective_account_notional_value_risk_limit is not UNSET:
            field_dict["effective_account_notional_value_risk_limit"] = effective_account_notional_value_risk_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notional_risk_limit_response_current_usage_by_market_ticker import (
            NotionalRiskLimitResponseCurrentUsageByMarketTicker,  # noqa: PLC0415
        )
        from ..models.notional_risk_limit_response_notional_value_risk_limits_by_market_ticker import (
            NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker,  # noqa: PLC0415
        )

        d = dict(src_dict)
        default_notional_value_risk_limit = d.pop("default_notional_value_risk_limit", UNSET)

        _notional_value_risk_limits_by_market_ticker = d.pop("notional_value_risk_limits_by_market_ticker", UNSET)
        notional_value_risk_limits_by_market_ticker: (
            NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker | Unset
        )
        if isinstance(_notional_value_risk_limits_by_market_ticker, Unset):
            notional_value_risk_limits_by_market_ticker = UNSET
        else:
            notional_value_risk_limits_by_market_ticker = (
                NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker.from_dict(
                    _notional_value_risk_limits_by_market_ticker
                )
            )

        total_current_usage = d.pop("total_current_usage", UNSET)

        _current_usage_by_market_ticker = d.pop("current_usage_by_market_ticker", UNSET)
        current_usage_by_market_ticker: NotionalRiskLimitResponseCurrentUsageByMarketTicker | Unset
        if isinstance(_current_usage_by_market_ticker, Unset):
            current_usage_by_market_ticker = UNSET
        else:
            current_usage_by_market_ticker = NotionalRiskLimitResponseCurrentUsageByMarketTicker.from_dict(
                _current_usage_by_market_ticker
            )

        member_notional_value_risk_limit = d.pop("member_notional_value_risk_limit", UNSET)

        effective_account_notional_value_risk_limit = d.pop("effective_account_notional_value_risk_limit", UNSET)

        notional_risk_limit_response = cls(
            default_notional_value_risk_limit=default_notional_value_risk_limit,
            notional_value_risk_limits_by_market_ticker=notional_value_risk_limits_by_market_ticker,
            total_current_usage=total_current_usage,
            current_usage_by_market_ticker=current_usage_by_market_ticker,
            member_notional_value_risk_limit=member_notional_value_risk_limit,
            effective_account_notional_value_risk_limit=effective_account_notional_value_risk_limit,
        )

        notional_risk_limit_response.additional_properties = d
        return notional_risk_limit_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
