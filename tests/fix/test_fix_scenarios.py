"""Scenarios against the in-process TLS acceptor: logon, orders, cancel, replace, resend, logout."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from fixacceptor import Acceptor

from kalshi_ext.fix import (
    AsyncFixClient,
    ExecutionReport,
    FixDuplicateOrderError,
    FixInbound,
    FixLogonError,
    OrderCancelReject,
    SessionEvent,
)


async def next_app(client: AsyncFixClient, kind: type[FixInbound] = FixInbound, timeout: float = 5.0) -> Any:
    while True:
        event = await client.receive(timeout)
        if isinstance(event, kind):
            return event


async def events_until(client: AsyncFixClient, kind: str, timeout: float = 5.0) -> list[SessionEvent]:
    seen = []
    while True:
        event = await client.receive(timeout)
        if isinstance(event, SessionEvent):
            seen.append(event)
            if event.kind == kind:
                return seen


async def test_logon_new_order_fill_cancel_replace(
    acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]
) -> None:
    acceptor.knobs.fill_orders = True
    async with make_client() as client:
        assert client.logged_on
        sent = await client.new_order(
            cl_ord_id="o-1", symbol="KXTEST-1", side="buy", qty=Decimal(10), price=Decimal("0.55")
        )
        new = await next_app(client, ExecutionReport)
        fill = await next_app(client, ExecutionReport)
        assert (new.exec_type, new.ord_status, new.cl_ord_id) == ("0", "0", "o-1")
        assert (fill.exec_type, fill.ord_status, fill.cum_qty, fill.last_px) == ("F", "2", Decimal(10), Decimal("0.55"))
        order = acceptor.app_received("D")[0]
        assert order.get(34) == str(sent.seq).encode()
        assert (order.get(44), order.get(38), order.get(54), order.get(40)) == (b"0.55", b"10", b"1", b"2")
        acceptor.knobs.fill_orders = False
        await client.new_order(cl_ord_id="o-2", symbol="KXTEST-1", side="sell", qty=3, price="0.40")
        await next_app(client, ExecutionReport)
        await client.replace(cl_ord_id="o-3", orig_cl_ord_id="o-2", symbol="KXTEST-1", side="sell", qty=5, price="0.41")
        replaced = await next_app(client, ExecutionReport)
        assert (replaced.exec_type, replaced.orig_cl_ord_id, replaced.order_qty) == ("5", "o-2", Decimal(5))
        await client.cancel(cl_ord_id="o-4", orig_cl_ord_id="o-3", symbol="KXTEST-1", side="sell")
        canceled = await next_app(client, ExecutionReport)
        assert (canceled.exec_type, canceled.ord_status) == ("4", "4")
        await client.cancel(cl_ord_id="o-5", orig_cl_ord_id="nope", symbol="KXTEST-1", side="sell")
        reject = await next_app(client, OrderCancelReject)
        assert (reject.cxl_rej_reason, reject.text) == (1, "order not found")
    assert not client.logged_on
    assert acceptor.app_received("5"), "a Logout was sent"


async def test_logon_is_signed_and_carries_the_required_fields(
    acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]
) -> None:
    async with make_client("RT", heartbeat_interval=10, cancel_on_disconnect=True):
        pass
    logon = acceptor.logons[0]
    tags = [tag for tag, _ in logon.fields]
    assert tags.index(95) + 1 == tags.index(96)
    assert (logon.get(98), logon.get(108), logon.get(1137), logon.get(8013)) == (b"0", b"10", b"9", b"Y")
    assert logon.get(141) is None  # RT keeps its sequence numbers


async def test_bad_signature_is_a_typed_logon_error_without_retry(
    acceptor: Acceptor, make_client: Callable[..., AsyncFixClient], ed_key: Any
) -> None:
    client = make_client(private_key=ed_key, reconnect=True)
    with pytest.raises(FixLogonError) as info:
        await client.logon()
    assert info.value.text == "Invalid signature"
    assert len(acceptor.logons) == 1
    await client.close()


async def test_refused_logon_second_connection(acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]) -> None:
    async with make_client():
        second = make_client()
        with pytest.raises(FixLogonError, match="one connection per API key"):
            await second.logon()
        await second.close()


async def test_nr_session_must_reset_and_does(acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]) -> None:
    async with make_client("NR"):
        pass
    assert acceptor.logons[-1].get(141) == b"Y"
    async with make_client("NR"):
        pass
    assert acceptor.logons[-1].get(34) == b"1"


async def test_duplicate_cl_ord_id_is_refused_before_sending(
    acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]
) -> None:
    async with make_client() as client:
        await client.new_order(cl_ord_id="dup", symbol="KXTEST-1", side="buy", qty=1, price="0.5")
        with pytest.raises(FixDuplicateOrderError):
            await client.new_order(cl_ord_id="dup", symbol="KXTEST-1", side="buy", qty=1, price="0.5")
        await next_app(client, ExecutionReport)
    assert len(acceptor.app_received("D")) == 1


async def test_inbound_gap_is_resent_by_the_counterparty(
    acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]
) -> None:
    async with make_client() as client:
        acceptor.knobs.skip_outbound = 2  # the acceptor "loses" two of its messages
        await client.new_order(cl_ord_id="g-1", symbol="KXTEST-1", side="buy", qty=1, price="0.5")
        seen = await events_until(client, "resend_requested")
        assert seen[-1].kind == "resend_requested"
        report = await next_app(client, ExecutionReport)
        assert report.cl_ord_id == "g-1"
        assert client.next_seq_in == acceptor.sessions[next(iter(acceptor.sessions))].next_out


async def test_outbound_gap_answered_with_possdup_and_gapfill(
    acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]
) -> None:
    async with make_client() as client:
        first = await client.new_order(cl_ord_id="r-1", symbol="KXTEST-1", side="buy", qty=1, price="0.5")
        acceptor.knobs.lose_inbound = {first.seq + 1}
        await client.new_order(cl_ord_id="r-2", symbol="KXTEST-1", side="buy", qty=2, price="0.5")
        await client.new_order(cl_ord_id="r-3", symbol="KXTEST-1", side="buy", qty=3, price="0.5")
        reports = [await next_app(client, ExecutionReport) for _ in range(3)]
        assert sorted(r.cl_ord_id for r in reports) == ["r-1", "r-2", "r-3"]
    resent = [m for m in acceptor.received if m.get(43) == b"Y"]
    assert [m.get_str(11) for m in resent] == ["r-2", "r-3"]
    assert all(m.get(122) for m in resent)
    assert sorted(acceptor.orders) == ["r-1", "r-2", "r-3"]


async def test_possdup_duplicates_are_ignored(acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]) -> None:
    acceptor.knobs.possdup_replay = True
    async with make_client() as client:
        await client.new_order(cl_ord_id="p-1", symbol="KXTEST-1", side="buy", qty=1, price="0.5")
        await next_app(client, ExecutionReport)
        seen = await events_until(client, "duplicate_ignored")
        assert seen[-1].kind == "duplicate_ignored"


async def test_garbage_is_reported_and_survived(acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]) -> None:
    async with make_client() as client:
        acceptor.knobs.garbage_before_reply = b"8=FIXT.1.1\x019=5\x0135=0\x0110=000\x01junk"
        await client.new_order(cl_ord_id="x-1", symbol="KXTEST-1", side="buy", qty=1, price="0.5")
        seen = await events_until(client, "garbage")
        assert seen[-1].raw
        report = await next_app(client, ExecutionReport)
        assert report.cl_ord_id == "x-1"
        acceptor.knobs.garbage_before_reply = b""
        assert client.logged_on


async def test_test_request_answered_and_silence_detected(
    acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]
) -> None:
    now = [1_800_000_000.0]
    client = make_client(heartbeat_interval=10, clock=lambda: now[0])
    client._tick_interval = 0.01
    await client.logon()
    now[0] += 13  # quiet for longer than 1.2 heartbeat intervals: a TestRequest goes out
    await events_until(client, "test_request")
    await asyncio.sleep(0.2)
    assert acceptor.app_received("1"), "the TestRequest reached the acceptor"
    acceptor.knobs.silent = True
    now[0] += 13
    await events_until(client, "test_request")
    now[0] += 11  # no answer within a heartbeat interval: the session is dead
    await events_until(client, "disconnected")
    assert not client.logged_on
    await client.close()


async def test_logout_both_ways(acceptor: Acceptor, make_client: Callable[..., AsyncFixClient]) -> None:
    client = make_client()
    await client.logon()
    await client.logout("done for the day")
    assert acceptor.app_received("5")[0].get(58) == b"done for the day"
    await client.close()
