"""Every operation the simulator serves, called through the SDK facade: each answer parses as the
typed model, and (conftest) validates against the Trade spec's response schema."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from simkit import first_market

from kalshi_ext import KalshiClient, NotFoundError
from kalshi_ext.sim import Simulator, coverage
from kalshi_ext.sim._rest import Response, RestApp


def _tour(kalshi: KalshiClient, sim: Simulator) -> None:  # one call per operation
    ticker = first_market(sim)
    market = sim.state.markets[ticker]
    event, series = market.event_ticker, market.series_ticker
    span = {"start_ts": sim.now_ms() // 1000 - 3600, "end_ts": sim.now_ms() // 1000, "period_interval": 60}
    kalshi.exchange.status()
    kalshi.exchange.schedule()
    kalshi.exchange.user_data_timestamp()
    kalshi.series.list()
    kalshi.series.get(series)
    kalshi.events.list(with_nested_markets=True)
    kalshi.events.get(event)
    kalshi.events.metadata(event)
    assert kalshi.markets.list(status="open").markets
    kalshi.markets.get(ticker)
    kalshi.markets.orderbook(ticker)
    kalshi.markets.bulk_orderbooks(tickers=[ticker])
    with pytest.raises(Exception, match="period_interval"):
        kalshi.request("GET", f"/series/{series}/markets/{ticker}/candlesticks", params={**span, "period_interval": 7})
    kalshi.markets.candlesticks(series, ticker, **span)
    kalshi.markets.bulk_candlesticks(market_tickers=[ticker], **span)
    kalshi.series.event_candlesticks(series, event, **span)
    kalshi.series.fee_changes()
    kalshi.events.fee_changes()
    kalshi.events.list_multivariate()
    kalshi.search.tags_by_categories()
    kalshi.search.filters_by_sport()
    kalshi.incentive_programs.list()
    kalshi.milestones.list(limit=10)
    kalshi.structured_targets.list()
    for call in (lambda: kalshi.milestones.get("m"), lambda: kalshi.structured_targets.get("s")):
        with pytest.raises(NotFoundError):
            call()
    # orders
    group = kalshi.order_groups.create(contracts_limit=50)
    kalshi.order_groups.list()
    rest = kalshi.orders.create_v2(
        ticker=ticker, side="bid", count="3", price="0.0500", time_in_force="good_till_canceled",
        self_trade_prevention_type="taker_at_cross", order_group_id=group.order_group_id,
    )  # fmt: skip
    kalshi.order_groups.get(group.order_group_id)
    kalshi.order_groups.update_limit(group.order_group_id, contracts_limit=60)
    kalshi.order_groups.trigger(group.order_group_id)
    kalshi.order_groups.reset(group.order_group_id)
    kalshi.order_groups.delete(group.order_group_id)
    assert kalshi.orders.get(rest.order_id).order.status.value == "canceled"  # the group took it down
    leg = {"ticker": ticker, "count": "2", "time_in_force": "good_till_canceled", "self_trade_prevention_type": "maker"}
    batch = kalshi.orders.batch_create_v2(
        orders=[
            {**leg, "side": "bid", "price": "0.0600"},
            {**leg, "side": "ask", "price": "0.9500"},
            {**leg, "side": "bid", "price": "0.0650"},  # off the price grid: this leg fails alone
        ]
    )
    first, second, bad = batch.orders
    assert bad.error is not None
    kalshi.orders.amend_v2(first.order_id, ticker=ticker, side="bid", price="0.0700", count="4")
    kalshi.orders.decrease_v2(first.order_id, reduce_by="1")
    kalshi.orders.queue_positions(market_tickers=[ticker])
    kalshi.orders.queue_position(first.order_id)
    kalshi.orders.list(ticker=ticker)
    kalshi.orders.cancel_v2(first.order_id)
    kalshi.orders.batch_cancel_v2(orders=[{"order_id": second.order_id}, {"order_id": "nope"}])
    kalshi.orders.cancel_all_v2()
    # portfolio and account
    kalshi.portfolio.balance()
    kalshi.portfolio.positions()
    kalshi.portfolio.fills()
    kalshi.portfolio.settlements()
    kalshi.portfolio.total_resting_order_value()
    kalshi.portfolio.deposits()
    kalshi.portfolio.withdrawals()
    kalshi.account.limits()
    kalshi.account.endpoint_costs()
    kalshi.account.upgrade()
    kalshi.account.volume_progress()
    sub = kalshi.subaccounts.create()
    kalshi.subaccounts.transfer(
        client_transfer_id="7f3c8e2a-1b4d-4c6e-9a2f-0d5e6b7c8a91",
        from_subaccount=0,
        to_subaccount=sub.subaccount_number,
        amount_cents=500,
    )
    assert {b.subaccount_number for b in kalshi.subaccounts.list_balances().subaccount_balances} == {
        0,
        sub.subaccount_number,
    }
    kalshi.subaccounts.list_transfers()
    kalshi.subaccounts.get_netting()
    kalshi.subaccounts.update_netting(subaccount_number=sub.subaccount_number, enabled=False)
    kalshi.portfolio.intra_exchange_transfers()
    with pytest.raises(NotFoundError):
        kalshi.portfolio.get_intra_exchange_transfer("x")
    with pytest.raises(Exception, match="single exchange instance"):
        kalshi.portfolio.create_intra_exchange_transfer(source="event_contract", destination="margined", amount=100)
    # history: the cutoff is the epoch, everything is live
    kalshi.historical.cutoff()
    kalshi.historical.fills()
    kalshi.historical.orders()
    kalshi.historical.positions()
    kalshi.historical.trades()
    kalshi.historical.markets()
    for call in (lambda: kalshi.historical.market(ticker), lambda: kalshi.historical.candlesticks(ticker, **span)):
        with pytest.raises(NotFoundError):
            call()
    kalshi.markets.list_trades(ticker=ticker)
    # keys
    keys = kalshi.api_keys.list()
    assert [k.api_key_id for k in keys.api_keys] == [sim.user.key_id]
    generated = kalshi.api_keys.generate(name="tour")
    assert generated.private_key
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    public = ed25519.Ed25519PrivateKey.generate().public_key()
    pem = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    created = kalshi.api_keys.create(name="uploaded", public_key=pem)
    kalshi.api_keys.delete(created.api_key_id)
    kalshi.api_keys.delete(generated.api_key_id)


def test_every_served_operation_through_the_facade(busy_sim: Simulator, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: set[str] = set()
    handle = RestApp.handle

    def recording(self: RestApp, request: Any) -> Response:
        response = handle(self, request)
        if response.operation:
            seen.add(response.operation)
        return response

    monkeypatch.setattr(RestApp, "handle", recording)
    with busy_sim.client() as kalshi:
        _tour(kalshi, busy_sim)
    served = {op for op, _, _, cls in coverage.OPERATIONS if cls != "unsupported"}
    assert served - seen == set()
    assert busy_sim.balance(busy_sim.user) == Decimal("995.00")  # 5.00 moved to the subaccount
