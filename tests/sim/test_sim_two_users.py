"""Two users trade through the loopback servers with the SDK; every figure is computed by hand."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from simkit import first_market

from kalshi_ext import KalshiClient
from kalshi_ext.sim import Simulator


def test_two_users_over_loopback_positions_fees_balances(quiet_sim: Simulator) -> None:
    sim = quiet_sim
    ticker = first_market(sim)  # quadratic_with_maker_fees, multiplier 1, whole-cent grid
    alice, bob = sim.new_user("100.00", key_type="rsa"), sim.new_user("100.00")
    with sim.serve() as served, tempfile.TemporaryDirectory() as tmp:
        clients = []
        for user in (alice, bob):
            path = Path(tmp) / f"{user.key_id}.pem"
            path.write_text(user.private_key_pem)
            path.chmod(0o600)
            clients.append(
                KalshiClient(
                    key_id=user.key_id, private_key_path=path, base_url=served.rest_url, allow_custom_host=True
                )
            )
        a, b = clients
        with a, b:
            rest = a.orders.create_v2(
                ticker=ticker, side="bid", count="20", price="0.30", time_in_force="good_till_canceled",
                self_trade_prevention_type="taker_at_cross",
            )  # fmt: skip
            assert a.portfolio.balance().balance_dollars == Decimal("94.0000")  # 20 x 0.30 locked
            took = b.orders.create_v2(
                ticker=ticker, side="ask", count="15", price="0.25", time_in_force="immediate_or_cancel",
                self_trade_prevention_type="taker_at_cross",
            )  # fmt: skip
            # B sells YES at the resting 0.30: buys 15 NO at 0.70 = 10.50; taker fee 0.07 x 15 x 0.3 x 0.7 = 0.2205
            assert (took.fill_count, took.average_fill_price) == (Decimal("15.00"), Decimal("0.3000"))  # YES terms
            (bf,) = b.portfolio.fills().fills
            assert (bf.fee_cost, bf.is_taker, bf.yes_price_dollars) == (Decimal("0.220500"), True, Decimal("0.3000"))
            # A's maker fee: 0.0175 x 15 x 0.3 x 0.7 = 0.055125, rounded up to 0.0552
            (af,) = a.portfolio.fills().fills
            assert (af.fee_cost, af.is_taker) == (Decimal("0.055200"), False)
            assert b.portfolio.balance().balance_dollars == Decimal("89.2795")
            assert a.portfolio.balance().balance_dollars == Decimal("93.9448")  # 100 - 6.00 locked/paid - 0.0552
            (ap,) = a.portfolio.positions().market_positions
            (bp,) = b.portfolio.positions().market_positions
            assert (ap.position_fp, ap.market_exposure_dollars, ap.fees_paid_dollars) == (
                Decimal("15.00"),
                Decimal("4.500000"),
                Decimal("0.055200"),
            )
            assert (bp.position_fp, bp.market_exposure_dollars, bp.fees_paid_dollars) == (
                Decimal("-15.00"),
                Decimal("10.500000"),
                Decimal("0.220500"),
            )
            assert a.orders.cancel_v2(rest.order_id).reduced_by == Decimal("5.00")
            assert a.portfolio.balance().balance_dollars == Decimal("95.4448")  # the 1.50 collateral is back
            sim.determine(ticker, "no")
            sim.advance(sim.state.markets[ticker].settlement_timer_s)
            assert b.portfolio.balance().balance_dollars == Decimal("104.2795")  # + 15 x $1
            assert a.portfolio.balance().balance_dollars == Decimal("95.4448")
            (bs,) = b.portfolio.settlements().settlements
            assert (bs.revenue, bs.no_count_fp, bs.no_total_cost_dollars, bs.market_result.value) == (
                1500,
                Decimal("15.00"),
                Decimal("10.500000"),
                "no",
            )
            (ap,) = a.portfolio.positions(settlement_status="settled").market_positions
            assert ap.realized_pnl_dollars == Decimal("-4.500000")
