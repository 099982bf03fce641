from enum import StrEnum
from typing import Any


class MarginReportReportType(StrEnum):
    CASH_ACTIVITY_DAILY = "cash_activity_daily"
    CASH_BALANCE_DAILY = "cash_balance_daily"
    CORPORATE_ACTION_PAYMENTS = "corporate_action_payments"
    DAILY_FINANCIAL_SUMMARY = "daily_financial_summary"
    DAILY_STATEMENT = "daily_statement"
    FUNDING_PERIODS = "funding_periods"
    INTEREST_ON_COLLATERAL_MONTHLY = "interest_on_collateral_monthly"
    MAINTENANCE_MARGIN = "maintenance_margin"
    MAINTENANCE_MARGIN_AGGREGATE = "maintenance_margin_aggregate"
    MARKET_PRICE_SNAPSHOT = "market_price_snapshot"
    POSITION_SNAPSHOT = "position_snapshot"
    POSITION_TRANSFER_AUDIT = "position_transfer_audit"
    SETTLEMENT_PERIODS = "settlement_periods"
    TRADE_AUDIT = "trade_audit"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "_UNLISTED"
        member._value_ = value
        # Kept for the next frame that carries the same value (bounded: the server decides the values).
        if len(cls._value2member_map_) < len(cls._member_names_) + 64:
            cls._value2member_map_[value] = member
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (the server's string is kept in ``value``)."""
        return self._name_ in type(self).__members__
