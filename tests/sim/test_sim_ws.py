"""WebSocket channels: per-sid seq, who sees what, the order of one match, and the commands."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from simkit import first_market, order

from kalshi_ext.sim import Simulator


def _cmd(session: Any, cmd_id: int, name: str, **params: Any) -> list[dict[str, Any]]:
    session.receive(json.dumps({"id": cmd_id, "cmd": name, "params": params}))
    return [json.loads(f) for f in session.drain()]


def test_every_channel_with_seq_and_privacy(quiet_sim: Simulator) -> None:
    sim = quiet_sim
    ticker = first_market(sim)
    maker, taker = sim.new_user("100.00"), sim.new_user("100.00")
    ws_m, ws_t = sim.ws_session(maker), sim.ws_session(taker)
    channels = [
        "orderbook_delta",
        "trade",
        "fill",
        "user_orders",
        "market_positions",
        "ticker",
        "market_lifecycle_v2",
        "order_group_updates",
    ]
    acks = _cmd(ws_m, 1, "subscribe", channels=channels, market_tickers=[ticker])
    assert [a["type"] for a in acks if a["type"] != "orderbook_snapshot"] == ["subscribed"] * len(channels)
    sids = {a["msg"]["channel"]: a["msg"]["sid"] for a in acks if a["type"] == "subscribed"}
    snapshot = next(a for a in acks if a["type"] == "orderbook_snapshot")
    assert snapshot["seq"] == 1 and "yes_dollars_fp" not in snapshot["msg"]  # empty book: keys absent
    _cmd(
        ws_t,
        1,
        "subscribe",
        channels=["orderbook_delta", "fill", "user_orders"],
        market_tickers=[ticker],
        use_yes_price=True,
    )

    with sim.client(maker) as m, sim.client(taker) as t:
        m.orders.create_v2(body=order(ticker, "ask", "10", "0.5600", client_order_id="mine-1"))
        rest_frames = [json.loads(f) for f in ws_m.drain()]
        delta = next(f for f in rest_frames if f["type"] == "orderbook_delta")
        assert delta["msg"]["side"] == "no" and delta["msg"]["price_dollars"] == "0.4400"
        assert delta["msg"]["delta_fp"] == "10.00" and delta["msg"]["client_order_id"] == "mine-1"
        assert delta["seq"] == 2
        other = [json.loads(f) for f in ws_t.drain() if json.loads(f)["type"] == "orderbook_delta"]
        assert other[0]["msg"]["price_dollars"] == "0.5600"  # use_yes_price
        assert "client_order_id" not in other[0]["msg"]  # only the causer's connection sees it

        t.orders.create_v2(body=order(ticker, "bid", "4", "0.6000", "ioc"))
        frames = [json.loads(f) for f in ws_m.drain()]
        kinds = [f["type"] for f in frames]
        # the documented order of one match
        assert kinds == ["orderbook_delta", "trade", "fill", "user_order", "market_position", "ticker"]
        fill = frames[2]["msg"]
        assert (fill["is_taker"], fill["count_fp"], fill["fee_cost"], fill["post_position_fp"]) == (
            False,
            "4.00",
            "0.017300",
            "-4.00",
        )
        assert frames[3]["msg"]["status"] == "resting" and frames[3]["msg"]["remaining_count_fp"] == "6.00"
        assert frames[4]["msg"]["position_fp"] == "-4.00"
        assert "seq" not in frames[2] and "seq" not in frames[5]  # fill and ticker carry none
        assert frames[1]["seq"] == 1 and frames[1]["sid"] == sids["trade"]
        taker_frames = [json.loads(f) for f in ws_t.drain()]
        assert [f["type"] for f in taker_frames] == ["orderbook_delta", "fill", "user_order"]
        assert taker_frames[1]["msg"]["is_taker"] is True
        assert taker_frames[2]["msg"]["status"] == "executed"  # all 4 filled on entry
        group = m.order_groups.create(contracts_limit=5)
        (update,) = [json.loads(f) for f in ws_m.drain()]
        assert update["type"] == "order_group_updates" and update["msg"]["event_type"] == "created"
        assert update["msg"]["order_group_id"] == group.order_group_id and update["seq"] == 1

    sim.determine(ticker, "no")
    sim.advance(sim.state.markets[ticker].settlement_timer_s)
    frames = [json.loads(f) for f in ws_m.drain()]
    life = [f for f in frames if f["type"] == "market_lifecycle_v2"]
    assert [f["msg"]["event_type"] for f in life] == ["determined", "settled"]
    assert [f["seq"] for f in life] == [1, 2]
    assert life[0]["msg"]["result"] == "no"
    ws_m.close()
    ws_t.close()


def test_commands_update_unsubscribe_list_and_errors(busy_sim: Simulator) -> None:
    sim = busy_sim
    tickers = list(sim.state.markets)[:2]
    ws = sim.ws_session()
    acks = _cmd(ws, 1, "subscribe", channels=["orderbook_delta"], market_tickers=[tickers[0]])
    sid = acks[0]["msg"]["sid"]
    added = _cmd(ws, 2, "update_subscription", sids=[sid], market_tickers=[tickers[1]], action="add_markets")
    assert [f["type"] for f in added] == ["orderbook_snapshot", "ok"]
    assert added[-1]["msg"]["market_tickers"] == sorted(tickers)
    snap = _cmd(ws, 3, "update_subscription", sids=[sid], market_tickers=[tickers[0]], action="get_snapshot")
    assert snap[0]["type"] == "orderbook_snapshot" and snap[0]["id"] == 3
    seqs = [f["seq"] for f in acks + added + snap if "seq" in f and f["type"] != "ok"]
    assert seqs == list(range(1, len(seqs) + 1))  # one counter per sid, no gaps
    listed = _cmd(ws, 4, "list_subscriptions")
    assert listed[0]["msg"] == [{"channel": "orderbook_delta", "sid": sid}]
    assert _cmd(ws, 5, "subscribe", channels=["communications"])[0]["msg"]["code"] == 10
    assert _cmd(ws, 6, "subscribe", channels=["nope"])[0]["msg"]["code"] == 8
    assert _cmd(ws, 7, "frobnicate", x=1)[0]["msg"]["code"] == 5
    assert _cmd(ws, 8, "unsubscribe", sids=[999])[0]["msg"]["code"] == 7
    assert _cmd(ws, 9, "update_subscription", sids=[sid, sid], action="add_markets")[0]["msg"]["code"] == 12
    gone = _cmd(ws, 10, "unsubscribe", sids=[sid])
    assert gone[0]["type"] == "unsubscribed" and gone[0]["sid"] == sid
    assert _cmd(ws, 11, "subscribe", channels=["multivariate_market_lifecycle"])[0]["type"] == "subscribed"
    ws.close()


def test_new_markets_and_fee_overrides_are_announced(quiet_sim: Simulator) -> None:
    sim = quiet_sim
    ws = sim.ws_session()
    _cmd(ws, 1, "subscribe", channels=["market_lifecycle_v2"])
    sim.add_market("KXNEW-26JAN01-A", title="A new market", close_in_s=600, fee_type="quadratic")
    frames = [json.loads(f) for f in ws.drain()]
    assert [f["type"] for f in frames] == ["event_lifecycle", "market_lifecycle_v2"]
    assert frames[0]["msg"]["event_ticker"] == "KXNEW-26JAN01"
    created = frames[1]["msg"]
    assert created["event_type"] == "created" and created["price_level_structure"] == "linear_cent"
    assert created["close_ts"] - created["open_ts"] == 600
    a, b = sim.new_user("100.00"), sim.new_user("100.00")
    with sim.client(a) as maker, sim.client(b) as taker:
        maker.orders.create_v2(body=order("KXNEW-26JAN01-A", "ask", "10", "0.5000"))
        sim.set_event_fee("KXNEW-26JAN01", "quadratic_with_maker_fees", "2")
        taker.orders.create_v2(body=order("KXNEW-26JAN01-A", "bid", "10", "0.5000", "ioc"))
        (mf,) = maker.portfolio.fills().fills
        assert mf.fee_cost == Decimal("0.087500")  # 0.0175 x 10 x 0.25 x 2
        assert taker.events.get("KXNEW-26JAN01").event.fee_type_override == "quadratic_with_maker_fees"
    update = [json.loads(f) for f in ws.drain() if json.loads(f)["type"] == "event_fee_update"]
    assert update[0]["msg"]["fee_multiplier_override"] == 2.0
    sim.advance(600 + 30 + 60)
    assert sim.state.markets["KXNEW-26JAN01-A"].status == "finalized"  # it lives like any other
    ws.close()
