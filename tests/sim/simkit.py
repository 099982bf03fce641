"""Helpers for the simulator tests: order bodies in the SDK's own models."""

from __future__ import annotations

from typing import Any

from kalshi_trade_api.models import (
    BookSide,
    CreateOrderV2Request,
    CreateOrderV2RequestTimeInForce,
    SelfTradePreventionType,
)

TIF = {
    "gtc": CreateOrderV2RequestTimeInForce.GOOD_TILL_CANCELED,
    "ioc": CreateOrderV2RequestTimeInForce.IMMEDIATE_OR_CANCEL,
    "fok": CreateOrderV2RequestTimeInForce.FILL_OR_KILL,
}


def order(
    ticker: str, side: str, count: str, price: str, tif: str = "gtc", stp: str = "taker_at_cross", **extra: Any
) -> CreateOrderV2Request:
    return CreateOrderV2Request(
        ticker=ticker,
        side=BookSide(side),
        count=count,
        price=price,
        time_in_force=TIF[tif],
        self_trade_prevention_type=SelfTradePreventionType(stp),
        **extra,
    )


def first_market(sim: Any, fee_type: str = "quadratic_with_maker_fees", structure: str = "linear_cent") -> str:
    for market in sim.state.markets.values():
        if market.fees.fee_type == fee_type and market.structure == structure:
            return str(market.ticker)
    raise AssertionError("no such market in the catalogue")
