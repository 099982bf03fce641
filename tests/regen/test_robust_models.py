"""Generated models parse what Kalshi's live servers send, including what the spec forbids.

Payloads are shaped like real 3.34 responses (KALSHI_NOTES.md, "Responses that disagree with the spec").
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest
from kalshi_perps_api.models.margin_market import MarginMarket
from kalshi_trade_api.models.event_data import EventData
from kalshi_trade_api.models.get_event_metadata_response import GetEventMetadataResponse
from kalshi_trade_api.models.get_markets_response import GetMarketsResponse
from kalshi_trade_api.models.get_orders_response import GetOrdersResponse
from kalshi_trade_api.models.market import Market
from kalshi_trade_api.models.market_status import MarketStatus
from kalshi_trade_api.models.order import Order
from kalshi_trade_api.models.order_status import OrderStatus

MARKET: dict[str, Any] = {
    "ticker": "KXHIGHNY-26NOV21-B52.5",
    "event_ticker": "KXHIGHNY-26NOV21",
    "market_type": "binary",
    "title": "Will the high temp in NYC be 52-53° on Nov 21, 2026?",
    "subtitle": "52° to 53°",
    "yes_sub_title": "52° to 53°",
    "no_sub_title": "52° to 53°",
    "created_time": "2026-11-19T15:00:00Z",
    "updated_time": "2026-11-21T14:02:11.482911Z",
    "open_time": "2026-11-20T15:00:00Z",
    "close_time": "2026-11-22T04:59:00Z",
    "expected_expiration_time": "2026-11-22T15:00:00Z",
    "latest_expiration_time": "2026-11-28T15:00:00Z",
    "settlement_timer_seconds": 1800,
    "status": "active",
    "yes_bid_dollars": "0.2100",
    "yes_bid_size_fp": "1520.00",
    "yes_ask_dollars": "0.2300",
    "yes_ask_size_fp": "310.50",
    "no_bid_dollars": "0.7700",
    "no_ask_dollars": "0.7900",
    "last_price_dollars": "0.2200",
    "volume_fp": "48211.00",
    "volume_24h_fp": "9120.00",
    "result": "",
    "can_close_early": True,
    "open_interest_fp": "20117.00",
    "notional_value_dollars": "1.0000",
    "previous_yes_bid_dollars": "0.1900",
    "previous_yes_ask_dollars": "0.2400",
    "previous_price_dollars": "0.2000",
    "settlement_value_dollars": None,
    "settlement_bounds_type": "inclusive",
    "expiration_value": "",
    "strike_type": "between",
    "floor_strike": 52,
    "cap_strike": 53.99,
    "custom_strike": None,
    "rules_primary": "If the highest temperature recorded in Central Park ...",
    "rules_secondary": "",
    "price_level_structure": "linear_cent",
    "price_ranges": [{"start": "0.0100", "end": "0.9900", "step": "0.0100"}],
}

ORDER: dict[str, Any] = {
    "order_id": "ee2b0f8a-7c1e-4a36-9a40-5a3a3c2b5d11",
    "user_id": "0d4bd2a5-9c77-4bd4-a8e5-0c2f7b5d6e01",
    "client_order_id": "bot-7f3c2a",
    "ticker": "KXHIGHNY-26NOV21-B52.5",
    "outcome_side": "yes",
    "book_side": "bid",
    "type": "limit",
    "status": "resting",
    "yes_price_dollars": "0.2100",
    "no_price_dollars": "0.7900",
    "fill_count_fp": "0.00",
    "remaining_count_fp": "10.00",
    "initial_count_fp": "10.00",
    "taker_fill_cost_dollars": "0.0000",
    "maker_fill_cost_dollars": "0.0000",
    "taker_fees_dollars": "0.0000",
    "maker_fees_dollars": "0.0000",
    "created_time": "2026-11-21T14:00:00.123Z",
    "self_trade_prevention_type": None,
}


def test_a_realistic_market_parses_and_round_trips() -> None:
    market = Market.from_dict(MARKET)
    assert market.ticker == "KXHIGHNY-26NOV21-B52.5"
    assert market.status is MarketStatus.ACTIVE
    assert market.yes_bid_dollars == Decimal("0.2100")
    assert market.to_dict()["yes_bid_dollars"] == "0.2100"  # written back exactly as received
    assert market.settlement_value_dollars is None
    assert Market.from_dict(market.to_dict()).to_dict() == market.to_dict()


def test_unknown_enum_value_is_kept_not_fatal() -> None:
    market = Market.from_dict({**MARKET, "status": "paused_for_review"})
    assert isinstance(market.status, MarketStatus)
    assert market.status.value == "paused_for_review"
    assert str(market.status) == "paused_for_review"
    assert not market.status.is_known
    assert MarketStatus.ACTIVE.is_known
    assert market.to_dict()["status"] == "paused_for_review"  # round trip keeps the server's string
    order = Order.from_dict({**ORDER, "status": "pending_review"})
    assert isinstance(order.status, OrderStatus)
    assert order.status.value == "pending_review"


def test_null_where_the_spec_says_array_parses_as_empty_list() -> None:
    response = GetMarketsResponse.from_dict({"markets": None, "cursor": ""})
    assert response.markets == []
    market = Market.from_dict({**MARKET, "price_ranges": None})
    assert market.price_ranges == []
    event = EventData.from_dict(
        {
            "event_ticker": "E",
            "series_ticker": "S",
            "sub_title": "",
            "title": "t",
            "collateral_return_type": "",
            "mutually_exclusive": True,
            "settlement_sources": None,
            "markets": None,
        }
    )
    assert event.markets == []


def test_null_for_a_nullable_ref_parses_as_none() -> None:
    order = Order.from_dict(ORDER)
    assert order.self_trade_prevention_type is None
    market = Market.from_dict({**MARKET, "settlement_floor_dollars": None})
    assert market.settlement_floor_dollars is None
    # perps: the schedule component is declared nullable; 24/7 markets send null
    perps_market = MarginMarket.from_dict({"ticker": "BTC-PERP", "schedule": None})
    assert perps_market.schedule is None


def test_required_fields_that_are_absent_parse_and_raise_when_read() -> None:
    event = EventData.from_dict({"event_ticker": "KXHIGHNY-26NOV21", "series_ticker": "KXHIGHNY", "title": "NYC high"})
    assert event.title == "NYC high"
    assert not event.is_set("product_metadata") and event.product_metadata is None  # optional: None
    # MissingFieldError, or kalshi_ext's MissingResponseFieldError once its hook is installed: both AttributeError
    with pytest.raises(AttributeError, match=r"EventData\.sub_title: 'sub_title' is missing"):
        _ = event.sub_title  # required by the spec
    assert not hasattr(event, "sub_title") and getattr(event, "sub_title", "default") == "default"
    metadata = GetEventMetadataResponse.from_dict({"image_url": "/i.png", "settlement_sources": []})
    assert not metadata.is_set("market_details") and metadata.market_details == []  # a list: empty
    sparse = copy.deepcopy(MARKET)
    del sparse["ticker"], sparse["status"], sparse["price_ranges"]
    market = Market.from_dict(sparse)
    assert not market.is_set("ticker") and not market.is_set("status")
    with pytest.raises(AttributeError):
        _ = market.ticker
    assert market.yes_bid_dollars == Decimal("0.2100")  # the rest of the model reads fine
    assert "ticker" not in market.to_dict()


def test_a_page_of_orders_with_every_quirk_at_once() -> None:
    orders = [ORDER, {**ORDER, "status": "queued_for_auction"}, {k: v for k, v in ORDER.items() if k != "user_id"}]
    page = GetOrdersResponse.from_dict({"orders": orders, "cursor": "abc"})
    assert [o.status.value for o in page.orders if o.status] == ["resting", "queued_for_auction", "resting"]
    assert not page.orders[2].is_set("user_id")
    assert len(page) == 3 and [o.order_id for o in page] == [ORDER["order_id"]] * 3
    assert page.next_cursor == "abc" and page.has_next


def test_annotations_give_the_happy_path_type() -> None:
    annotations = Market.__annotations__  # postponed (strings): the generated modules import lazily
    assert annotations["ticker"] == "str"  # required by the spec
    assert annotations["settlement_value_dollars"] == "Decimal | None"  # required, nullable
    assert annotations["yes_bid_dollars"] == "Decimal"
    assert annotations["price_ranges"] == "list[PriceRange]"
    assert annotations["fee_waiver_expiration_time"] == "datetime.datetime | None"  # optional


def test_money_fields_are_exact_decimals_and_floats_are_refused() -> None:
    from kalshi_trade_api.models.book_side import BookSide
    from kalshi_trade_api.models.create_order_v2_request import CreateOrderV2Request
    from kalshi_trade_api.models.create_order_v2_request_time_in_force import CreateOrderV2RequestTimeInForce
    from kalshi_trade_api.models.self_trade_prevention_type import SelfTradePreventionType

    def order(price: object, count: object) -> CreateOrderV2Request:
        return CreateOrderV2Request(
            ticker="KXHIGHNY-26NOV21-B52.5",
            side=BookSide.BID,
            count=count,
            price=price,  # type: ignore[arg-type]
            time_in_force=CreateOrderV2RequestTimeInForce.GOOD_TILL_CANCELED,
            self_trade_prevention_type=SelfTradePreventionType.TAKER_AT_CROSS,
        )

    exact = order(Decimal("0.21"), 10)
    assert exact.price == Decimal("0.21") and exact.count == Decimal(10)
    assert exact.to_dict()["price"] == "0.21" and exact.to_dict()["count"] == "10"
    assert order("0.5600", "2.50").to_dict()["count"] == "2.50"
    with pytest.raises(TypeError, match="binary floats misprice orders"):
        order(0.21, 10)
    with pytest.raises(TypeError, match="not bool"):
        order(Decimal("0.21"), True)
    with pytest.raises(ValueError, match="not a decimal number"):
        order("0.2l", 10)
    with pytest.raises(ValueError, match="finite"):
        order(Decimal("NaN"), 10)


def test_null_and_empty_money_values_parse_as_absent() -> None:
    market = Market.from_dict({**MARKET, "settlement_value_dollars": None, "settlement_floor_dollars": ""})
    assert market.settlement_value_dollars is None
    assert market.settlement_floor_dollars is None
    assert not market.is_set("settlement_floor_dollars")  # "" is absent, not an error
    assert "settlement_floor_dollars" not in market.to_dict()
    perps = MarginMarket.from_dict({"ticker": "BTC-PERP", "tick_size": ""})  # demo sent this
    assert not perps.is_set("tick_size")
