"""The async clients against the fake Kalshi server: handshake, commands and acks, every channel."""

from __future__ import annotations

import time
from typing import Any

import pytest
import wsspec
from wsfake import FakeKalshiServer
from wshelp import Keys, next_event, until

from kalshi_ext import KalshiConfigurationError, RequestSigner
from kalshi_ext.ws import (
    BookUpdate,
    KalshiWebSocket,
    Message,
    WebSocketCommandError,
    WebSocketConnectionError,
    WebSocketTimeoutError,
)


def _cases() -> list[tuple[str, str]]:
    from kalshi_ext.ws import PERPS, PREDICTION

    return [("prediction", c) for c in PREDICTION.channels] + [("perps", c) for c in PERPS.channels]


@pytest.mark.parametrize("key", ["rsa", "ed25519"])
async def test_the_handshake_is_signed_and_verified(server: FakeKalshiServer, make_client: Any, key: str) -> None:
    client = make_client(server, key=key)
    await client.connect()
    headers = server.handshakes[-1]
    assert headers["kalshi-access-key"] == client.signer.key_id
    assert abs(int(headers["kalshi-access-timestamp"]) - time.time() * 1000) < 5000
    # a private channel proves the server accepted the signature (it verified it with the public key)
    fills = await client.subscribe_fill()
    assert fills.sid in server.live_sids()
    assert server.conns[0].authenticated


