"""The official SDK's method names in docs/operations.md: openapi-generator's snake case of the operationId."""

from __future__ import annotations

import pytest
from facade import official_sdk_name


@pytest.mark.parametrize(
    ("operation_id", "method"),
    [
        ("GetMarkets", "get_markets"),
        ("GetRFQs", "get_rfqs"),  # a plural acronym stays one word
        ("GetRFQ", "get_rfq"),
        ("GetRFQBatchQuotes", "get_rfq_batch_quotes"),
        ("AcceptRFQQuote", "accept_rfq_quote"),
        ("GetFCMOrders", "get_fcm_orders"),
        ("CreateMarginFCMSubtrader", "create_margin_fcm_subtrader"),
        ("GetCommunicationsID", "get_communications_id"),
        ("GetMarketCandlesticksByEvent", "get_market_candlesticks_by_event"),
    ],
)
def test_official_sdk_names_follow_openapi_generator(operation_id: str, method: str) -> None:
    assert official_sdk_name(operation_id) == method
