"""Every Trade API operation, classified (SIMULATOR.md section 2).

``full``: stateful and schema-checked; ``minimal``: valid shapes with derived or empty data;
``unsupported``: 501 ``not_supported_in_simulator`` (with header ``X-Kalshi-Sim-Unsupported``),
which kalshi-ext treats as final. ``tests/sim/test_coverage.py`` fails when the spec gains an
operation that is not in this table, or when the table and the routes disagree.
"""

from __future__ import annotations

import re
from typing import Literal

Coverage = Literal["full", "minimal", "unsupported"]

OPERATIONS: tuple[tuple[str, str, str, Coverage], ...] = (
    ("GetExchangeStatus", "GET", "/exchange/status", "full"),
    ("GetExchangeSchedule", "GET", "/exchange/schedule", "full"),
    ("GetUserDataTimestamp", "GET", "/exchange/user_data_timestamp", "full"),
    ("GetSeriesList", "GET", "/series", "full"),
    ("GetSeries", "GET", "/series/{series_ticker}", "full"),
    ("GetEvents", "GET", "/events", "full"),
    ("GetEvent", "GET", "/events/{event_ticker}", "full"),
    ("GetEventMetadata", "GET", "/events/{event_ticker}/metadata", "full"),
    ("GetMarkets", "GET", "/markets", "full"),
    ("GetMarket", "GET", "/markets/{ticker}", "full"),
    ("GetMarketOrderbook", "GET", "/markets/{ticker}/orderbook", "full"),
    ("GetMarketOrderbooks", "GET", "/markets/orderbooks", "full"),
    ("GetTrades", "GET", "/markets/trades", "full"),
    ("CreateOrderV2", "POST", "/portfolio/events/orders", "full"),
    ("BatchCreateOrdersV2", "POST", "/portfolio/events/orders/batched", "full"),
    ("AmendOrderV2", "POST", "/portfolio/events/orders/{order_id}/amend", "full"),
    ("DecreaseOrderV2", "POST", "/portfolio/events/orders/{order_id}/decrease", "full"),
    ("CancelOrderV2", "DELETE", "/portfolio/events/orders/{order_id}", "full"),
    ("BatchCancelOrdersV2", "DELETE", "/portfolio/events/orders/batched", "full"),
    ("CancelAllOrders", "DELETE", "/portfolio/events/orders", "full"),
    ("GetOrders", "GET", "/portfolio/orders", "full"),
    ("GetOrder", "GET", "/portfolio/orders/{order_id}", "full"),
    ("GetOrderQueuePositions", "GET", "/portfolio/orders/queue_positions", "full"),
    ("GetOrderQueuePosition", "GET", "/portfolio/orders/{order_id}/queue_position", "full"),
    ("GetOrderGroups", "GET", "/portfolio/order_groups", "full"),
    ("CreateOrderGroup", "POST", "/portfolio/order_groups/create", "full"),
    ("GetOrderGroup", "GET", "/portfolio/order_groups/{order_group_id}", "full"),
    ("DeleteOrderGroup", "DELETE", "/portfolio/order_groups/{order_group_id}", "full"),
    ("ResetOrderGroup", "PUT", "/portfolio/order_groups/{order_group_id}/reset", "full"),
    ("TriggerOrderGroup", "PUT", "/portfolio/order_groups/{order_group_id}/trigger", "full"),
    ("UpdateOrderGroupLimit", "PUT", "/portfolio/order_groups/{order_group_id}/limit", "full"),
    ("GetBalance", "GET", "/portfolio/balance", "full"),
    ("GetPositions", "GET", "/portfolio/positions", "full"),
    ("GetFills", "GET", "/portfolio/fills", "full"),
    ("GetSettlements", "GET", "/portfolio/settlements", "full"),
    ("GetPortfolioRestingOrderTotalValue", "GET", "/portfolio/summary/total_resting_order_value", "full"),
    ("GetApiKeys", "GET", "/api_keys", "full"),
    ("CreateApiKey", "POST", "/api_keys", "full"),
    ("GenerateApiKey", "POST", "/api_keys/generate", "full"),
    ("DeleteApiKey", "DELETE", "/api_keys/{api_key}", "full"),
    ("GetAccountApiLimits", "GET", "/account/limits", "full"),
    ("GetAccountEndpointCosts", "GET", "/account/endpoint_costs", "full"),
    ("GetMarketCandlesticks", "GET", "/series/{series_ticker}/markets/{ticker}/candlesticks", "minimal"),
    ("BatchGetMarketCandlesticks", "GET", "/markets/candlesticks", "minimal"),
    ("GetMarketCandlesticksByEvent", "GET", "/series/{series_ticker}/events/{ticker}/candlesticks", "minimal"),
    ("GetSeriesFeeChanges", "GET", "/series/fee_changes", "minimal"),
    ("GetEventFeeChanges", "GET", "/events/fee_changes", "minimal"),
    ("GetTagsForSeriesCategories", "GET", "/search/tags_by_categories", "minimal"),
    ("GetFiltersForSports", "GET", "/search/filters_by_sport", "minimal"),
    ("GetMultivariateEvents", "GET", "/events/multivariate", "minimal"),
    ("GetIncentivePrograms", "GET", "/incentive_programs", "minimal"),
    ("GetHistoricalCutoff", "GET", "/historical/cutoff", "minimal"),
    ("GetFillsHistorical", "GET", "/historical/fills", "minimal"),
    ("GetHistoricalOrders", "GET", "/historical/orders", "minimal"),
    ("GetHistoricalPositions", "GET", "/historical/positions", "minimal"),
    ("GetTradesHistorical", "GET", "/historical/trades", "minimal"),
    ("GetHistoricalMarkets", "GET", "/historical/markets", "minimal"),
    ("GetHistoricalMarket", "GET", "/historical/markets/{ticker}", "minimal"),
    ("GetMarketCandlesticksHistorical", "GET", "/historical/markets/{ticker}/candlesticks", "minimal"),
    ("GetDeposits", "GET", "/portfolio/deposits", "minimal"),
    ("GetWithdrawals", "GET", "/portfolio/withdrawals", "minimal"),
    ("CreateSubaccount", "POST", "/portfolio/subaccounts", "minimal"),
    ("ApplySubaccountTransfer", "POST", "/portfolio/subaccounts/transfer", "minimal"),
    ("GetSubaccountBalances", "GET", "/portfolio/subaccounts/balances", "minimal"),
    ("GetSubaccountTransfers", "GET", "/portfolio/subaccounts/transfers", "minimal"),
    ("GetSubaccountNetting", "GET", "/portfolio/subaccounts/netting", "minimal"),
    ("UpdateSubaccountNetting", "PUT", "/portfolio/subaccounts/netting", "minimal"),
    ("IntraExchangeInstanceTransfer", "POST", "/portfolio/intra_exchange_instance_transfer", "minimal"),
    ("GetIntraExchangeInstanceTransfers", "GET", "/portfolio/intra_exchange_instance_transfers", "minimal"),
    (
        "GetIntraExchangeInstanceTransfer",
        "GET",
        "/portfolio/intra_exchange_instance_transfers/{transfer_id}",
        "minimal",
    ),
    ("UpgradeAccountApiUsageLevel", "POST", "/account/api_usage_level/upgrade", "minimal"),
    ("GetAccountApiUsageLevelVolumeProgress", "GET", "/account/api_usage_level/volume_progress", "minimal"),
    ("GetMilestones", "GET", "/milestones", "minimal"),
    ("GetMilestone", "GET", "/milestones/{milestone_id}", "minimal"),
    ("GetStructuredTargets", "GET", "/structured_targets", "minimal"),
    ("GetStructuredTarget", "GET", "/structured_targets/{structured_target_id}", "minimal"),
    (
        "GetEventForecastPercentilesHistory",
        "GET",
        "/series/{series_ticker}/events/{ticker}/forecast_percentile_history",
        "unsupported",
    ),
    ("GetCommunicationsID", "GET", "/communications/id", "unsupported"),
    ("GetBlockTradeProposals", "GET", "/communications/block-trade-proposals", "unsupported"),
    ("ProposeBlockTrade", "POST", "/communications/block-trade-proposals", "unsupported"),
    (
        "AcceptBlockTradeProposal",
        "POST",
        "/communications/block-trade-proposals/{block_trade_proposal_id}/accept",
        "unsupported",
    ),
    ("GetRFQs", "GET", "/communications/rfqs", "unsupported"),
    ("CreateRFQ", "POST", "/communications/rfqs", "unsupported"),
    ("GetRFQ", "GET", "/communications/rfqs/{rfq_id}", "unsupported"),
    ("DeleteRFQ", "DELETE", "/communications/rfqs/{rfq_id}", "unsupported"),
    ("GetRFQQuote", "GET", "/communications/rfqs/{rfq_id}/quotes/{quote_id}", "unsupported"),
    ("DeleteRFQQuote", "DELETE", "/communications/rfqs/{rfq_id}/quotes/{quote_id}", "unsupported"),
    ("AcceptRFQQuote", "PUT", "/communications/rfqs/{rfq_id}/quotes/{quote_id}/accept", "unsupported"),
    ("ConfirmRFQQuote", "PUT", "/communications/rfqs/{rfq_id}/quotes/{quote_id}/confirm", "unsupported"),
    ("GetRFQBatches", "GET", "/communications/rfq_batches", "unsupported"),
    ("CreateRFQBatch", "POST", "/communications/rfq_batches", "unsupported"),
    ("GetRFQBatch", "GET", "/communications/rfq_batches/{rfq_batch_id}", "unsupported"),
    ("DeleteRFQBatch", "DELETE", "/communications/rfq_batches/{rfq_batch_id}", "unsupported"),
    ("GetRFQBatchBestQuotes", "GET", "/communications/rfq_batches/{rfq_batch_id}/best_quotes", "unsupported"),
    ("AcceptRFQBatch", "PUT", "/communications/rfq_batches/{rfq_batch_id}/accept", "unsupported"),
    ("GetRFQBatchQuotes", "GET", "/communications/rfq_batches/{rfq_batch_id}/quotes", "unsupported"),
    ("CreateRFQBatchQuote", "POST", "/communications/rfq_batches/{rfq_batch_id}/quotes", "unsupported"),
    (
        "DeleteRFQBatchQuote",
        "DELETE",
        "/communications/rfq_batches/{rfq_batch_id}/quotes/{batch_quote_id}",
        "unsupported",
    ),
    (
        "ConfirmRFQBatchQuote",
        "PUT",
        "/communications/rfq_batches/{rfq_batch_id}/quotes/{batch_quote_id}/confirm",
        "unsupported",
    ),
    ("GetQuotes", "GET", "/communications/quotes", "unsupported"),
    ("CreateQuote", "POST", "/communications/quotes", "unsupported"),
    ("GetQuote", "GET", "/communications/quotes/{quote_id}", "unsupported"),
    ("DeleteQuote", "DELETE", "/communications/quotes/{quote_id}", "unsupported"),
    ("AcceptQuote", "PUT", "/communications/quotes/{quote_id}/accept", "unsupported"),
    ("ConfirmQuote", "PUT", "/communications/quotes/{quote_id}/confirm", "unsupported"),
    ("GetLiveDataByMilestone", "GET", "/live_data/milestone/{milestone_id}", "unsupported"),
    ("GetLiveData", "GET", "/live_data/{type}/milestone/{milestone_id}", "unsupported"),
    ("GetLiveDatas", "GET", "/live_data/batch", "unsupported"),
    ("GetGameStats", "GET", "/live_data/milestone/{milestone_id}/game_stats", "unsupported"),
    ("GetEventLiveData", "GET", "/live_data/events/{event_ticker}", "unsupported"),
    ("GetWeatherIndex", "GET", "/live_data/weather/{city}", "unsupported"),
    ("GetWeatherIndexCalibrations", "GET", "/live_data/weather/{city}/calibrations", "unsupported"),
    ("GetMultivariateEventCollection", "GET", "/multivariate_event_collections/{collection_ticker}", "unsupported"),
    (
        "CreateMarketInMultivariateEventCollection",
        "POST",
        "/multivariate_event_collections/{collection_ticker}",
        "unsupported",
    ),
    ("GetMultivariateEventCollections", "GET", "/multivariate_event_collections", "unsupported"),
    ("GetFCMFills", "GET", "/fcm/fills", "unsupported"),
    ("GetFCMOrders", "GET", "/fcm/orders", "unsupported"),
    ("ListFCMSubtraders", "GET", "/fcm/subtraders", "unsupported"),
    ("CreateFCMSubtrader", "POST", "/fcm/subtraders", "unsupported"),
    ("GetFCMEventContractDailyCap", "GET", "/fcm/subtraders/event_contract_daily_cap", "unsupported"),
    ("UpdateFCMEventContractDailyCap", "PUT", "/fcm/subtraders/event_contract_daily_cap", "unsupported"),
    ("DeleteFCMEventContractDailyCap", "DELETE", "/fcm/subtraders/event_contract_daily_cap", "unsupported"),
    ("GetFCMSubtraderBlockedCategories", "GET", "/fcm/subtraders/blocked_categories", "unsupported"),
    ("UpdateFCMSubtraderBlockedCategories", "PUT", "/fcm/subtraders/blocked_categories", "unsupported"),
    ("GetTargetBalanceAllocation", "GET", "/portfolio/target_balance_allocation", "unsupported"),
    ("SetTargetBalanceAllocation", "POST", "/portfolio/target_balance_allocation", "unsupported"),
    ("GetFCMPositions", "GET", "/fcm/positions", "unsupported"),
    ("CreateFCMPositionTransfer", "POST", "/fcm/positions/transfers", "unsupported"),
)


def counts() -> dict[str, int]:
    """How many operations fall in each class."""
    out = {"full": 0, "minimal": 0, "unsupported": 0}
    for *_, cls in OPERATIONS:
        out[cls] += 1
    return out


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    regex = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{regex}$")


# Literal paths first, so /portfolio/orders/queue_positions is not read as /portfolio/orders/{order_id}.
_ROUTES = sorted(
    ((method, _pattern(path), op, cls) for op, method, path, cls in OPERATIONS),
    key=lambda r: "{" in r[1].pattern or "(?P" in r[1].pattern,
)


def resolve(method: str, path: str) -> tuple[str, Coverage, dict[str, str]] | None:
    """(operationId, class, path parameters) for a request path under ``/trade-api/v2``, or None."""
    method = method.upper()
    for m, pattern, op, cls in _ROUTES:
        if m != method:
            continue
        found = pattern.match(path)
        if found:
            return op, cls, found.groupdict()
    return None


def path_exists(path: str) -> bool:
    """True if some operation lives at ``path`` (another method gets 405, not 404)."""
    return any(pattern.match(path) for _, pattern, _, _ in _ROUTES)
