"""SIMULATOR.md 1.6, the worked example, through the SDK against the in-process simulator, to the cent."""

from __future__ import annotations

from decimal import Decimal

from simkit import first_market, order

from kalshi_ext.sim import Simulator
from kalshi_ext.sim._fees import FeeSchedule, RoundingAccumulator


def test_fee_formula_rounds_up_to_a_hundredth_of_a_cent() -> None:
    fees = FeeSchedule("quadratic_with_maker_fees")
    assert fees.trade_fee(1000, 5600, taker=True) == 172_500  # 0.172480 -> 0.1725
    assert fees.trade_fee(1000, 5600, taker=False) == 43_200  # 0.043120 -> 0.0432
    assert fees.trade_fee(1000, 4400, taker=True) == 172_500  # symmetric in P and 1 - P
    # observed on demo: taker 1 @ 0.52 -> 0.017500, 1 @ 0.99 -> 0.000700
    assert FeeSchedule("quadratic").trade_fee(100, 5200, taker=True) == 17_500
    assert FeeSchedule("quadratic").trade_fee(100, 9900, taker=True) == 700
    assert FeeSchedule("quadratic").trade_fee(100, 5200, taker=False) == 0
    assert FeeSchedule("quadratic_with_combo_maker_fees").trade_fee(1000, 5600, taker=False) == 86_300


def test_non_direct_member_rounding_floors_to_the_cent() -> None:
    acc = RoundingAccumulator()
    change, rounding = acc.settle(-5_600_000, 172_500, precision=10_000)
    assert change == -5_780_000  # floor(-5.7725) = -5.78
    assert rounding == 7_500  # net fee 0.18


def test_worked_example_to_the_cent(quiet_sim: Simulator) -> None:
    sim = quiet_sim
    ticker = first_market(sim)
    m, t, x = sim.new_user("100.00"), sim.new_user("100.00"), sim.new_user("100.00")
    with sim.client(m) as maker, sim.client(t) as taker, sim.client(x) as other:
        # 1: M rests ask 10 @ 0.56 (buys NO at 0.44): $4.40 locked
        maker.orders.create_v2(body=order(ticker, "ask", "10", "0.5600"))
        assert maker.portfolio.balance().balance_dollars == Decimal("95.6000")
        book = maker.markets.orderbook(ticker=ticker).orderbook_fp
        assert book.no_dollars == [(Decimal("0.4400"), Decimal("10.00"))]
        assert book.yes_dollars == []
        # 2-5: T bids 12 @ 0.60 IOC: 10 fill at the maker's 0.56, 2 canceled
        resp = taker.orders.create_v2(body=order(ticker, "bid", "12", "0.6000", "ioc"))
        assert resp.fill_count == Decimal("10.00")
        assert resp.remaining_count == Decimal("0.00")
        assert resp.average_fill_price == Decimal("0.5600")
        assert resp.average_fee_paid == Decimal("0.017250")
        bal = taker.portfolio.balance()
        assert bal.balance_dollars == Decimal("94.2275")
        assert bal.balance == 9422
        assert maker.portfolio.balance().balance_dollars == Decimal("95.5568")
        got = taker.orders.get(order_id=resp.order_id).order
        assert got.status.value == "canceled"
        assert (got.initial_count_fp, got.fill_count_fp, got.taker_fill_cost_dollars) == (
            Decimal("12.00"),
            Decimal("10.00"),
            Decimal("5.600000"),
        )
        # 6: fills, trade, positions
        (tf,) = taker.portfolio.fills().fills
        assert (tf.book_side.value, tf.outcome_side.value, tf.is_taker, tf.fee_cost) == (
            "bid",
            "yes",
            True,
            Decimal("0.172500"),
        )
        assert (tf.yes_price_dollars, tf.no_price_dollars, tf.count_fp) == (
            Decimal("0.5600"),
            Decimal("0.4400"),
            Decimal("10.00"),
        )
        (mf,) = maker.portfolio.fills().fills
        assert (mf.book_side.value, mf.outcome_side.value, mf.is_taker, mf.fee_cost) == (
            "ask",
            "no",
            False,
            Decimal("0.043200"),
        )
        (trade,) = taker.markets.list_trades(ticker=ticker).trades
        assert (trade.taker_book_side.value, trade.taker_outcome_side.value) == ("bid", "yes")
        (tp,) = taker.portfolio.positions().market_positions
        assert (tp.position_fp, tp.market_exposure_dollars, tp.total_traded_dollars, tp.fees_paid_dollars) == (
            Decimal("10.00"),
            Decimal("5.600000"),
            Decimal("5.600000"),
            Decimal("0.172500"),
        )
        (mp,) = maker.portfolio.positions().market_positions
        assert (mp.position_fp, mp.market_exposure_dollars) == (Decimal("-10.00"), Decimal("4.400000"))
        # 7: T sells 4 into a YES bid at 0.70: nets 4 pairs, realized 4 x (0.70 - 0.56)
        other.orders.create_v2(body=order(ticker, "bid", "4", "0.7000"))
        sell = taker.orders.create_v2(body=order(ticker, "ask", "4", "0.7000", "ioc"))
        assert sell.fill_count == Decimal("4.00")
        (tp,) = taker.portfolio.positions().market_positions
        assert (tp.position_fp, tp.market_exposure_dollars, tp.realized_pnl_dollars) == (
            Decimal("6.00"),
            Decimal("3.360000"),
            Decimal("0.560000"),
        )
        assert taker.portfolio.balance().balance_dollars == Decimal("96.9687")  # + 2.80 - 0.0588
        # 8: the market settles yes
        sim.determine(ticker, "yes")
        sim.advance(sim.state.markets[ticker].settlement_timer_s)
        assert sim.state.markets[ticker].status == "finalized"
        (row,) = taker.portfolio.settlements().settlements
        assert (row.revenue, row.yes_count_fp, row.yes_total_cost_dollars, row.value, row.fee_cost) == (
            600,
            Decimal("6.00"),
            Decimal("3.360000"),
            100,
            Decimal("0.0000"),
        )
        assert taker.portfolio.balance().balance_dollars == Decimal("102.9687")  # P&L +2.9687
        assert maker.portfolio.balance().balance_dollars == Decimal("95.5568")  # P&L -4.4432