async def test_handshake_debug_logs_keep_the_signature_out(
    server: FakeKalshiServer, make_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client(server, key="rsa")
    await client.connect()
    wire = [r.getMessage() for r in caplog.get_records("call") if r.name == "kalshi_ext.ws.wire"]
    assert "> KALSHI-ACCESS-SIGNATURE: <redacted>" in wire  # logged, and redacted
    assert any(line.startswith("> KALSHI-ACCESS-KEY:") for line in wire)
    # (the autouse guard in conftest also checks every record against the server's signatures)
    assert server.signatures and not any(server.signatures[-1] in line for line in wire)


async def test_a_wrong_key_is_refused_with_a_helpful_error(server: FakeKalshiServer, make_client: Any) -> None:
    client = make_client(server)
    client._session.config.signer._key_id = "unknown-key-id"  # the server has no public key for it
    with pytest.raises(WebSocketConnectionError) as caught:
        await client.connect()
    assert caught.value.status == 401
    assert any("demo=True" in hint for hint in caught.value.hints)
    assert not client.is_connected
    client._session.config.signer._key_id = "ed-key-0123456789"
    await client.connect()  # a failed first connection can be retried
    assert client.is_connected


async def test_an_unauthenticated_client_gets_public_channels_only(server: FakeKalshiServer, make_client: Any) -> None:
    client = make_client(server, key=None)
    ticker = await client.subscribe_ticker(["M"])
    assert ticker.sid is not None and "kalshi-access-key" not in server.handshakes[-1]
    with pytest.raises(WebSocketCommandError) as caught:
        await client.subscribe_fill()
    assert caught.value.code == 9 and caught.value.command == "subscribe"
    assert [s.channel for s in client.subscriptions] == ["ticker"]


@pytest.mark.parametrize(("api", "channel"), _cases())
async def test_subscribe_and_receive_every_channel(make_server: Any, make_client: Any, api: str, channel: str) -> None:
    server: FakeKalshiServer = await make_server(api)
    client = make_client(server)
    helper = getattr(client, f"subscribe_{channel}")
    if channel == "orderbook_delta":
        server.set_book("M", bids=[("0.40", "10")], asks=[("0.55", "5")])
        sub = await helper(["M"])
        assert sub.sid in server.live_sids()
        side = server.api.book.bid_side
        await server.delta("M", side, "0.4000", "2.00")
        snapshot = await next_event(sub)
        delta = await next_event(sub)
        assert isinstance(snapshot, BookUpdate) and snapshot.is_snapshot
        assert isinstance(delta, BookUpdate) and delta.best_bid is not None and str(delta.best_bid.size) == "12.00"
        assert type(delta.message.model).__name__ in {client._API.models["orderbook_delta"]}
        return
    sub = await helper()
    assert sub.sid in server.live_sids() and sub.channel == channel
    assert server.commands[-1]["params"]["channels"] == [channel]
    for message in wsspec.channel_messages(api)[channel]:
        frame = wsspec.example_frame(api, message)
        frame.pop("sid", None), frame.pop("seq", None), frame.pop("id", None)
        assert await server.publish(channel, frame) == 1
        event = await next_event(sub)
        assert isinstance(event, Message), event
        assert event.type == frame["type"] and event.channel == channel and event.sid == sub.sid
        expected = wsspec.schema_name(wsspec.load(api), message)
        assert type(event.model).__name__.lower() == expected.lower()


def test_every_channel_has_a_typed_helper() -> None:
    from kalshi_ext.ws import PerpsWebSocket

    for api, cls in (("prediction", KalshiWebSocket), ("perps", PerpsWebSocket)):
        for channel in wsspec.channel_messages(api):
            assert callable(getattr(cls, f"subscribe_{channel}")), channel


async def test_a_refused_subscribe_raises_and_leaves_no_handle(server: FakeKalshiServer, make_client: Any) -> None:
    server.refuse_channels["ticker"] = 11
    client = make_client(server)
    with pytest.raises(WebSocketCommandError) as caught:
        await client.subscribe_ticker(["M"])
    assert caught.value.code == 11 and "Invalid parameter" in str(caught.value)
    assert client.subscriptions == ()


async def test_add_and_remove_markets_on_a_live_subscription(server: FakeKalshiServer, make_client: Any) -> None:
    server.set_book("A", bids=[("0.10", "1")], asks=[])
    server.set_book("B", bids=[("0.20", "2")], asks=[])
    client = make_client(server)
    sub = await client.subscribe_orderbook_delta(["A"])
    reply = await sub.add_markets(["B"])
    assert [str(t) for t in reply.msg.market_tickers] == ["A", "B"]
    assert sub.markets == ("A", "B")
    await until(lambda: client.book("B") is not None and client.book("B").is_synced)
    assert str(client.book("B").best_bid().price) == "0.2000"
    await sub.remove_markets(["A"])
    assert sub.markets == ("B",) and client.book("A") is None
    assert server.conns[0].subs[sub.sid].markets == ["B"]
    with pytest.raises(KalshiConfigurationError):
        await sub.add_markets("C")  # a bare string, not a list


async def test_cfbenchmarks_value_indices(server: FakeKalshiServer, make_client: Any) -> None:
    client = make_client(server)
    sub = await client.subscribe_cfbenchmarks_value(index_ids=["BRTI"])
    assert server.commands[-1]["params"] == {"channels": ["cfbenchmarks_value"], "index_ids": ["BRTI"]}
    reply = await sub.subscribe_indices(["ETHUSD_RTI"])
    assert list(reply.msg.index_ids) == ["BRTI", "ETHUSD_RTI"]
    assert sub.params["index_ids"] == ["BRTI", "ETHUSD_RTI"]
    assert await sub.index_list() == ["BRTI", "ETHUSD_RTI"]
    await sub.unsubscribe_indices(["BRTI"])
    assert sub.params["index_ids"] == ["ETHUSD_RTI"]
    with pytest.raises(KalshiConfigurationError, match="does not support"):
        await sub.add_markets(["M"])


async def test_pyth_value_underlyings(server: FakeKalshiServer, make_client: Any) -> None:
    client = make_client(server)
    sub = await client.subscribe_pyth_value(["Metal.XAU/USD"])
    await sub.subscribe_underlyings(["Metal.XPT/USD"])
    assert sub.params["underlying_tickers"] == ["Metal.XAU/USD", "Metal.XPT/USD"]
    assert await sub.underlying_list() == ["Metal.XAU/USD"]
    await sub.unsubscribe_underlyings(["Metal.XPT/USD"])
    assert sub.params["underlying_tickers"] == ["Metal.XAU/USD"]


async def test_list_subscriptions_and_unsubscribe(server: FakeKalshiServer, make_client: Any) -> None:
    client = make_client(server)
    ticker = await client.subscribe_ticker()
    trades = await client.subscribe_trade(["M"])
    listing = await client.list_subscriptions()
    assert {(item.channel, item.sid) for item in listing.msg} == {("ticker", ticker.sid), ("trade", trades.sid)}
    assert client.subscription_for_sid(trades.sid) is trades
    await trades.unsubscribe()
    assert server.live_sids() == {ticker.sid}
    assert [s.channel for s in client.subscriptions] == ["ticker"]
    with pytest.raises(StopAsyncIteration):
        await trades.__anext__()
    await trades.unsubscribe()  # idempotent


async def test_generic_subscribe_and_update(server: FakeKalshiServer, make_client: Any) -> None:
    client = make_client(server)
    sub = await client.subscribe("user_orders", market_tickers=["M"])
    reply = await client.update_subscription(sub, "add_markets", market_tickers=["N"])
    assert list(reply.msg.market_tickers) == ["M", "N"]
    with pytest.raises(WebSocketCommandError) as caught:
        await client.update_subscription(sub, "launch_rockets")
    assert caught.value.code == 13
    with pytest.raises(KalshiConfigurationError):
        await client.subscribe("no_such_channel")
    with pytest.raises(KalshiConfigurationError):
        await client.subscribe("ticker", overflow="sometimes")


async def test_commands_time_out(server: FakeKalshiServer, make_client: Any) -> None:
    client = make_client(server, ack_timeout=0.1)
    await client.connect()
    server.ack_delay = 0.3
    with pytest.raises(WebSocketTimeoutError) as caught:
        await client.subscribe_ticker()
    assert caught.value.command == "subscribe"
    assert client.subscriptions == ()
    server.ack_delay = 0.0


async def test_a_signer_from_a_rest_client_is_shared(server: FakeKalshiServer, keys: Keys) -> None:
    signer = RequestSigner("ed-key-0123456789", keys.ed)
    async with KalshiWebSocket(signer, url=server.url, allow_custom_host=True, close_timeout=0.5) as client:
        assert client.signer is signer and client.is_connected and client.environment == "custom"
    assert not client.is_connected
