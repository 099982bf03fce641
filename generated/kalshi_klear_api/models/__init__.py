"""Contains all the data models used in inputs/outputs (loaded lazily, on first attribute access)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .asset_class import AssetClass
    from .asset_class_funding_estimate import AssetClassFundingEstimate
    from .asset_class_funding_estimate_group_breakdowns import AssetClassFundingEstimateGroupBreakdowns
    from .asset_class_funding_estimate_subtrader_breakdowns import AssetClassFundingEstimateSubtraderBreakdowns
    from .asset_class_settlement_estimate import AssetClassSettlementEstimate
    from .asset_class_settlement_estimate_group_breakdowns import AssetClassSettlementEstimateGroupBreakdowns
    from .asset_class_settlement_estimate_subtrader_breakdowns import AssetClassSettlementEstimateSubtraderBreakdowns
    from .corporate_action_payment_detail import CorporateActionPaymentDetail
    from .create_margin_fcm_api_key_request import CreateMarginFcmApiKeyRequest
    from .create_margin_fcm_api_key_response import CreateMarginFcmApiKeyResponse
    from .create_margin_subtrader_group_request import CreateMarginSubtraderGroupRequest
    from .create_margin_subtrader_group_response import CreateMarginSubtraderGroupResponse
    from .error import Error
    from .estimate_portfolio_maintenance_margin_position import EstimatePortfolioMaintenanceMarginPosition
    from .estimate_portfolio_maintenance_margin_request import EstimatePortfolioMaintenanceMarginRequest
    from .estimate_portfolio_maintenance_margin_request_clearing_type import (
        EstimatePortfolioMaintenanceMarginRequestClearingType,
    )
    from .estimate_portfolio_maintenance_margin_response import EstimatePortfolioMaintenanceMarginResponse
    from .funding_estimate import FundingEstimate
    from .funding_estimate_positions import FundingEstimatePositions
    from .funding_payment_detail import FundingPaymentDetail
    from .generate_margin_fcm_api_key_request import GenerateMarginFcmApiKeyRequest
    from .generate_margin_fcm_api_key_response import GenerateMarginFcmApiKeyResponse
    from .get_active_margin_obligations_response import GetActiveMarginObligationsResponse
    from .get_funding_estimate_by_asset_class_response import GetFundingEstimateByAssetClassResponse
    from .get_funding_estimate_by_asset_class_response_estimates import GetFundingEstimateByAssetClassResponseEstimates
    from .get_guaranty_fund_balance_response import GetGuarantyFundBalanceResponse
    from .get_large_trader_positions_response import GetLargeTraderPositionsResponse
    from .get_large_trader_positions_response_positions_item import GetLargeTraderPositionsResponsePositionsItem
    from .get_maintenance_margin_metadata_response import GetMaintenanceMarginMetadataResponse
    from .get_margin_funding_schedule_response import GetMarginFundingScheduleResponse
    from .get_margin_reports_response import GetMarginReportsResponse
    from .get_margin_subtrader_groups_response import GetMarginSubtraderGroupsResponse
    from .get_member_funding_payments_response import GetMemberFundingPaymentsResponse
    from .get_obligation_corporate_action_payments_response import GetObligationCorporateActionPaymentsResponse
    from .get_obligation_funding_payments_response import GetObligationFundingPaymentsResponse
    from .get_obligation_history_response import GetObligationHistoryResponse
    from .get_obligation_maintenance_margin_details_response import GetObligationMaintenanceMarginDetailsResponse
    from .get_obligation_settlement_details_response import GetObligationSettlementDetailsResponse
    from .get_settlement_balance_history_response import GetSettlementBalanceHistoryResponse
    from .get_settlement_balance_response import GetSettlementBalanceResponse
    from .get_settlement_balance_withdrawal_response import GetSettlementBalanceWithdrawalResponse
    from .get_settlement_balance_withdrawal_response_status import GetSettlementBalanceWithdrawalResponseStatus
    from .get_settlement_estimate_by_asset_class_response import GetSettlementEstimateByAssetClassResponse
    from .get_settlement_estimate_by_asset_class_response_estimates import (
        GetSettlementEstimateByAssetClassResponseEstimates,
    )
    from .get_settlement_prices_response import GetSettlementPricesResponse
    from .get_settlement_prices_response_settlement_prices import GetSettlementPricesResponseSettlementPrices
    from .list_margin_fcm_api_keys_response import ListMarginFcmApiKeysResponse
    from .maintenance_margin_detail import MaintenanceMarginDetail
    from .maintenance_margin_liquidation_config import MaintenanceMarginLiquidationConfig
    from .maintenance_margin_matrices import MaintenanceMarginMatrices
    from .maintenance_margin_matrix import MaintenanceMarginMatrix
    from .margin_fcm_api_key import MarginFcmApiKey
    from .margin_report import MarginReport
    from .margin_report_report_type import MarginReportReportType
    from .margin_subtrader_group import MarginSubtraderGroup
    from .market_funding_estimate import MarketFundingEstimate
    from .market_settlement_estimate import MarketSettlementEstimate
    from .member_funding_payment import MemberFundingPayment
    from .obligation_entry import ObligationEntry
    from .obligation_info import ObligationInfo
    from .obligation_receive_info import ObligationReceiveInfo
    from .settlement_balance_history_entry import SettlementBalanceHistoryEntry
    from .settlement_detail import SettlementDetail
    from .settlement_estimate import SettlementEstimate
    from .settlement_estimate_positions import SettlementEstimatePositions
    from .update_margin_subtrader_group_request import UpdateMarginSubtraderGroupRequest
    from .withdraw_settlement_balance_request import WithdrawSettlementBalanceRequest
    from .withdraw_settlement_balance_response import WithdrawSettlementBalanceResponse

_MODULE_OF: dict[str, str] = {
    "AssetClass": ".asset_class",
    "AssetClassFundingEstimate": ".asset_class_funding_estimate",
    "AssetClassFundingEstimateGroupBreakdowns": ".asset_class_funding_estimate_group_breakdowns",
    "AssetClassFundingEstimateSubtraderBreakdowns": ".asset_class_funding_estimate_subtrader_breakdowns",
    "AssetClassSettlementEstimate": ".asset_class_settlement_estimate",
    "AssetClassSettlementEstimateGroupBreakdowns": ".asset_class_settlement_estimate_group_breakdowns",
    "AssetClassSettlementEstimateSubtraderBreakdowns": ".asset_class_settlement_estimate_subtrader_breakdowns",
    "CorporateActionPaymentDetail": ".corporate_action_payment_detail",
    "CreateMarginFcmApiKeyRequest": ".create_margin_fcm_api_key_request",
    "CreateMarginFcmApiKeyResponse": ".create_margin_fcm_api_key_response",
    "CreateMarginSubtraderGroupRequest": ".create_margin_subtrader_group_request",
    "CreateMarginSubtraderGroupResponse": ".create_margin_subtrader_group_response",
    "Error": ".error",
    "EstimatePortfolioMaintenanceMarginPosition": ".estimate_portfolio_maintenance_margin_position",
    "EstimatePortfolioMaintenanceMarginRequest": ".estimate_portfolio_maintenance_margin_request",
    "EstimatePortfolioMaintenanceMarginRequestClearingType": ".estimate_portfolio_maintenance_margin_request_clearing_type",
    "EstimatePortfolioMaintenanceMarginResponse": ".estimate_portfolio_maintenance_margin_response",
    "FundingEstimate": ".funding_estimate",
    "FundingEstimatePositions": ".funding_estimate_positions",
    "FundingPaymentDetail": ".funding_payment_detail",
    "GenerateMarginFcmApiKeyRequest": ".generate_margin_fcm_api_key_request",
    "GenerateMarginFcmApiKeyResponse": ".generate_margin_fcm_api_key_response",
    "GetActiveMarginObligationsResponse": ".get_active_margin_obligations_response",
    "GetFundingEstimateByAssetClassResponse": ".get_funding_estimate_by_asset_class_response",
    "GetFundingEstimateByAssetClassResponseEstimates": ".get_funding_estimate_by_asset_class_response_estimates",
    "GetGuarantyFundBalanceResponse": ".get_guaranty_fund_balance_response",
    "GetLargeTraderPositionsResponse": ".get_large_trader_positions_response",
    "GetLargeTraderPositionsResponsePositionsItem": ".get_large_trader_positions_response_positions_item",
    "GetMaintenanceMarginMetadataResponse": ".get_maintenance_margin_metadata_response",
    "GetMarginFundingScheduleResponse": ".get_margin_funding_schedule_response",
    "GetMarginReportsResponse": ".get_margin_reports_response",
    "GetMarginSubtraderGroupsResponse": ".get_margin_subtrader_groups_response",
    "GetMemberFundingPaymentsResponse": ".get_member_funding_payments_response",
    "GetObligationCorporateActionPaymentsResponse": ".get_obligation_corporate_action_payments_response",
    "GetObligationFundingPaymentsResponse": ".get_obligation_funding_payments_response",
    "GetObligationHistoryResponse": ".get_obligation_history_response",
    "GetObligationMaintenanceMarginDetailsResponse": ".get_obligation_maintenance_margin_details_response",
    "GetObligationSettlementDetailsResponse": ".get_obligation_settlement_details_response",
    "GetSettlementBalanceHistoryResponse": ".get_settlement_balance_history_response",
    "GetSettlementBalanceResponse": ".get_settlement_balance_response",
    "GetSettlementBalanceWithdrawalResponse": ".get_settlement_balance_withdrawal_response",
    "GetSettlementBalanceWithdrawalResponseStatus": ".get_settlement_balance_withdrawal_response_status",
    "GetSettlementEstimateByAssetClassResponse": ".get_settlement_estimate_by_asset_class_response",
    "GetSettlementEstimateByAssetClassResponseEstimates": ".get_settlement_estimate_by_asset_class_response_estimates",
    "GetSettlementPricesResponse": ".get_settlement_prices_response",
    "GetSettlementPricesResponseSettlementPrices": ".get_settlement_prices_response_settlement_prices",
    "ListMarginFcmApiKeysResponse": ".list_margin_fcm_api_keys_response",
    "MaintenanceMarginDetail": ".maintenance_margin_detail",
    "MaintenanceMarginLiquidationConfig": ".maintenance_margin_liquidation_config",
    "MaintenanceMarginMatrices": ".maintenance_margin_matrices",
    "MaintenanceMarginMatrix": ".maintenance_margin_matrix",
    "MarginFcmApiKey": ".margin_fcm_api_key",
    "MarginReport": ".margin_report",
    "MarginReportReportType": ".margin_report_report_type",
    "MarginSubtraderGroup": ".margin_subtrader_group",
    "MarketFundingEstimate": ".market_funding_estimate",
    "MarketSettlementEstimate": ".market_settlement_estimate",
    "MemberFundingPayment": ".member_funding_payment",
    "ObligationEntry": ".obligation_entry",
    "ObligationInfo": ".obligation_info",
    "ObligationReceiveInfo": ".obligation_receive_info",
    "SettlementBalanceHistoryEntry": ".settlement_balance_history_entry",
    "SettlementDetail": ".settlement_detail",
    "SettlementEstimate": ".settlement_estimate",
    "SettlementEstimatePositions": ".settlement_estimate_positions",
    "UpdateMarginSubtraderGroupRequest": ".update_margin_subtrader_group_request",
    "WithdrawSettlementBalanceRequest": ".withdraw_settlement_balance_request",
    "WithdrawSettlementBalanceResponse": ".withdraw_settlement_balance_response",
}

__all__ = (
    "AssetClass",
    "AssetClassFundingEstimate",
    "AssetClassFundingEstimateGroupBreakdowns",
    "AssetClassFundingEstimateSubtraderBreakdowns",
    "AssetClassSettlementEstimate",
    "AssetClassSettlementEstimateGroupBreakdowns",
    "AssetClassSettlementEstimateSubtraderBreakdowns",
    "CorporateActionPaymentDetail",
    "CreateMarginFcmApiKeyRequest",
    "CreateMarginFcmApiKeyResponse",
    "CreateMarginSubtraderGroupRequest",
    "CreateMarginSubtraderGroupResponse",
    "Error",
    "EstimatePortfolioMaintenanceMarginPosition",
    "EstimatePortfolioMaintenanceMarginRequest",
    "EstimatePortfolioMaintenanceMarginRequestClearingType",
    "EstimatePortfolioMaintenanceMarginResponse",
    "FundingEstimate",
    "FundingEstimatePositions",
    "FundingPaymentDetail",
    "GenerateMarginFcmApiKeyRequest",
    "GenerateMarginFcmApiKeyResponse",
    "GetActiveMarginObligationsResponse",
    "GetFundingEstimateByAssetClassResponse",
    "GetFundingEstimateByAssetClassResponseEstimates",
    "GetGuarantyFundBalanceResponse",
    "GetLargeTraderPositionsResponse",
    "GetLargeTraderPositionsResponsePositionsItem",
    "GetMaintenanceMarginMetadataResponse",
    "GetMarginFundingScheduleResponse",
    "GetMarginReportsResponse",
    "GetMarginSubtraderGroupsResponse",
    "GetMemberFundingPaymentsResponse",
    "GetObligationCorporateActionPaymentsResponse",
    "GetObligationFundingPaymentsResponse",
    "GetObligationHistoryResponse",
    "GetObligationMaintenanceMarginDetailsResponse",
    "GetObligationSettlementDetailsResponse",
    "GetSettlementBalanceHistoryResponse",
    "GetSettlementBalanceResponse",
    "GetSettlementBalanceWithdrawalResponse",
    "GetSettlementBalanceWithdrawalResponseStatus",
    "GetSettlementEstimateByAssetClassResponse",
    "GetSettlementEstimateByAssetClassResponseEstimates",
    "GetSettlementPricesResponse",
    "GetSettlementPricesResponseSettlementPrices",
    "ListMarginFcmApiKeysResponse",
    "MaintenanceMarginDetail",
    "MaintenanceMarginLiquidationConfig",
    "MaintenanceMarginMatrices",
    "MaintenanceMarginMatrix",
    "MarginFcmApiKey",
    "MarginReport",
    "MarginReportReportType",
    "MarginSubtraderGroup",
    "MarketFundingEstimate",
    "MarketSettlementEstimate",
    "MemberFundingPayment",
    "ObligationEntry",
    "ObligationInfo",
    "ObligationReceiveInfo",
    "SettlementBalanceHistoryEntry",
    "SettlementDetail",
    "SettlementEstimate",
    "SettlementEstimatePositions",
    "UpdateMarginSubtraderGroupRequest",
    "WithdrawSettlementBalanceRequest",
    "WithdrawSettlementBalanceResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
