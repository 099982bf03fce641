"""--state FILE: a paper-trading exchange survives a restart, with its history journaled."""

from __future__ import annotations

from pathlib import Path

from simkit import first_market, order

from kalshi_ext.sim import open_state


def test_state_survives_a_restart_with_a_fresh_key(tmp_path: Path) -> None:
    path = tmp_path / "paper.sqlite"
    sim = open_state(path, seed=4, markets=3)
    ticker = first_market(sim)
    with sim.client() as kalshi:
        market = kalshi.markets.get(ticker).market
        bought = kalshi.orders.create_v2(body=order(ticker, "bid", "2", str(market.yes_ask_dollars), "ioc"))
        resting = kalshi.orders.create_v2(
            body=order(ticker, "bid", "1", "0.0200", expiration_time=sim.now_ms() // 1000 + 600)
        )
        balance = kalshi.portfolio.balance().balance_dollars
        fills = len(kalshi.portfolio.fills().fills)
    sim.advance(30)
    trades = len(sim.state.trades)
    old_key = sim.user.key_id
    sim.close()

    again = open_state(path)
    assert again.user.user_id == sim.user.user_id and again.user.key_id != old_key
    assert again.now_ms() == sim.now_ms()
    with again.client() as kalshi:
        assert kalshi.portfolio.balance().balance_dollars == balance
        assert len(kalshi.portfolio.fills().fills) >= fills
        (pos,) = kalshi.portfolio.positions().market_positions
        assert pos.position_fp == bought.fill_count
        assert kalshi.orders.get(resting.order_id).order.status.value == "resting"
        assert kalshi.orders.queue_position(resting.order_id).queue_position_fp >= 0
    assert len(again.state.trades) == trades
    again.advance(600)  # the restored expiry timer still fires
    assert again.state.orders[resting.order_id].last_update_reason == "ExpiryCancel"
    journal = again.state_file.journal() if again.state_file else []
    assert any(kind == "trade" for _, _, kind, _ in journal)
    again.close()
