"""A request model built by hand names the money field it refuses (a float, NaN, bool or non-decimal text)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from kalshi_trade_api.models import CreateOrderV2Request, CreateRFQRequest
from kalshi_trade_api.types import UNSET

_ORDER: dict[str, Any] = {
    "ticker": "KXTEST-1",
    "side": "bid",
    "count": "1",
    "time_in_force": "good_till_canceled",
    "self_trade_prevention_type": "taker_at_cross",
}


@pytest.mark.parametrize(
    ("value", "error"),
    [(0.5, TypeError), (True, TypeError), (float("nan"), TypeError), ("NaN", ValueError), ("half", ValueError)],
)
def test_bad_price_names_model_and_field(value: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match=r"^CreateOrderV2Request\.price: "):
        CreateOrderV2Request(**_ORDER, price=value)


def test_optional_money_fields_are_named_and_keep_unset_and_none() -> None:
    with pytest.raises(TypeError, match=r"^CreateRFQRequest\.target_cost_dollars: .*float"):
        CreateRFQRequest(market_ticker="KXTEST-1", rest_remainder=False, target_cost_dollars=1.5)
    with pytest.raises(ValueError, match=r"^CreateRFQRequest\.contracts_fp: "):
        CreateRFQRequest(market_ticker="KXTEST-1", rest_remainder=False, contracts_fp="ten")
    rfq = CreateRFQRequest(market_ticker="KXTEST-1", rest_remainder=False, contracts_fp=None)
    assert rfq.contracts_fp is None
    assert rfq.target_cost_dollars is UNSET


def test_good_values_still_convert() -> None:
    order = CreateOrderV2Request(**_ORDER, price="0.56")
    assert order.price == Decimal("0.56")
    assert order.count == Decimal(1)
    assert order.to_dict()["price"] == "0.56"
