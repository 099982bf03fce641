"""The pytest plugin's simulator fixtures, as a user's test suite would use them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kalshi_ext import KalshiClient
from kalshi_ext.sim import Served, Simulator


@pytest.mark.kalshi_sim(seed=3, markets=3, agents=False, cash="250.00")
def test_marker_configures_the_simulator(kalshi_sim: Simulator, kalshi_sim_client: KalshiClient) -> None:
    assert kalshi_sim.seed == 3
    assert kalshi_sim_client.portfolio.balance().balance_dollars == Decimal("250.0000")
    (market, *_) = kalshi_sim_client.markets.list(status="open").markets
    assert kalshi_sim_client.markets.orderbook(market.ticker).orderbook_fp.yes_dollars == []  # no agents


def test_served_fixture_gives_loopback_urls_and_a_key(kalshi_sim: Simulator, kalshi_sim_served: Served) -> None:
    with KalshiClient(
        key_id=kalshi_sim_served.key_id,
        private_key_path=kalshi_sim_served.private_key_path,
        base_url=kalshi_sim_served.rest_url,
        allow_custom_host=True,
    ) as kalshi:
        assert kalshi.portfolio.balance().balance_dollars == kalshi_sim.balance(kalshi_sim.user)
    assert kalshi_sim_served.ws_url.startswith("ws://127.0.0.1:")
