"""Contains all the data models used in inputs/outputs (loaded lazily, on first attribute access)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_api_limits import AccountApiLimits
    from .amend_margin_order_request import AmendMarginOrderRequest
    from .amend_margin_order_response import AmendMarginOrderResponse
    from .api_usage_level_grant import ApiUsageLevelGrant
    from .apply_subaccount_transfer_request import ApplySubaccountTransferRequest
    from .apply_subaccount_transfer_response import ApplySubaccountTransferResponse
    from .bid_ask_distribution_historical import BidAskDistributionHistorical
    from .book_side import BookSide
    from .bucket_limit import BucketLimit
    from .cancel_margin_order_response import CancelMarginOrderResponse
    from .create_margin_fcm_subtrader_request import CreateMarginFCMSubtraderRequest
    from .create_margin_fcm_subtrader_response import CreateMarginFCMSubtraderResponse
    from .create_margin_order_request import CreateMarginOrderRequest
    from .create_margin_order_request_time_in_force import CreateMarginOrderRequestTimeInForce
    from .create_margin_order_response import CreateMarginOrderResponse
    from .create_order_group_request import CreateOrderGroupRequest
    from .create_order_group_response import CreateOrderGroupResponse
    from .create_subaccount_response import CreateSubaccountResponse
    from .decrease_margin_order_request import DecreaseMarginOrderRequest
    from .decrease_margin_order_response import DecreaseMarginOrderResponse
    from .delete_fcm_subtrader_risk_controls_asset_class import DeleteFcmSubtraderRiskControlsAssetClass
    from .empty_response import EmptyResponse
    from .error_response import ErrorResponse
    from .exchange_index_status import ExchangeIndexStatus
    from .exchange_instance import ExchangeInstance
    from .exchange_status import ExchangeStatus
    from .exit_trigger import ExitTrigger
    from .exit_trigger_kind import ExitTriggerKind
    from .exit_trigger_leg import ExitTriggerLeg
    from .exit_trigger_reason import ExitTriggerReason
    from .exit_trigger_status import ExitTriggerStatus
    from .fcm_subtrader_notional_risk_limit import FCMSubtraderNotionalRiskLimit
    from .fcm_subtrader_risk_controls import FCMSubtraderRiskControls
    from .fcm_subtrader_risk_controls_asset_class import FCMSubtraderRiskControlsAssetClass
    from .get_exit_triggers_response import GetExitTriggersResponse
    from .get_fcm_subtrader_risk_controls_asset_class import GetFcmSubtraderRiskControlsAssetClass
    from .get_fcm_subtrader_risk_controls_response import GetFCMSubtraderRiskControlsResponse
    from .get_margin_balance_response import GetMarginBalanceResponse
    from .get_margin_corporate_actions_response import GetMarginCorporateActionsResponse
    from .get_margin_fee_tier_rates_response import GetMarginFeeTierRatesResponse
    from .get_margin_fee_tiers_response import GetMarginFeeTiersResponse
    from .get_margin_fee_tiers_response_maker_fee_rates import GetMarginFeeTiersResponseMakerFeeRates
    from .get_margin_fee_tiers_response_taker_fee_rates import GetMarginFeeTiersResponseTakerFeeRates
    from .get_margin_fills_response import GetMarginFillsResponse
    from .get_margin_funding_history_response import GetMarginFundingHistoryResponse
    from .get_margin_funding_rate_estimate_response import GetMarginFundingRateEstimateResponse
    from .get_margin_historical_funding_rates_response import GetMarginHistoricalFundingRatesResponse
    from .get_margin_market_candlesticks_period_interval import GetMarginMarketCandlesticksPeriodInterval
    from .get_margin_market_candlesticks_response import GetMarginMarketCandlesticksResponse
    from .get_margin_market_orderbooks_response import GetMarginMarketOrderbooksResponse
    from .get_margin_markets_response import GetMarginMarketsResponse
    from .get_margin_order_response import GetMarginOrderResponse
    from .get_margin_orders_response import GetMarginOrdersResponse
    from .get_margin_positions_response import GetMarginPositionsResponse
    from .get_margin_premium_index_response import GetMarginPremiumIndexResponse
    from .get_margin_risk_parameters_response import GetMarginRiskParametersResponse
    from .get_margin_risk_parameters_response_initial_margin_multiplier import (
        GetMarginRiskParametersResponseInitialMarginMultiplier,
    )
    from .get_margin_risk_response import GetMarginRiskResponse
    from .get_margin_trades_response import GetMarginTradesResponse
    from .get_order_group_response import GetOrderGroupResponse
    from .get_order_groups_response import GetOrderGroupsResponse
    from .intra_exchange_instance_transfer_request import IntraExchangeInstanceTransferRequest
    from .intra_exchange_instance_transfer_response import IntraExchangeInstanceTransferResponse
    from .last_update_reason import LastUpdateReason
    from .margin_corporate_action import MarginCorporateAction
    from .margin_corporate_action_cash_terms import MarginCorporateActionCashTerms
    from .margin_corporate_action_final_settlement_terms import MarginCorporateActionFinalSettlementTerms
    from .margin_corporate_action_split_terms import MarginCorporateActionSplitTerms
    from .margin_corporate_action_status import MarginCorporateActionStatus
    from .margin_corporate_action_ticker_change_terms import MarginCorporateActionTickerChangeTerms
    from .margin_corporate_action_type import MarginCorporateActionType
    from .margin_enabled_response import MarginEnabledResponse
    from .margin_fee_tier_rate import MarginFeeTierRate
    from .margin_fee_tier_rate_fee_schedule import MarginFeeTierRateFeeSchedule
    from .margin_fill import MarginFill
    from .margin_funding_history_entry import MarginFundingHistoryEntry
    from .margin_funding_rate import MarginFundingRate
    from .margin_market import MarginMarket
    from .margin_market_candlestick import MarginMarketCandlestick
    from .margin_market_funding_invalid_premium_handling import MarginMarketFundingInvalidPremiumHandling
    from .margin_market_funding_limit_unit import MarginMarketFundingLimitUnit
    from .margin_market_leverage_estimates import MarginMarketLeverageEstimates
    from .margin_market_long_leverage_estimates import MarginMarketLongLeverageEstimates
    from .margin_market_orderbook import MarginMarketOrderbook
    from .margin_market_product_metadata import MarginMarketProductMetadata
    from .margin_market_response import MarginMarketResponse
    from .margin_market_schedule import MarginMarketSchedule
    from .margin_market_short_leverage_estimates import MarginMarketShortLeverageEstimates
    from .margin_market_status import MarginMarketStatus
    from .margin_order import MarginOrder
    from .margin_orderbook_count import MarginOrderbookCount
    from .margin_orderbook_response import MarginOrderbookResponse
    from .margin_position import MarginPosition
    from .margin_premium_index_point import MarginPremiumIndexPoint
    from .margin_risk_position import MarginRiskPosition
    from .margin_subaccount_balance import MarginSubaccountBalance
    from .margin_trade import MarginTrade
    from .notional_risk_limit_response import NotionalRiskLimitResponse
    from .notional_risk_limit_response_current_usage_by_market_ticker import (
        NotionalRiskLimitResponseCurrentUsageByMarketTicker,
    )
    from .notional_risk_limit_response_notional_value_risk_limits_by_market_ticker import (
        NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker,
    )
    from .order_group import OrderGroup
    from .order_reason import OrderReason
    from .order_source import OrderSource
    from .price_distribution_historical import PriceDistributionHistorical
    from .self_trade_prevention_type import SelfTradePreventionType
    from .set_cross_exit_trigger_request import SetCrossExitTriggerRequest
    from .set_isolated_exit_trigger_request import SetIsolatedExitTriggerRequest
    from .ticker_price import TickerPrice
    from .update_exit_trigger_request import UpdateExitTriggerRequest
    from .update_fcm_notional_risk_limit_request import UpdateFCMNotionalRiskLimitRequest
    from .update_fcm_subtrader_risk_controls_request import UpdateFCMSubtraderRiskControlsRequest
    from .update_fcm_subtrader_risk_controls_request_asset_class import UpdateFCMSubtraderRiskControlsRequestAssetClass
    from .update_order_group_limit_request import UpdateOrderGroupLimitRequest

_MODULE_OF: dict[str, str] = {
    "AccountApiLimits": ".account_api_limits",
    "AmendMarginOrderRequest": ".amend_margin_order_request",
    "AmendMarginOrderResponse": ".amend_margin_order_response",
    "ApiUsageLevelGrant": ".api_usage_level_grant",
    "ApplySubaccountTransferRequest": ".apply_subaccount_transfer_request",
    "ApplySubaccountTransferResponse": ".apply_subaccount_transfer_response",
    "BidAskDistributionHistorical": ".bid_ask_distribution_historical",
    "BookSide": ".book_side",
    "BucketLimit": ".bucket_limit",
    "CancelMarginOrderResponse": ".cancel_margin_order_response",
    "CreateMarginFCMSubtraderRequest": ".create_margin_fcm_subtrader_request",
    "CreateMarginFCMSubtraderResponse": ".create_margin_fcm_subtrader_response",
    "CreateMarginOrderRequest": ".create_margin_order_request",
    "CreateMarginOrderRequestTimeInForce": ".create_margin_order_request_time_in_force",
    "CreateMarginOrderResponse": ".create_margin_order_response",
    "CreateOrderGroupRequest": ".create_order_group_request",
    "CreateOrderGroupResponse": ".create_order_group_response",
    "CreateSubaccountResponse": ".create_subaccount_response",
    "DecreaseMarginOrderRequest": ".decrease_margin_order_request",
    "DecreaseMarginOrderResponse": ".decrease_margin_order_response",
    "DeleteFcmSubtraderRiskControlsAssetClass": ".delete_fcm_subtrader_risk_controls_asset_class",
    "EmptyResponse": ".empty_response",
    "ErrorResponse": ".error_response",
    "ExchangeIndexStatus": ".exchange_index_status",
    "ExchangeInstance": ".exchange_instance",
    "ExchangeStatus": ".exchange_status",
    "ExitTrigger": ".exit_trigger",
    "ExitTriggerKind": ".exit_trigger_kind",
    "ExitTriggerLeg": ".exit_trigger_leg",
    "ExitTriggerReason": ".exit_trigger_reason",
    "ExitTriggerStatus": ".exit_trigger_status",
    "FCMSubtraderNotionalRiskLimit": ".fcm_subtrader_notional_risk_limit",
    "FCMSubtraderRiskControls": ".fcm_subtrader_risk_controls",
    "FCMSubtraderRiskControlsAssetClass": ".fcm_subtrader_risk_controls_asset_class",
    "GetExitTriggersResponse": ".get_exit_triggers_response",
    "GetFcmSubtraderRiskControlsAssetClass": ".get_fcm_subtrader_risk_controls_asset_class",
    "GetFCMSubtraderRiskControlsResponse": ".get_fcm_subtrader_risk_controls_response",
    "GetMarginBalanceResponse": ".get_margin_balance_response",
    "GetMarginCorporateActionsResponse": ".get_margin_corporate_actions_response",
    "GetMarginFeeTierRatesResponse": ".get_margin_fee_tier_rates_response",
    "GetMarginFeeTiersResponse": ".get_margin_fee_tiers_response",
    "GetMarginFeeTiersResponseMakerFeeRates": ".get_margin_fee_tiers_response_maker_fee_rates",
    "GetMarginFeeTiersResponseTakerFeeRates": ".get_margin_fee_tiers_response_taker_fee_rates",
    "GetMarginFillsResponse": ".get_margin_fills_response",
    "GetMarginFundingHistoryResponse": ".get_margin_funding_history_response",
    "GetMarginFundingRateEstimateResponse": ".get_margin_funding_rate_estimate_response",
    "GetMarginHistoricalFundingRatesResponse": ".get_margin_historical_funding_rates_response",
    "GetMarginMarketCandlesticksPeriodInterval": ".get_margin_market_candlesticks_period_interval",
    "GetMarginMarketCandlesticksResponse": ".get_margin_market_candlesticks_response",
    "GetMarginMarketOrderbooksResponse": ".get_margin_market_orderbooks_response",
    "GetMarginMarketsResponse": ".get_margin_markets_response",
    "GetMarginOrderResponse": ".get_margin_order_response",
    "GetMarginOrdersResponse": ".get_margin_orders_response",
    "GetMarginPositionsResponse": ".get_margin_positions_response",
    "GetMarginPremiumIndexResponse": ".get_margin_premium_index_response",
    "GetMarginRiskParametersResponse": ".get_margin_risk_parameters_response",
    "GetMarginRiskParametersResponseInitialMarginMultiplier": ".get_margin_risk_parameters_response_initial_margin_multiplier",
    "GetMarginRiskResponse": ".get_margin_risk_response",
    "GetMarginTradesResponse": ".get_margin_trades_response",
    "GetOrderGroupResponse": ".get_order_group_response",
    "GetOrderGroupsResponse": ".get_order_groups_response",
    "IntraExchangeInstanceTransferRequest": ".intra_exchange_instance_transfer_request",
    "IntraExchangeInstanceTransferResponse": ".intra_exchange_instance_transfer_response",
    "LastUpdateReason": ".last_update_reason",
    "MarginCorporateAction": ".margin_corporate_action",
    "MarginCorporateActionCashTerms": ".margin_corporate_action_cash_terms",
    "MarginCorporateActionFinalSettlementTerms": ".margin_corporate_action_final_settlement_terms",
    "MarginCorporateActionSplitTerms": ".margin_corporate_action_split_terms",
    "MarginCorporateActionStatus": ".margin_corporate_action_status",
    "MarginCorporateActionTickerChangeTerms": ".margin_corporate_action_ticker_change_terms",
    "MarginCorporateActionType": ".margin_corporate_action_type",
    "MarginEnabledResponse": ".margin_enabled_response",
    "MarginFeeTierRate": ".margin_fee_tier_rate",
    "MarginFeeTierRateFeeSchedule": ".margin_fee_tier_rate_fee_schedule",
    "MarginFill": ".margin_fill",
    "MarginFundingHistoryEntry": ".margin_funding_history_entry",
    "MarginFundingRate": ".margin_funding_rate",
    "MarginMarket": ".margin_market",
    "MarginMarketCandlestick": ".margin_market_candlestick",
    "MarginMarketFundingInvalidPremiumHandling": ".margin_market_funding_invalid_premium_handling",
    "MarginMarketFundingLimitUnit": ".margin_market_funding_limit_unit",
    "MarginMarketLeverageEstimates": ".margin_market_leverage_estimates",
    "MarginMarketLongLeverageEstimates": ".margin_market_long_leverage_estimates",
    "MarginMarketOrderbook": ".margin_market_orderbook",
    "MarginMarketProductMetadata": ".margin_market_product_metadata",
    "MarginMarketResponse": ".margin_market_response",
    "MarginMarketSchedule": ".margin_market_schedule",
    "MarginMarketShortLeverageEstimates": ".margin_market_short_leverage_estimates",
    "MarginMarketStatus": ".margin_market_status",
    "MarginOrder": ".margin_order",
    "MarginOrderbookCount": ".margin_orderbook_count",
    "MarginOrderbookResponse": ".margin_orderbook_response",
    "MarginPosition": ".margin_position",
    "MarginPremiumIndexPoint": ".margin_premium_index_point",
    "MarginRiskPosition": ".margin_risk_position",
    "MarginSubaccountBalance": ".margin_subaccount_balance",
    "MarginTrade": ".margin_trade",
    "NotionalRiskLimitResponse": ".notional_risk_limit_response",
    "NotionalRiskLimitResponseCurrentUsageByMarketTicker": ".notional_risk_limit_response_current_usage_by_market_ticker",
    "NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker": ".notional_risk_limit_response_notional_value_risk_limits_by_market_ticker",
    "OrderGroup": ".order_group",
    "OrderReason": ".order_reason",
    "OrderSource": ".order_source",
    "PriceDistributionHistorical": ".price_distribution_historical",
    "SelfTradePreventionType": ".self_trade_prevention_type",
    "SetCrossExitTriggerRequest": ".set_cross_exit_trigger_request",
    "SetIsolatedExitTriggerRequest": ".set_isolated_exit_trigger_request",
    "TickerPrice": ".ticker_price",
    "UpdateExitTriggerRequest": ".update_exit_trigger_request",
    "UpdateFCMNotionalRiskLimitRequest": ".update_fcm_notional_risk_limit_request",
    "UpdateFCMSubtraderRiskControlsRequest": ".update_fcm_subtrader_risk_controls_request",
    "UpdateFCMSubtraderRiskControlsRequestAssetClass": ".update_fcm_subtrader_risk_controls_request_asset_class",
    "UpdateOrderGroupLimitRequest": ".update_order_group_limit_request",
}

__all__ = (
    "AccountApiLimits",
    "AmendMarginOrderRequest",
    "AmendMarginOrderResponse",
    "ApiUsageLevelGrant",
    "ApplySubaccountTransferRequest",
    "ApplySubaccountTransferResponse",
    "BidAskDistributionHistorical",
    "BookSide",
    "BucketLimit",
    "CancelMarginOrderResponse",
    "CreateMarginFCMSubtraderRequest",
    "CreateMarginFCMSubtraderResponse",
    "CreateMarginOrderRequest",
    "CreateMarginOrderRequestTimeInForce",
    "CreateMarginOrderResponse",
    "CreateOrderGroupRequest",
    "CreateOrderGroupResponse",
    "CreateSubaccountResponse",
    "DecreaseMarginOrderRequest",
    "DecreaseMarginOrderResponse",
    "DeleteFcmSubtraderRiskControlsAssetClass",
    "EmptyResponse",
    "ErrorResponse",
    "ExchangeIndexStatus",
    "ExchangeInstance",
    "ExchangeStatus",
    "ExitTrigger",
    "ExitTriggerKind",
    "ExitTriggerLeg",
    "ExitTriggerReason",
    "ExitTriggerStatus",
    "FCMSubtraderNotionalRiskLimit",
    "FCMSubtraderRiskControls",
    "FCMSubtraderRiskControlsAssetClass",
    "GetExitTriggersResponse",
    "GetFcmSubtraderRiskControlsAssetClass",
    "GetFCMSubtraderRiskControlsResponse",
    "GetMarginBalanceResponse",
    "GetMarginCorporateActionsResponse",
    "GetMarginFeeTierRatesResponse",
    "GetMarginFeeTiersResponse",
    "GetMarginFeeTiersResponseMakerFeeRates",
    "GetMarginFeeTiersResponseTakerFeeRates",
    "GetMarginFillsResponse",
    "GetMarginFundingHistoryResponse",
    "GetMarginFundingRateEstimateResponse",
    "GetMarginHistoricalFundingRatesResponse",
    "GetMarginMarketCandlesticksPeriodInterval",
    "GetMarginMarketCandlesticksResponse",
    "GetMarginMarketOrderbooksResponse",
    "GetMarginMarketsResponse",
    "GetMarginOrderResponse",
    "GetMarginOrdersResponse",
    "GetMarginPositionsResponse",
    "GetMarginPremiumIndexResponse",
    "GetMarginRiskParametersResponse",
    "GetMarginRiskParametersResponseInitialMarginMultiplier",
    "GetMarginRiskResponse",
    "GetMarginTradesResponse",
    "GetOrderGroupResponse",
    "GetOrderGroupsResponse",
    "IntraExchangeInstanceTransferRequest",
    "IntraExchangeInstanceTransferResponse",
    "LastUpdateReason",
    "MarginCorporateAction",
    "MarginCorporateActionCashTerms",
    "MarginCorporateActionFinalSettlementTerms",
    "MarginCorporateActionSplitTerms",
    "MarginCorporateActionStatus",
    "MarginCorporateActionTickerChangeTerms",
    "MarginCorporateActionType",
    "MarginEnabledResponse",
    "MarginFeeTierRate",
    "MarginFeeTierRateFeeSchedule",
    "MarginFill",
    "MarginFundingHistoryEntry",
    "MarginFundingRate",
    "MarginMarket",
    "MarginMarketCandlestick",
    "MarginMarketFundingInvalidPremiumHandling",
    "MarginMarketFundingLimitUnit",
    "MarginMarketLeverageEstimates",
    "MarginMarketLongLeverageEstimates",
    "MarginMarketOrderbook",
    "MarginMarketProductMetadata",
    "MarginMarketResponse",
    "MarginMarketSchedule",
    "MarginMarketShortLeverageEstimates",
    "MarginMarketStatus",
    "MarginOrder",
    "MarginOrderbookCount",
    "MarginOrderbookResponse",
    "MarginPosition",
    "MarginPremiumIndexPoint",
    "MarginRiskPosition",
    "MarginSubaccountBalance",
    "MarginTrade",
    "NotionalRiskLimitResponse",
    "NotionalRiskLimitResponseCurrentUsageByMarketTicker",
    "NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker",
    "OrderGroup",
    "OrderReason",
    "OrderSource",
    "PriceDistributionHistorical",
    "SelfTradePreventionType",
    "SetCrossExitTriggerRequest",
    "SetIsolatedExitTriggerRequest",
    "TickerPrice",
    "UpdateExitTriggerRequest",
    "UpdateFCMNotionalRiskLimitRequest",
    "UpdateFCMSubtraderRiskControlsRequest",
    "UpdateFCMSubtraderRiskControlsRequestAssetClass",
    "UpdateOrderGroupLimitRequest",
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
