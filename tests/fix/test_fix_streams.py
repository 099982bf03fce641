"""Market data with a local book, the sync client, reconnects, Ed25519, clients built from REST."""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from fixacceptor import KEY_ID, Acceptor

from kalshi_ext import KalshiClient, PerpsClient
from kalshi_ext.fix import (
    AsyncFixClient,
    BusinessMessageReject,
    ExecutionReport,
    FixClient,
    FixConnectionError,
    FixInbound,
    MarketDataIncremental,
    MarketDataSnapshot,
    MarketSettlementReport,
    OrderMassCancelReport,
    ReconnectPolicy,
    SessionEvent,
)


async def wait_for(client: AsyncFixClient, kind: type, timeout: float = 5.0) -> Any:
    while True:
        event = await client.receive(timeout)
        if isinstance(event, kind):
            return event


async def test_market_data_subscription_keeps_a_local_book(
    acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]
) -> None:
    seen: list[Any] = []
    async with make_client("MD", on_message=seen.append) as client:
        await client.subscribe(["KXTEST-1"])
        snapshot = await wait_for(client, MarketDataSnapshot)
        assert [(e.entry_type, e.price, e.size) for e in snapshot.entries] == [
            ("0", Decimal("0.35"), Decimal(10)),
            ("1", Decimal("0.65"), Decimal(5)),
        ]
        await wait_for(client, MarketDataIncremental)
        book = client.books.get("KXTEST-1")
        assert book is not None
        assert book.levels("bid") == [(Decimal("0.35"), Decimal(7))]
        assert book.best_offer is None  # the offer level was deleted
    assert acceptor.logons[0].get(141) == b"Y"  # KalshiMD resets on every logon
    assert any(isinstance(m, MarketDataSnapshot) for m in seen)  # the callback saw the stream too


async def test_mass_cancel_and_business_reject_keep_kalshis_codes(
    acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]
) -> None:
    async with make_client() as client:
        await client.mass_cancel(cl_ord_id="mc-1")
        report = await wait_for(client, OrderMassCancelReport)
        assert (report.cl_ord_id, report.mass_cancel_response) == ("mc-1", "6")
        await client.order_group(action="create", contracts_limit=5)
        group = await wait_for(client, FixInbound)
        assert (group.name, group.field("OrderGroupID"), group.field(20132)) == ("OrderGroupResponse", "OG1", "5")
        await client.send_message("e", [(263, "1"), (55, "KXTEST-1")])
        reject = await wait_for(client, BusinessMessageReject)
        assert (reject.business_reject_reason, reject.ref_msg_type) == (3, "e")
        assert reject.text == "unsupported message type e"
        assert reject.fields()["BusinessRejectReason"] == "3"


async def test_rt_reconnects_with_backoff_and_resumes_sequence_numbers(
    acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]
) -> None:
    client = make_client(reconnect=ReconnectPolicy(max_attempts=3, initial_delay=0.01))
    await client.logon()
    await client.new_order(cl_ord_id="rc-1", symbol="KXTEST-1", side="buy", qty=1, price="0.5")
    await wait_for(client, ExecutionReport)
    next_out = client.next_seq_out
    await acceptor.drop_all()
    kinds = []
    while "logged_on" not in kinds:
        event = await wait_for(client, SessionEvent)
        kinds.append(event.kind)
    assert kinds[0] == "disconnected" and "reconnecting" in kinds
    assert acceptor.logons[-1].get_int(34) == next_out and acceptor.logons[-1].get(141) is None
    await client.new_order(cl_ord_id="rc-2", symbol="KXTEST-1", side="buy", qty=1, price="0.5")
    assert (await wait_for(client, ExecutionReport)).cl_ord_id == "rc-2"
    await client.close()


async def test_a_refused_reconnect_stops_instead_of_looping(
    acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]
) -> None:
    client = make_client(reconnect=ReconnectPolicy(max_attempts=5, initial_delay=0.01))
    await client.logon()
    acceptor.knobs.refuse_logon = "Invalid signature"
    await acceptor.drop_all()
    with pytest.raises(Exception, match="Invalid signature"):
        async for _ in client:
            pass
    assert len(acceptor.logons) == 2
    await client.close()


async def test_connection_refused_is_a_connection_error(client_ssl: ssl.SSLContext, rsa_key: Any) -> None:
    client = AsyncFixClient(
        "RT",
        key_id=KEY_ID,
        private_key=rsa_key,
        host="127.0.0.1",
        port=1,
        allow_custom_host=True,
        ssl_context=client_ssl,
    )
    with pytest.raises(FixConnectionError):
        await client.logon(timeout=2)


async def test_ed25519_keys_sign_the_logon(server_ssl: ssl.SSLContext, client_ssl: ssl.SSLContext, ed_key: Any) -> None:
    server = Acceptor({KEY_ID: ed_key.public_key()}, server_ssl)
    await server.start()
    try:
        client = AsyncFixClient(
            "RT",
            key_id=KEY_ID,
            private_key=ed_key,
            host="127.0.0.1",
            port=server.port,
            allow_custom_host=True,
            ssl_context=client_ssl,
        )
        async with client:
            assert client.logged_on
    finally:
        await server.stop()


