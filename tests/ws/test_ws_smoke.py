from __future__ import annotations

from wshelp import next_event

from kalshi_ext.ws import BookUpdate


async def test_smoke(server, make_client) -> None:
    server.set_book("M1", bids=[("0.40", "10")], asks=[("0.55", "5")])
    client = make_client(server)
    sub = await client.subscribe_orderbook_delta(["M1"])
    event = await next_event(sub, BookUpdate)
    assert event.is_snapshot
    await server.delta("M1", "yes", "0.4000", "5.00")
    event = await next_event(sub, BookUpdate)
    assert not event.is_snapshot
    assert event.best_bid.size == 15
