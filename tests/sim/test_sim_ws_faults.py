"""WebSocket faults over loopback, and how the SDK's WebSocket client recovers from them."""

from __future__ import annotations

import asyncio
import json

from simkit import first_market, order

from kalshi_ext.sim import Simulator
from kalshi_ext.ws import BookInvalidated, BookUpdate, KalshiWebSocket, ReconnectPolicy


def test_seq_gap_in_process_skips_a_number(quiet_sim: Simulator) -> None:
    ticker = first_market(quiet_sim)
    ws = quiet_sim.ws_session()
    ws.receive(
        json.dumps(
            {"id": 1, "cmd": "subscribe", "params": {"channels": ["orderbook_delta"], "market_tickers": [ticker]}}
        )
    )
    quiet_sim.faults.add("seq_gap", operations="orderbook_delta", times=1)
    with quiet_sim.client() as kalshi:
        kalshi.orders.create_v2(body=order(ticker, "bid", "1", "0.1000"))
        kalshi.orders.create_v2(body=order(ticker, "bid", "1", "0.1100"))
    seqs = [json.loads(f).get("seq") for f in ws.drain()]
    assert seqs == [None, 1, 3, 4]  # subscribed (no seq), snapshot 1, then 2 never arrives


async def _recover(sim: Simulator, kind: str) -> list[object]:
    ticker = first_market(sim)
    seen: list[object] = []
    with sim.serve() as served:
        signer_client = sim.client()
        ws = KalshiWebSocket(
            signer_client.signer,
            url=served.ws_url,
            allow_custom_host=True,
            reconnect=ReconnectPolicy(base=0.05, cap=0.1),
        )
        async with ws:
            sub = await ws.subscribe_orderbook_delta([ticker])
            sim.faults.add(kind, operations="orderbook_delta", times=1)
            loop = asyncio.get_running_loop()

            def place(price: str) -> None:
                with sim.client() as kalshi:
                    kalshi.orders.create_v2(body=order(ticker, "bid", "1", price))

            async for event in sub:
                seen.append(event)
                if (
                    isinstance(event, BookUpdate)
                    and event.is_snapshot
                    and len([e for e in seen if isinstance(e, BookUpdate) and e.is_snapshot]) == 1
                ):
                    await loop.run_in_executor(None, place, "0.1000")
                    await loop.run_in_executor(None, place, "0.1100")
                snapshots = [e for e in seen if isinstance(e, BookUpdate) and e.is_snapshot]
                if len(snapshots) >= 2:
                    break
        signer_client.close()
    return seen


def test_sdk_resyncs_after_a_seq_gap(quiet_sim: Simulator) -> None:
    seen = asyncio.run(asyncio.wait_for(_recover(quiet_sim, "seq_gap"), 30))
    assert any(isinstance(e, BookInvalidated) and e.reason == "sequence_gap" for e in seen)
    final = [e for e in seen if isinstance(e, BookUpdate) and e.is_snapshot][-1]
    assert final.best_bid is not None  # a fresh snapshot with the resting bids


def test_sdk_reconnects_after_a_dropped_connection(quiet_sim: Simulator) -> None:
    seen = asyncio.run(asyncio.wait_for(_recover(quiet_sim, "ws_drop"), 30))
    assert sum(1 for e in seen if isinstance(e, BookUpdate) and e.is_snapshot) >= 2  # resubscribed