async def test_from_rest_client_shares_signer_and_environment(rsa_key: Any) -> None:
    with KalshiClient(key_id=KEY_ID, private_key=rsa_key, demo=True) as kalshi:
        fix = AsyncFixClient.from_client(kalshi, "RFQ")
        assert "fix.demo.kalshi.co" in repr(fix) and "8232" in repr(fix)
        with pytest.raises(Exception, match="come from the REST client"):
            AsyncFixClient.from_client(kalshi, "RT", demo=False)
    with PerpsClient(key_id=KEY_ID, private_key=rsa_key) as perps:
        assert "margin-mm.fix.elections.kalshi.com" in repr(AsyncFixClient.from_client(perps, "NR"))
    with KalshiClient() as public, pytest.raises(Exception, match="authenticated"):
        AsyncFixClient.from_client(public, "RT")


def test_sync_client_round_trip(server_ssl: ssl.SSLContext, rsa_key: Any, client_ssl: ssl.SSLContext) -> None:
    # The acceptor runs on a loop in a thread of its own, so the sync client can block here.
    loop = asyncio.new_event_loop()

    ready = threading.Event()
    holder: dict[str, Any] = {}

    def serve() -> None:
        asyncio.set_event_loop(loop)
        server = Acceptor({KEY_ID: rsa_key.public_key()}, server_ssl)
        holder["server"] = server
        loop.run_until_complete(server.start())
        ready.set()
        loop.run_forever()
        loop.run_until_complete(server.stop())
        loop.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    ready.wait(10)
    server: Acceptor = holder["server"]
    server.knobs.fill_orders = True
    try:
        with FixClient(
            "RT",
            key_id=KEY_ID,
            private_key=rsa_key,
            host="127.0.0.1",
            port=server.port,
            allow_custom_host=True,
            ssl_context=client_ssl,
            reconnect=False,
        ) as fix:
            assert fix.logged_on
            fix.new_order(cl_ord_id="s-1", symbol="KXTEST-1", side="buy", qty=2, price="0.25")
            reports = []
            while len(reports) < 2:
                event = fix.receive(5)
                if isinstance(event, ExecutionReport):
                    reports.append(event)
            assert [r.exec_type for r in reports] == ["0", "F"]
            assert "FixClient(" in repr(fix)
        assert not fix.logged_on
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)


async def test_rfq_and_drop_copy_sessions(acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]) -> None:
    async with make_client("RFQ") as rfq:
        await rfq.quote_request(quote_req_id="q-1", symbol="KXTEST-1", qty=10)
        ack = await wait_for(rfq, FixInbound)
        assert (ack.msg_type, ack.name, ack.field("RfqId"), ack.field("QuoteReqID")) == (
            "b",
            "QuoteRequestAck",
            "RFQ1",
            "q-1",
        )
    assert acceptor.logons[-1].get(141) is None  # KalshiRFQ retransmits: no reset
    async with make_client("DC") as dc:
        sent = await dc.event_resend(begin_exec_id="1;1")
        done = await wait_for(dc, FixInbound)
        assert (done.name, done.field("RefSeqNum")) == ("EventResendComplete", str(sent.seq))
    assert acceptor.logons[-1].get(141) == b"Y"


async def test_no_secret_reaches_the_store_the_stream_or_a_repr(
    acceptor: Acceptor, make_client: Callable[..., AsyncFixClient], tmp_path: Any, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    caplog.set_level(logging.DEBUG)
    events: list[Any] = []
    async with make_client(store=tmp_path / "store", on_message=events.append) as client:
        await client.new_order(cl_ord_id="sec-1", symbol="KXTEST-1", side="buy", qty=1, price="0.5")
        await wait_for(client, ExecutionReport)
        text = repr(client)
    signature = acceptor.logons[0].get(96)
    assert signature
    database = b"".join(p.read_bytes() for p in (tmp_path / "store").iterdir())
    assert signature not in database and b"sec-1" in database  # orders are stored, the logon is not
    assert signature.decode() not in caplog.text and signature.decode() not in text
    assert all(signature.decode() not in repr(e) for e in events)


async def test_post_trade_settlement_report_is_typed(
    acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]
) -> None:
    acceptor.knobs.settlement_after_logon = True
    async with make_client("PT") as pt:
        report = await wait_for(pt, MarketSettlementReport)
    assert (report.symbol, report.market_result, report.settlement_price, report.last_fragment) == (
        "KXTEST-1",
        "yes",
        Decimal("1.00"),
        True,
    )
    (party,) = report.parties
    assert (party.long_qty, party.collateral_changes, party.fees) == (
        Decimal(10),
        ((Decimal("10.00"), "PAYOUT"),),
        ((Decimal("0.07"), "USD", "4"),),
    )
    assert acceptor.logons[-1].get(141) == b"Y"  # KalshiPT resets on every logon
