"""Contains all the data models used in inputs/outputs (loaded lazily, on first attribute access)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accept_block_trade_proposal_request import AcceptBlockTradeProposalRequest
    from .accept_quote_request import AcceptQuoteRequest
    from .accept_quote_request_accepted_side import AcceptQuoteRequestAcceptedSide
    from .accept_rfq_batch_request import AcceptRFQBatchRequest
    from .accept_rfq_batch_request_accepted_side import AcceptRFQBatchRequestAcceptedSide
    from .accept_rfq_batch_response import AcceptRFQBatchResponse
    from .accept_rfq_batch_response_accepted_side import AcceptRFQBatchResponseAcceptedSide
    from .account_api_limits import AccountApiLimits
    from .account_api_usage_level_volume_goal import AccountApiUsageLevelVolumeGoal
    from .account_api_usage_level_volume_progress import AccountApiUsageLevelVolumeProgress
    from .amend_order_request import AmendOrderRequest
    from .amend_order_request_action import AmendOrderRequestAction
    from .amend_order_request_side import AmendOrderRequestSide
    from .amend_order_response import AmendOrderResponse
    from .amend_order_v2_request import AmendOrderV2Request
    from .amend_order_v2_response import AmendOrderV2Response
    from .api_key import ApiKey
    from .api_key_scope import ApiKeyScope
    from .api_key_type import ApiKeyType
    from .api_usage_level_grant import ApiUsageLevelGrant
    from .apply_subaccount_transfer_request import ApplySubaccountTransferRequest
    from .apply_subaccount_transfer_response import ApplySubaccountTransferResponse
    from .associated_event import AssociatedEvent
    from .batch_cancel_orders_individual_response import BatchCancelOrdersIndividualResponse
    from .batch_cancel_orders_request import BatchCancelOrdersRequest
    from .batch_cancel_orders_request_order import BatchCancelOrdersRequestOrder
    from .batch_cancel_orders_response import BatchCancelOrdersResponse
    from .batch_cancel_orders_v2_request import BatchCancelOrdersV2Request
    from .batch_cancel_orders_v2_request_orders_item import BatchCancelOrdersV2RequestOrdersItem
    from .batch_cancel_orders_v2_response import BatchCancelOrdersV2Response
    from .batch_cancel_orders_v2_response_orders_item import BatchCancelOrdersV2ResponseOrdersItem
    from .batch_create_orders_individual_response import BatchCreateOrdersIndividualResponse
    from .batch_create_orders_request import BatchCreateOrdersRequest
    from .batch_create_orders_response import BatchCreateOrdersResponse
    from .batch_create_orders_v2_request import BatchCreateOrdersV2Request
    from .batch_create_orders_v2_response import BatchCreateOrdersV2Response
    from .batch_create_orders_v2_response_orders_item import BatchCreateOrdersV2ResponseOrdersItem
    from .batch_get_market_candlesticks_response import BatchGetMarketCandlesticksResponse
    from .bid_ask_distribution import BidAskDistribution
    from .bid_ask_distribution_historical import BidAskDistributionHistorical
    from .block_trade_proposal import BlockTradeProposal
    from .block_trade_proposal_maker_side import BlockTradeProposalMakerSide
    from .book_side import BookSide
    from .bucket_limit import BucketLimit
    from .cancel_order_v2_response import CancelOrderV2Response
    from .create_api_key_request import CreateApiKeyRequest
    from .create_api_key_response import CreateApiKeyResponse
    from .create_fcm_position_transfer_request import CreateFCMPositionTransferRequest
    from .create_fcm_position_transfer_response import CreateFCMPositionTransferResponse
    from .create_fcm_subtrader_request import CreateFCMSubtraderRequest
    from .create_fcm_subtrader_response import CreateFCMSubtraderResponse
    from .create_market_in_multivariate_event_collection_request import CreateMarketInMultivariateEventCollectionRequest
    from .create_market_in_multivariate_event_collection_response import (
        CreateMarketInMultivariateEventCollectionResponse,
    )
    from .create_order_group_request import CreateOrderGroupRequest
    from .create_order_group_response import CreateOrderGroupResponse
    from .create_order_request import CreateOrderRequest
    from .create_order_request_action import CreateOrderRequestAction
    from .create_order_request_side import CreateOrderRequestSide
    from .create_order_request_time_in_force import CreateOrderRequestTimeInForce
    from .create_order_response import CreateOrderResponse
    from .create_order_v2_request import CreateOrderV2Request
    from .create_order_v2_request_time_in_force import CreateOrderV2RequestTimeInForce
    from .create_order_v2_response import CreateOrderV2Response
    from .create_quote_request import CreateQuoteRequest
    from .create_quote_response import CreateQuoteResponse
    from .create_rfq_batch_child import CreateRFQBatchChild
    from .create_rfq_batch_quote_request import CreateRFQBatchQuoteRequest
    from .create_rfq_batch_quote_response import CreateRFQBatchQuoteResponse
    from .create_rfq_batch_request import CreateRFQBatchRequest
    from .create_rfq_batch_response import CreateRFQBatchResponse
    from .create_rfq_request import CreateRFQRequest
    from .create_rfq_response import CreateRFQResponse
    from .create_subaccount_request import CreateSubaccountRequest
    from .create_subaccount_response import CreateSubaccountResponse
    from .daily_schedule import DailySchedule
    from .decrease_order_v2_request import DecreaseOrderV2Request
    from .decrease_order_v2_response import DecreaseOrderV2Response
    from .deposit import Deposit
    from .deposit_status import DepositStatus
    from .deposit_type import DepositType
    from .empty_response import EmptyResponse
    from .endpoint_token_cost import EndpointTokenCost
    from .error_response import ErrorResponse
    from .event_data import EventData
    from .event_data_product_metadata import EventDataProductMetadata
    from .event_fee_change import EventFeeChange
    from .event_live_data import EventLiveData
    from .event_live_data_details import EventLiveDataDetails
    from .event_position import EventPosition
    from .exchange_index_status import ExchangeIndexStatus
    from .exchange_instance import ExchangeInstance
    from .exchange_status import ExchangeStatus
    from .fcm_fill import FcmFill
    from .fcm_subtrader import FCMSubtrader
    from .fee_type import FeeType
    from .fill import Fill
    from .fill_action import FillAction
    from .fill_side import FillSide
    from .forecast_percentiles_point import ForecastPercentilesPoint
    from .generate_api_key_request import GenerateApiKeyRequest
    from .generate_api_key_response import GenerateApiKeyResponse
    from .get_account_api_usage_level_volume_progress_response import GetAccountApiUsageLevelVolumeProgressResponse
    from .get_account_endpoint_costs_response import GetAccountEndpointCostsResponse
    from .get_api_keys_response import GetApiKeysResponse
    from .get_balance_response import GetBalanceResponse
    from .get_block_trade_proposals_response import GetBlockTradeProposalsResponse
    from .get_communications_id_response import GetCommunicationsIDResponse
    from .get_deposits_response import GetDepositsResponse
    from .get_event_candlesticks_response import GetEventCandlesticksResponse
    from .get_event_fee_changes_response import GetEventFeeChangesResponse
    from .get_event_forecast_percentiles_history_period_interval import GetEventForecastPercentilesHistoryPeriodInterval
    from .get_event_forecast_percentiles_history_response import GetEventForecastPercentilesHistoryResponse
    from .get_event_live_data_response import GetEventLiveDataResponse
    from .get_event_metadata_response import GetEventMetadataResponse
    from .get_event_response import GetEventResponse
    from .get_events_response import GetEventsResponse
    from .get_events_status import GetEventsStatus
    from .get_exchange_schedule_response import GetExchangeScheduleResponse
    from .get_fcm_event_contract_daily_cap_response import GetFCMEventContractDailyCapResponse
    from .get_fcm_fills_response import GetFcmFillsResponse
    from .get_fcm_orders_status import GetFcmOrdersStatus
    from .get_fcm_positions_settlement_status import GetFcmPositionsSettlementStatus
    from .get_fcm_subtrader_blocked_categories_response import GetFCMSubtraderBlockedCategoriesResponse
    from .get_fills_response import GetFillsResponse
    from .get_filters_by_sports_response import GetFiltersBySportsResponse
    from .get_filters_by_sports_response_filters_by_sports import GetFiltersBySportsResponseFiltersBySports
    from .get_game_stats_response import GetGameStatsResponse
    from .get_historical_cutoff_response import GetHistoricalCutoffResponse
    from .get_historical_markets_mve_filter import GetHistoricalMarketsMveFilter
    from .get_incentive_programs_response import GetIncentiveProgramsResponse
    from .get_incentive_programs_status import GetIncentiveProgramsStatus
    from .get_incentive_programs_type import GetIncentiveProgramsType
    from .get_intra_exchange_instance_transfer_response import GetIntraExchangeInstanceTransferResponse
    from .get_intra_exchange_instance_transfers_response import GetIntraExchangeInstanceTransfersResponse
    from .get_live_data_response import GetLiveDataResponse
    from .get_live_datas_response import GetLiveDatasResponse
    from .get_market_candlesticks_by_event_period_interval import GetMarketCandlesticksByEventPeriodInterval
    from .get_market_candlesticks_historical_period_interval import GetMarketCandlesticksHistoricalPeriodInterval
    from .get_market_candlesticks_historical_response import GetMarketCandlesticksHistoricalResponse
    from .get_market_candlesticks_period_interval import GetMarketCandlesticksPeriodInterval
    from .get_market_candlesticks_response import GetMarketCandlesticksResponse
    from .get_market_orderbook_response import GetMarketOrderbookResponse
    from .get_market_orderbooks_response import GetMarketOrderbooksResponse
    from .get_market_response import GetMarketResponse
    from .get_markets_mve_filter import GetMarketsMveFilter
    from .get_markets_response import GetMarketsResponse
    from .get_markets_status import GetMarketsStatus
    from .get_milestone_response import GetMilestoneResponse
    from .get_milestones_response import GetMilestonesResponse
    from .get_multivariate_event_collection_response import GetMultivariateEventCollectionResponse
    from .get_multivariate_event_collections_response import GetMultivariateEventCollectionsResponse
    from .get_multivariate_event_collections_status import GetMultivariateEventCollectionsStatus
    from .get_multivariate_events_response import GetMultivariateEventsResponse
    from .get_order_group_response import GetOrderGroupResponse
    from .get_order_groups_response import GetOrderGroupsResponse
    from .get_order_queue_position_response import GetOrderQueuePositionResponse
    from .get_order_queue_positions_response import GetOrderQueuePositionsResponse
    from .get_order_response import GetOrderResponse
    from .get_orders_response import GetOrdersResponse
    from .get_portfolio_resting_order_total_value_response import GetPortfolioRestingOrderTotalValueResponse
    from .get_positions_response import GetPositionsResponse
    from .get_positions_settlement_status import GetPositionsSettlementStatus
    from .get_quote_response import GetQuoteResponse
    from .get_quotes_response import GetQuotesResponse
    from .get_rfq_batch_best_quotes_response import GetRFQBatchBestQuotesResponse
    from .get_rfq_batch_quotes_response import GetRFQBatchQuotesResponse
    from .get_rfq_batch_response import GetRFQBatchResponse
    from .get_rfq_batches_response import GetRFQBatchesResponse
    from .get_rfq_list_response import GetRFQListResponse
    from .get_rfq_response import GetRFQResponse
    from .get_series_fee_changes_response import GetSeriesFeeChangesResponse
    from .get_series_list_response import GetSeriesListResponse
    from .get_series_response import GetSeriesResponse
    from .get_settlements_response import GetSettlementsResponse
    from .get_structured_target_response import GetStructuredTargetResponse
    from .get_structured_targets_response import GetStructuredTargetsResponse
    from .get_subaccount_balances_response import GetSubaccountBalancesResponse
    from .get_subaccount_netting_response import GetSubaccountNettingResponse
    from .get_subaccount_transfers_response import GetSubaccountTransfersResponse
    from .get_tags_for_series_categories_response import GetTagsForSeriesCategoriesResponse
    from .get_tags_for_series_categories_response_tags_by_categories import (
        GetTagsForSeriesCategoriesResponseTagsByCategories,
    )
    from .get_target_balance_allocation_response import GetTargetBalanceAllocationResponse
    from .get_trades_response import GetTradesResponse
    from .get_user_data_timestamp_response import GetUserDataTimestampResponse
    from .get_weather_index_calibrations_response import GetWeatherIndexCalibrationsResponse
    from .get_weather_index_response import GetWeatherIndexResponse
    from .get_withdrawals_response import GetWithdrawalsResponse
    from .incentive_program import IncentiveProgram
    from .incentive_program_incentive_type import IncentiveProgramIncentiveType
    from .indexed_balance import IndexedBalance
    from .intra_exchange_instance_transfer import IntraExchangeInstanceTransfer
    from .intra_exchange_instance_transfer_request import IntraExchangeInstanceTransferRequest
    from .intra_exchange_instance_transfer_response import IntraExchangeInstanceTransferResponse
    from .intra_exchange_instance_transfer_status import IntraExchangeInstanceTransferStatus
    from .list_fcm_subtraders_response import ListFCMSubtradersResponse
    from .live_data import LiveData
    from .live_data_details import LiveDataDetails
    from .maintenance_window import MaintenanceWindow
    from .market import Market
    from .market_candlestick import MarketCandlestick
    from .market_candlestick_historical import MarketCandlestickHistorical
    from .market_candlesticks_response import MarketCandlesticksResponse
    from .market_custom_strike import MarketCustomStrike
    from .market_market_type import MarketMarketType
    from .market_metadata import MarketMetadata
    from .market_orderbook_fp import MarketOrderbookFp
    from .market_position import MarketPosition
    from .market_result import MarketResult
    from .market_settlement_bounds_type import MarketSettlementBoundsType
    from .market_status import MarketStatus
    from .market_strike_type import MarketStrikeType
    from .milestone import Milestone
    from .milestone_details import MilestoneDetails
    from .milestone_source_ids import MilestoneSourceIds
    from .multivariate_event_collection import MultivariateEventCollection
    from .mve_selected_leg import MveSelectedLeg
    from .order import Order
    from .order_action import OrderAction
    from .order_group import OrderGroup
    from .order_outcome_side import OrderOutcomeSide
    from .order_queue_position import OrderQueuePosition
    from .order_side import OrderSide
    from .order_status import OrderStatus
    from .order_type import OrderType
    from .orderbook_count_fp import OrderbookCountFp
    from .outcome_side import OutcomeSide
    from .percentile_point import PercentilePoint
    from .play_by_play import PlayByPlay
    from .play_by_play_periods_item import PlayByPlayPeriodsItem
    from .play_by_play_periods_item_events_item import PlayByPlayPeriodsItemEventsItem
    from .price_distribution import PriceDistribution
    from .price_distribution_historical import PriceDistributionHistorical
    from .price_range import PriceRange
    from .propose_block_trade_request import ProposeBlockTradeRequest
    from .propose_block_trade_request_maker_side import ProposeBlockTradeRequestMakerSide
    from .propose_block_trade_response import ProposeBlockTradeResponse
    from .quote import Quote
    from .quote_accepted_side import QuoteAcceptedSide
    from .quote_status import QuoteStatus
    from .resting_margin_reservation import RestingMarginReservation
    from .rfq import RFQ
    from .rfq_batch import RFQBatch
    from .rfq_batch_accept_limit import RFQBatchAcceptLimit
    from .rfq_batch_best_quote import RFQBatchBestQuote
    from .rfq_batch_best_quotes import RFQBatchBestQuotes
    from .rfq_batch_quote import RFQBatchQuote
    from .rfq_batch_quote_accepted_side import RFQBatchQuoteAcceptedSide
    from .rfq_batch_quote_entry import RFQBatchQuoteEntry
    from .rfq_batch_quote_status import RFQBatchQuoteStatus
    from .rfq_batch_status import RFQBatchStatus
    from .rfq_status import RFQStatus
    from .schedule import Schedule
    from .scope_list import ScopeList
    from .self_trade_prevention_type import SelfTradePreventionType
    from .series import Series
    from .series_fee_change import SeriesFeeChange
    from .series_product_metadata import SeriesProductMetadata
    from .set_target_balance_allocation_request import SetTargetBalanceAllocationRequest
    from .settlement import Settlement
    from .settlement_market_result import SettlementMarketResult
    from .settlement_source import SettlementSource
    from .sport_filter_details import SportFilterDetails
    from .sport_filter_details_competitions import SportFilterDetailsCompetitions
    from .structured_target import StructuredTarget
    from .structured_target_details import StructuredTargetDetails
    from .structured_target_source_ids import StructuredTargetSourceIds
    from .subaccount_balance import SubaccountBalance
    from .subaccount_netting_config import SubaccountNettingConfig
    from .subaccount_transfer import SubaccountTransfer
    from .target_balance_allocation import TargetBalanceAllocation
    from .target_balance_allocation_input import TargetBalanceAllocationInput
    from .ticker_pair import TickerPair
    from .ticker_pair_side import TickerPairSide
    from .trade import Trade
    from .trade_taker_outcome_side import TradeTakerOutcomeSide
    from .trade_taker_side import TradeTakerSide
    from .update_fcm_event_contract_daily_cap_request import UpdateFCMEventContractDailyCapRequest
    from .update_fcm_subtrader_blocked_categories_request import UpdateFCMSubtraderBlockedCategoriesRequest
    from .update_fcm_subtrader_blocked_categories_response import UpdateFCMSubtraderBlockedCategoriesResponse
    from .update_order_group_limit_request import UpdateOrderGroupLimitRequest
    from .update_subaccount_netting_request import UpdateSubaccountNettingRequest
    from .user_filter import UserFilter
    from .weather_index_calibration import WeatherIndexCalibration
    from .weather_index_calibration_station import WeatherIndexCalibrationStation
    from .weather_index_point import WeatherIndexPoint
    from .weather_index_station_reading import WeatherIndexStationReading
    from .weekly_schedule import WeeklySchedule
    from .withdrawal import Withdrawal
    from .withdrawal_status import WithdrawalStatus
    from .withdrawal_type import WithdrawalType

_MODULE_OF: dict[str, str] = {
    "AcceptBlockTradeProposalRequest": ".accept_block_trade_proposal_request",
    "AcceptQuoteRequest": ".accept_quote_request",
    "AcceptQuoteRequestAcceptedSide": ".accept_quote_request_accepted_side",
    "AcceptRFQBatchRequest": ".accept_rfq_batch_request",
    "AcceptRFQBatchRequestAcceptedSide": ".accept_rfq_batch_request_accepted_side",
    "AcceptRFQBatchResponse": ".accept_rfq_batch_response",
    "AcceptRFQBatchResponseAcceptedSide": ".accept_rfq_batch_response_accepted_side",
    "AccountApiLimits": ".account_api_limits",
    "AccountApiUsageLevelVolumeGoal": ".account_api_usage_level_volume_goal",
    "AccountApiUsageLevelVolumeProgress": ".account_api_usage_level_volume_progress",
    "AmendOrderRequest": ".amend_order_request",
    "AmendOrderRequestAction": ".amend_order_request_action",
    "AmendOrderRequestSide": ".amend_order_request_side",
    "AmendOrderResponse": ".amend_order_response",
    "AmendOrderV2Request": ".amend_order_v2_request",
    "AmendOrderV2Response": ".amend_order_v2_response",
    "ApiKey": ".api_key",
    "ApiKeyScope": ".api_key_scope",
    "ApiKeyType": ".api_key_type",
    "ApiUsageLevelGrant": ".api_usage_level_grant",
    "ApplySubaccountTransferRequest": ".apply_subaccount_transfer_request",
    "ApplySubaccountTransferResponse": ".apply_subaccount_transfer_response",
    "AssociatedEvent": ".associated_event",
    "BatchCancelOrdersIndividualResponse": ".batch_cancel_orders_individual_response",
    "BatchCancelOrdersRequest": ".batch_cancel_orders_request",
    "BatchCancelOrdersRequestOrder": ".batch_cancel_orders_request_order",
    "BatchCancelOrdersResponse": ".batch_cancel_orders_response",
    "BatchCancelOrdersV2Request": ".batch_cancel_orders_v2_request",
    "BatchCancelOrdersV2RequestOrdersItem": ".batch_cancel_orders_v2_request_orders_item",
    "BatchCancelOrdersV2Response": ".batch_cancel_orders_v2_response",
    "BatchCancelOrdersV2ResponseOrdersItem": ".batch_cancel_orders_v2_response_orders_item",
    "BatchCreateOrdersIndividualResponse": ".batch_create_orders_individual_response",
    "BatchCreateOrdersRequest": ".batch_create_orders_request",
    "BatchCreateOrdersResponse": ".batch_create_orders_response",
    "BatchCreateOrdersV2Request": ".batch_create_orders_v2_request",
    "BatchCreateOrdersV2Response": ".batch_create_orders_v2_response",
    "BatchCreateOrdersV2ResponseOrdersItem": ".batch_create_orders_v2_response_orders_item",
    "BatchGetMarketCandlesticksResponse": ".batch_get_market_candlesticks_response",
    "BidAskDistribution": ".bid_ask_distribution",
    "BidAskDistributionHistorical": ".bid_ask_distribution_historical",
    "BlockTradeProposal": ".block_trade_proposal",
    "BlockTradeProposalMakerSide": ".block_trade_proposal_maker_side",
    "BookSide": ".book_side",
    "BucketLimit": ".bucket_limit",
    "CancelOrderV2Response": ".cancel_order_v2_response",
    "CreateApiKeyRequest": ".create_api_key_request",
    "CreateApiKeyResponse": ".create_api_key_response",
    "CreateFCMPositionTransferRequest": ".create_fcm_position_transfer_request",
    "CreateFCMPositionTransferResponse": ".create_fcm_position_transfer_response",
    "CreateFCMSubtraderRequest": ".create_fcm_subtrader_request",
    "CreateFCMSubtraderResponse": ".create_fcm_subtrader_response",
    "CreateMarketInMultivariateEventCollectionRequest": ".create_market_in_multivariate_event_collection_request",
    "CreateMarketInMultivariateEventCollectionResponse": ".create_market_in_multivariate_event_collection_response",
    "CreateOrderGroupRequest": ".create_order_group_request",
    "CreateOrderGroupResponse": ".create_order_group_response",
    "CreateOrderRequest": ".create_order_request",
    "CreateOrderRequestAction": ".create_order_request_action",
    "CreateOrderRequestSide": ".create_order_request_side",
    "CreateOrderRequestTimeInForce": ".create_order_request_time_in_force",
    "CreateOrderResponse": ".create_order_response",
    "CreateOrderV2Request": ".create_order_v2_request",
    "CreateOrderV2RequestTimeInForce": ".create_order_v2_request_time_in_force",
    "CreateOrderV2Response": ".create_order_v2_response",
    "CreateQuoteRequest": ".create_quote_request",
    "CreateQuoteResponse": ".create_quote_response",
    "CreateRFQBatchChild": ".create_rfq_batch_child",
    "CreateRFQBatchQuoteRequest": ".create_rfq_batch_quote_request",
    "CreateRFQBatchQuoteResponse": ".create_rfq_batch_quote_response",
    "CreateRFQBatchRequest": ".create_rfq_batch_request",
    "CreateRFQBatchResponse": ".create_rfq_batch_response",
    "CreateRFQRequest": ".create_rfq_request",
    "CreateRFQResponse": ".create_rfq_response",
    "CreateSubaccountRequest": ".create_subaccount_request",
    "CreateSubaccountResponse": ".create_subaccount_response",
    "DailySchedule": ".daily_schedule",
    "DecreaseOrderV2Request": ".decrease_order_v2_request",
    "DecreaseOrderV2Response": ".decrease_order_v2_response",
    "Deposit": ".deposit",
    "DepositStatus": ".deposit_status",
    "DepositType": ".deposit_type",
    "EmptyResponse": ".empty_response",
    "EndpointTokenCost": ".endpoint_token_cost",
    "ErrorResponse": ".error_response",
    "EventData": ".event_data",
    "EventDataProductMetadata": ".event_data_product_metadata",
    "EventFeeChange": ".event_fee_change",
    "EventLiveData": ".event_live_data",
    "EventLiveDataDetails": ".event_live_data_details",
    "EventPosition": ".event_position",
    "ExchangeIndexStatus": ".exchange_index_status",
    "ExchangeInstance": ".exchange_instance",
    "ExchangeStatus": ".exchange_status",
    "FcmFill": ".fcm_fill",
    "FCMSubtrader": ".fcm_subtrader",
    "FeeType": ".fee_type",
    "Fill": ".fill",
    "FillAction": ".fill_action",
    "FillSide": ".fill_side",
    "ForecastPercentilesPoint": ".forecast_percentiles_point",
    "GenerateApiKeyRequest": ".generate_api_key_request",
    "GenerateApiKeyResponse": ".generate_api_key_response",
    "GetAccountApiUsageLevelVolumeProgressResponse": ".get_account_api_usage_level_volume_progress_response",
    "GetAccountEndpointCostsResponse": ".get_account_endpoint_costs_response",
    "GetApiKeysResponse": ".get_api_keys_response",
    "GetBalanceResponse": ".get_balance_response",
    "GetBlockTradeProposalsResponse": ".get_block_trade_proposals_response",
    "GetCommunicationsIDResponse": ".get_communications_id_response",
    "GetDepositsResponse": ".get_deposits_response",
    "GetEventCandlesticksResponse": ".get_event_candlesticks_response",
    "GetEventFeeChangesResponse": ".get_event_fee_changes_response",
    "GetEventForecastPercentilesHistoryPeriodInterval": ".get_event_forecast_percentiles_history_period_interval",
    "GetEventForecastPercentilesHistoryResponse": ".get_event_forecast_percentiles_history_response",
    "GetEventLiveDataResponse": ".get_event_live_data_response",
    "GetEventMetadataResponse": ".get_event_metadata_response",
    "GetEventResponse": ".get_event_response",
    "GetEventsResponse": ".get_events_response",
    "GetEventsStatus": ".get_events_status",
    "GetExchangeScheduleResponse": ".get_exchange_schedule_response",
    "GetFCMEventContractDailyCapResponse": ".get_fcm_event_contract_daily_cap_response",
    "GetFcmFillsResponse": ".get_fcm_fills_response",
    "GetFcmOrdersStatus": ".get_fcm_orders_status",
    "GetFcmPositionsSettlementStatus": ".get_fcm_positions_settlement_status",
    "GetFCMSubtraderBlockedCategoriesResponse": ".get_fcm_subtrader_blocked_categories_response",
    "GetFillsResponse": ".get_fills_response",
    "GetFiltersBySportsResponse": ".get_filters_by_sports_response",
    "GetFiltersBySportsResponseFiltersBySports": ".get_filters_by_sports_response_filters_by_sports",
    "GetGameStatsResponse": ".get_game_stats_response",
    "GetHistoricalCutoffResponse": ".get_historical_cutoff_response",
    "GetHistoricalMarketsMveFilter": ".get_historical_markets_mve_filter",
    "GetIncentiveProgramsResponse": ".get_incentive_programs_response",
    "GetIncentiveProgramsStatus": ".get_incentive_programs_status",
    "GetIncentiveProgramsType": ".get_incentive_programs_type",
    "GetIntraExchangeInstanceTransferResponse": ".get_intra_exchange_instance_transfer_response",
    "GetIntraExchangeInstanceTransfersResponse": ".get_intra_exchange_instance_transfers_response",
    "GetLiveDataResponse": ".get_live_data_response",
    "GetLiveDatasResponse": ".get_live_datas_response",
    "GetMarketCandlesticksByEventPeriodInterval": ".get_market_candlesticks_by_event_period_interval",
    "GetMarketCandlesticksHistoricalPeriodInterval": ".get_market_candlesticks_historical_period_interval",
    "GetMarketCandlesticksHistoricalResponse": ".get_market_candlesticks_historical_response",
    "GetMarketCandlesticksPeriodInterval": ".get_market_candlesticks_period_interval",
    "GetMarketCandlesticksResponse": ".get_market_candlesticks_response",
    "GetMarketOrderbookResponse": ".get_market_orderbook_response",
    "GetMarketOrderbooksResponse": ".get_market_orderbooks_response",
    "GetMarketResponse": ".get_market_response",
    "GetMarketsMveFilter": ".get_markets_mve_filter",
    "GetMarketsResponse": ".get_markets_response",
    "GetMarketsStatus": ".get_markets_status",
    "GetMilestoneResponse": ".get_milestone_response",
    "GetMilestonesResponse": ".get_milestones_response",
    "GetMultivariateEventCollectionResponse": ".get_multivariate_event_collection_response",
    "GetMultivariateEventCollectionsResponse": ".get_multivariate_event_collections_response",
    "GetMultivariateEventCollectionsStatus": ".get_multivariate_event_collections_status",
    "GetMultivariateEventsResponse": ".get_multivariate_events_response",
    "GetOrderGroupResponse": ".get_order_group_response",
    "GetOrderGroupsResponse": ".get_order_groups_response",
    "GetOrderQueuePositionResponse": ".get_order_queue_position_response",
    "GetOrderQueuePositionsResponse": ".get_order_queue_positions_response",
    "GetOrderResponse": ".get_order_response",
    "GetOrdersResponse": ".get_orders_response",
    "GetPortfolioRestingOrderTotalValueResponse": ".get_portfolio_resting_order_total_value_response",
    "GetPositionsResponse": ".get_positions_response",
    "GetPositionsSettlementStatus": ".get_positions_settlement_status",
    "GetQuoteResponse": ".get_quote_response",
    "GetQuotesResponse": ".get_quotes_response",
    "GetRFQBatchBestQuotesResponse": ".get_rfq_batch_best_quotes_response",
    "GetRFQBatchQuotesResponse": ".get_rfq_batch_quotes_response",
    "GetRFQBatchResponse": ".get_rfq_batch_response",
    "GetRFQBatchesResponse": ".get_rfq_batches_response",
    "GetRFQListResponse": ".get_rfq_list_response",
    "GetRFQResponse": ".get_rfq_response",
    "GetSeriesFeeChangesResponse": ".get_series_fee_changes_response",
    "GetSeriesListResponse": ".get_series_list_response",
    "GetSeriesResponse": ".get_series_response",
    "GetSettlementsResponse": ".get_settlements_response",
    "GetStructuredTargetResponse": ".get_structured_target_response",
    "GetStructuredTargetsResponse": ".get_structured_targets_response",
    "GetSubaccountBalancesResponse": ".get_subaccount_balances_response",
    "GetSubaccountNettingResponse": ".get_subaccount_netting_response",
    "GetSubaccountTransfersResponse": ".get_subaccount_transfers_response",
    "GetTagsForSeriesCategoriesResponse": ".get_tags_for_series_categories_response",
    "GetTagsForSeriesCategoriesResponseTagsByCategories": ".get_tags_for_series_categories_response_tags_by_categories",
    "GetTargetBalanceAllocationResponse": ".get_target_balance_allocation_response",
    "GetTradesResponse": ".get_trades_response",
    "GetUserDataTimestampResponse": ".get_user_data_timestamp_response",
    "GetWeatherIndexCalibrationsResponse": ".get_weather_index_calibrations_response",
    "GetWeatherIndexResponse": ".get_weather_index_response",
    "GetWithdrawalsResponse": ".get_withdrawals_response",
    "IncentiveProgram": ".incentive_program",
    "IncentiveProgramIncentiveType": ".incentive_program_incentive_type",
    "IndexedBalance": ".indexed_balance",
    "IntraExchangeInstanceTransfer": ".intra_exchange_instance_transfer",
    "IntraExchangeInstanceTransferRequest": ".intra_exchange_instance_transfer_request",
    "IntraExchangeInstanceTransferResponse": ".intra_exchange_instance_transfer_response",
    "IntraExchangeInstanceTransferStatus": ".intra_exchange_instance_transfer_status",
    "ListFCMSubtradersResponse": ".list_fcm_subtraders_response",
    "LiveData": ".live_data",
    "LiveDataDetails": ".live_data_details",
    "MaintenanceWindow": ".maintenance_window",
    "Market": ".market",
    "MarketCandlestick": ".market_candlestick",
    "MarketCandlestickHistorical": ".market_candlestick_historical",
    "MarketCandlesticksResponse": ".market_candlesticks_response",
    "MarketCustomStrike": ".market_custom_strike",
    "MarketMarketType": ".market_market_type",
    "MarketMetadata": ".market_metadata",
    "MarketOrderbookFp": ".market_orderbook_fp",
    "MarketPosition": ".market_position",
    "MarketResult": ".market_result",
    "MarketSettlementBoundsType": ".market_settlement_bounds_type",
    "MarketStatus": ".market_status",
    "MarketStrikeType": ".market_strike_type",
    "Milestone": ".milestone",
    "MilestoneDetails": ".milestone_details",
    "MilestoneSourceIds": ".milestone_source_ids",
    "MultivariateEventCollection": ".multivariate_event_collection",
    "MveSelectedLeg": ".mve_selected_leg",
    "Order": ".order",
    "OrderAction": ".order_action",
    "OrderGroup": ".order_group",
    "OrderOutcomeSide": ".order_outcome_side",
    "OrderQueuePosition": ".order_queue_position",
    "OrderSide": ".order_side",
    "OrderStatus": ".order_status",
    "OrderType": ".order_type",
    "OrderbookCountFp": ".orderbook_count_fp",
    "OutcomeSide": ".outcome_side",
    "PercentilePoint": ".percentile_point",
    "PlayByPlay": ".play_by_play",
    "PlayByPlayPeriodsItem": ".play_by_play_periods_item",
    "PlayByPlayPeriodsItemEventsItem": ".play_by_play_periods_item_events_item",
    "PriceDistribution": ".price_distribution",
    "PriceDistributionHistorical": ".price_distribution_historical",
    "PriceRange": ".price_range",
    "ProposeBlockTradeRequest": ".propose_block_trade_request",
    "ProposeBlockTradeRequestMakerSide": ".propose_block_trade_request_maker_side",
    "ProposeBlockTradeResponse": ".propose_block_trade_response",
    "Quote": ".quote",
    "QuoteAcceptedSide": ".quote_accepted_side",
    "QuoteStatus": ".quote_status",
    "RestingMarginReservation": ".resting_margin_reservation",
    "RFQ": ".rfq",
    "RFQBatch": ".rfq_batch",
    "RFQBatchAcceptLimit": ".rfq_batch_accept_limit",
    "RFQBatchBestQuote": ".rfq_batch_best_quote",
    "RFQBatchBestQuotes": ".rfq_batch_best_quotes",
    "RFQBatchQuote": ".rfq_batch_quote",
    "RFQBatchQuoteAcceptedSide": ".rfq_batch_quote_accepted_side",
    "RFQBatchQuoteEntry": ".rfq_batch_quote_entry",
    "RFQBatchQuoteStatus": ".rfq_batch_quote_status",
    "RFQBatchStatus": ".rfq_batch_status",
    "RFQStatus": ".rfq_status",
    "Schedule": ".schedule",
    "ScopeList": ".scope_list",
    "SelfTradePreventionType": ".self_trade_prevention_type",
    "Series": ".series",
    "SeriesFeeChange": ".series_fee_change",
    "SeriesProductMetadata": ".series_product_metadata",
    "SetTargetBalanceAllocationRequest": ".set_target_balance_allocation_request",
    "Settlement": ".settlement",
    "SettlementMarketResult": ".settlement_market_result",
    "SettlementSource": ".settlement_source",
    "SportFilterDetails": ".sport_filter_details",
    "SportFilterDetailsCompetitions": ".sport_filter_details_competitions",
    "StructuredTarget": ".structured_target",
    "StructuredTargetDetails": ".structured_target_details",
    "StructuredTargetSourceIds": ".structured_target_source_ids",
    "SubaccountBalance": ".subaccount_balance",
    "SubaccountNettingConfig": ".subaccount_netting_config",
    "SubaccountTransfer": ".subaccount_transfer",
    "TargetBalanceAllocation": ".target_balance_allocation",
    "TargetBalanceAllocationInput": ".target_balance_allocation_input",
    "TickerPair": ".ticker_pair",
    "TickerPairSide": ".ticker_pair_side",
    "Trade": ".trade",
    "TradeTakerOutcomeSide": ".trade_taker_outcome_side",
    "TradeTakerSide": ".trade_taker_side",
    "UpdateFCMEventContractDailyCapRequest": ".update_fcm_event_contract_daily_cap_request",
    "UpdateFCMSubtraderBlockedCategoriesRequest": ".update_fcm_subtrader_blocked_categories_request",
    "UpdateFCMSubtraderBlockedCategoriesResponse": ".update_fcm_subtrader_blocked_categories_response",
    "UpdateOrderGroupLimitRequest": ".update_order_group_limit_request",
    "UpdateSubaccountNettingRequest": ".update_subaccount_netting_request",
    "UserFilter": ".user_filter",
    "WeatherIndexCalibration": ".weather_index_calibration",
    "WeatherIndexCalibrationStation": ".weather_index_calibration_station",
    "WeatherIndexPoint": ".weather_index_point",
    "WeatherIndexStationReading": ".weather_index_station_reading",
    "WeeklySchedule": ".weekly_schedule",
    "Withdrawal": ".withdrawal",
    "WithdrawalStatus": ".withdrawal_status",
    "WithdrawalType": ".withdrawal_type",
}

__all__ = (
    "AcceptBlockTradeProposalRequest",
    "AcceptQuoteRequest",
    "AcceptQuoteRequestAcceptedSide",
    "AcceptRFQBatchRequest",
    "AcceptRFQBatchRequestAcceptedSide",
    "AcceptRFQBatchResponse",
    "AcceptRFQBatchResponseAcceptedSide",
    "AccountApiLimits",
    "AccountApiUsageLevelVolumeGoal",
    "AccountApiUsageLevelVolumeProgress",
    "AmendOrderRequest",
    "AmendOrderRequestAction",
    "AmendOrderRequestSide",
    "AmendOrderResponse",
    "AmendOrderV2Request",
    "AmendOrderV2Response",
    "ApiKey",
    "ApiKeyScope",
    "ApiKeyType",
    "ApiUsageLevelGrant",
    "ApplySubaccountTransferRequest",
    "ApplySubaccountTransferResponse",
    "AssociatedEvent",
    "BatchCancelOrdersIndividualResponse",
    "BatchCancelOrdersRequest",
    "BatchCancelOrdersRequestOrder",
    "BatchCancelOrdersResponse",
    "BatchCancelOrdersV2Request",
    "BatchCancelOrdersV2RequestOrdersItem",
    "BatchCancelOrdersV2Response",
    "BatchCancelOrdersV2ResponseOrdersItem",
    "BatchCreateOrdersIndividualResponse",
    "BatchCreateOrdersRequest",
    "BatchCreateOrdersResponse",
    "BatchCreateOrdersV2Request",
    "BatchCreateOrdersV2Response",
    "BatchCreateOrdersV2ResponseOrdersItem",
    "BatchGetMarketCandlesticksResponse",
    "BidAskDistribution",
    "BidAskDistributionHistorical",
    "BlockTradeProposal",
    "BlockTradeProposalMakerSide",
    "BookSide",
    "BucketLimit",
    "CancelOrderV2Response",
    "CreateApiKeyRequest",
    "CreateApiKeyResponse",
    "CreateFCMPositionTransferRequest",
    "CreateFCMPositionTransferResponse",
    "CreateFCMSubtraderRequest",
    "CreateFCMSubtraderResponse",
    "CreateMarketInMultivariateEventCollectionRequest",
    "CreateMarketInMultivariateEventCollectionResponse",
    "CreateOrderGroupRequest",
    "CreateOrderGroupResponse",
    "CreateOrderRequest",
    "CreateOrderRequestAction",
    "CreateOrderRequestSide",
    "CreateOrderRequestTimeInForce",
    "CreateOrderResponse",
    "CreateOrderV2Request",
    "CreateOrderV2RequestTimeInForce",
    "CreateOrderV2Response",
    "CreateQuoteRequest",
    "CreateQuoteResponse",
    "CreateRFQBatchChild",
    "CreateRFQBatchQuoteRequest",
    "CreateRFQBatchQuoteResponse",
    "CreateRFQBatchRequest",
    "CreateRFQBatchResponse",
    "CreateRFQRequest",
    "CreateRFQResponse",
    "CreateSubaccountRequest",
    "CreateSubaccountResponse",
    "DailySchedule",
    "DecreaseOrderV2Request",
    "DecreaseOrderV2Response",
    "Deposit",
    "DepositStatus",
    "DepositType",
    "EmptyResponse",
    "EndpointTokenCost",
    "ErrorResponse",
    "EventData",
    "EventDataProductMetadata",
    "EventFeeChange",
    "EventLiveData",
    "EventLiveDataDetails",
    "EventPosition",
    "ExchangeIndexStatus",
    "ExchangeInstance",
    "ExchangeStatus",
    "FcmFill",
    "FCMSubtrader",
    "FeeType",
    "Fill",
    "FillAction",
    "FillSide",
    "ForecastPercentilesPoint",
    "GenerateApiKeyRequest",
    "GenerateApiKeyResponse",
    "GetAccountApiUsageLevelVolumeProgressResponse",
    "GetAccountEndpointCostsResponse",
    "GetApiKeysResponse",
    "GetBalanceResponse",
    "GetBlockTradeProposalsResponse",
    "GetCommunicationsIDResponse",
    "GetDepositsResponse",
    "GetEventCandlesticksResponse",
    "GetEventFeeChangesResponse",
    "GetEventForecastPercentilesHistoryPeriodInterval",
    "GetEventForecastPercentilesHistoryResponse",
    "GetEventLiveDataResponse",
    "GetEventMetadataResponse",
    "GetEventResponse",
    "GetEventsResponse",
    "GetEventsStatus",
    "GetExchangeScheduleResponse",
    "GetFCMEventContractDailyCapResponse",
    "GetFcmFillsResponse",
    "GetFcmOrdersStatus",
    "GetFcmPositionsSettlementStatus",
    "GetFCMSubtraderBlockedCategoriesResponse",
    "GetFillsResponse",
    "GetFiltersBySportsResponse",
    "GetFiltersBySportsResponseFiltersBySports",
    "GetGameStatsResponse",
    "GetHistoricalCutoffResponse",
    "GetHistoricalMarketsMveFilter",
    "GetIncentiveProgramsResponse",
    "GetIncentiveProgramsStatus",
    "GetIncentiveProgramsType",
    "GetIntraExchangeInstanceTransferResponse",
    "GetIntraExchangeInstanceTransfersResponse",
    "GetLiveDataResponse",
    "GetLiveDatasResponse",
    "GetMarketCandlesticksByEventPeriodInterval",
    "GetMarketCandlesticksHistoricalPeriodInterval",
    "GetMarketCandlesticksHistoricalResponse",
    "GetMarketCandlesticksPeriodInterval",
    "GetMarketCandlesticksResponse",
    "GetMarketOrderbookResponse",
    "GetMarketOrderbooksResponse",
    "GetMarketResponse",
    "GetMarketsMveFilter",
    "GetMarketsResponse",
    "GetMarketsStatus",
    "GetMilestoneResponse",
    "GetMilestonesResponse",
    "GetMultivariateEventCollectionResponse",
    "GetMultivariateEventCollectionsResponse",
    "GetMultivariateEventCollectionsStatus",
    "GetMultivariateEventsResponse",
    "GetOrderGroupResponse",
    "GetOrderGroupsResponse",
    "GetOrderQueuePositionResponse",
    "GetOrderQueuePositionsResponse",
    "GetOrderResponse",
    "GetOrdersResponse",
    "GetPortfolioRestingOrderTotalValueResponse",
    "GetPositionsResponse",
    "GetPositionsSettlementStatus",
    "GetQuoteResponse",
    "GetQuotesResponse",
    "GetRFQBatchBestQuotesResponse",
    "GetRFQBatchesResponse",
    "GetRFQBatchQuotesResponse",
    "GetRFQBatchResponse",
    "GetRFQListResponse",
    "GetRFQResponse",
    "GetSeriesFeeChangesResponse",
    "GetSeriesListResponse",
    "GetSeriesResponse",
    "GetSettlementsResponse",
    "GetStructuredTargetResponse",
    "GetStructuredTargetsResponse",
    "GetSubaccountBalancesResponse",
    "GetSubaccountNettingResponse",
    "GetSubaccountTransfersResponse",
    "GetTagsForSeriesCategoriesResponse",
    "GetTagsForSeriesCategoriesResponseTagsByCategories",
    "GetTargetBalanceAllocationResponse",
    "GetTradesResponse",
    "GetUserDataTimestampResponse",
    "GetWeatherIndexCalibrationsResponse",
    "GetWeatherIndexResponse",
    "GetWithdrawalsResponse",
    "IncentiveProgram",
    "IncentiveProgramIncentiveType",
    "IndexedBalance",
    "IntraExchangeInstanceTransfer",
    "IntraExchangeInstanceTransferRequest",
    "IntraExchangeInstanceTransferResponse",
    "IntraExchangeInstanceTransferStatus",
    "ListFCMSubtradersResponse",
    "LiveData",
    "LiveDataDetails",
    "MaintenanceWindow",
    "Market",
    "MarketCandlestick",
    "MarketCandlestickHistorical",
    "MarketCandlesticksResponse",
    "MarketCustomStrike",
    "MarketMarketType",
    "MarketMetadata",
    "MarketOrderbookFp",
    "MarketPosition",
    "MarketResult",
    "MarketSettlementBoundsType",
    "MarketStatus",
    "MarketStrikeType",
    "Milestone",
    "MilestoneDetails",
    "MilestoneSourceIds",
    "MultivariateEventCollection",
    "MveSelectedLeg",
    "Order",
    "OrderAction",
    "OrderbookCountFp",
    "OrderGroup",
    "OrderOutcomeSide",
    "OrderQueuePosition",
    "OrderSide",
    "OrderStatus",
    "OrderType",
    "OutcomeSide",
    "PercentilePoint",
    "PlayByPlay",
    "PlayByPlayPeriodsItem",
    "PlayByPlayPeriodsItemEventsItem",
    "PriceDistribution",
    "PriceDistributionHistorical",
    "PriceRange",
    "ProposeBlockTradeRequest",
    "ProposeBlockTradeRequestMakerSide",
    "ProposeBlockTradeResponse",
    "Quote",
    "QuoteAcceptedSide",
    "QuoteStatus",
    "RestingMarginReservation",
    "RFQ",
    "RFQBatch",
    "RFQBatchAcceptLimit",
    "RFQBatchBestQuote",
    "RFQBatchBestQuotes",
    "RFQBatchQuote",
    "RFQBatchQuoteAcceptedSide",
    "RFQBatchQuoteEntry",
    "RFQBatchQuoteStatus",
    "RFQBatchStatus",
    "RFQStatus",
    "Schedule",
    "ScopeList",
    "SelfTradePreventionType",
    "Series",
    "SeriesFeeChange",
    "SeriesProductMetadata",
    "SetTargetBalanceAllocationRequest",
    "Settlement",
    "SettlementMarketResult",
    "SettlementSource",
    "SportFilterDetails",
    "SportFilterDetailsCompetitions",
    "StructuredTarget",
    "StructuredTargetDetails",
    "StructuredTargetSourceIds",
    "SubaccountBalance",
    "SubaccountNettingConfig",
    "SubaccountTransfer",
    "TargetBalanceAllocation",
    "TargetBalanceAllocationInput",
    "TickerPair",
    "TickerPairSide",
    "Trade",
    "TradeTakerOutcomeSide",
    "TradeTakerSide",
    "UpdateFCMEventContractDailyCapRequest",
    "UpdateFCMSubtraderBlockedCategoriesRequest",
    "UpdateFCMSubtraderBlockedCategoriesResponse",
    "UpdateOrderGroupLimitRequest",
    "UpdateSubaccountNettingRequest",
    "UserFilter",
    "WeatherIndexCalibration",
    "WeatherIndexCalibrationStation",
    "WeatherIndexPoint",
    "WeatherIndexStationReading",
    "WeeklySchedule",
    "Withdrawal",
    "WithdrawalStatus",
    "WithdrawalType",
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
