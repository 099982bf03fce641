"""Arguments checked before anything connects: sessions, hosts, keys, order fields, prices."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from kalshi_ext import KalshiConfigurationError
from kalshi_ext.fix import SESSIONS, AsyncFixClient, FixConfigurationError
from kalshi_ext.fix import _requests as rq
from kalshi_ext.fix._hosts import resolve_endpoint

KEY_ID = "11111111-2222-3333-4444-555555555555"


@pytest.mark.parametrize(
    ("product", "session", "demo", "host", "port"),
    [
        ("prediction", "NR", False, "fix.elections.kalshi.com", 8228),
        ("prediction", "DC", False, "fix.elections.kalshi.com", 8229),
        ("prediction", "RT", True, "fix.demo.kalshi.co", 8230),
        ("prediction", "PT", False, "fix.elections.kalshi.com", 8231),
        ("prediction", "RFQ", True, "fix.demo.kalshi.co", 8232),
        ("prediction", "MD", False, "fix.elections.kalshi.com", 8233),
        ("perps", "RT", False, "margin-mm.fix.elections.kalshi.com", 8230),
        ("perps", "MD", False, "margin-marketdata.fix.elections.kalshi.com", 8233),
        ("perps", "NR", True, "margin-fix.demo.kalshi.co", 8228),
        ("perps", "MD", True, "margin-marketdata.fix.demo.kalshi.co", 8233),
    ],
)
def test_hosts_and_ports_per_environment(product: Any, session: str, demo: bool, host: str, port: int) -> None:
    endpoint = resolve_endpoint(product, SESSIONS[session], demo=demo, host=None, port=None, allow_custom_host=False)
    assert (endpoint.host, endpoint.port, endpoint.environment) == (host, port, "demo" if demo else "production")


def test_custom_hosts_need_the_opt_in() -> None:
    rt = SESSIONS["RT"]
    with pytest.raises(FixConfigurationError, match="allow_custom_host=True"):
        resolve_endpoint("prediction", rt, demo=False, host="127.0.0.1", port=9000, allow_custom_host=False)
    with pytest.raises(FixConfigurationError, match="production FIX host"):
        resolve_endpoint(
            "prediction", rt, demo=True, host="fix.elections.kalshi.com", port=None, allow_custom_host=False
        )
    with pytest.raises(FixConfigurationError, match="bare host"):
        resolve_endpoint("prediction", rt, demo=False, host="tls://x:1", port=None, allow_custom_host=True)
    with pytest.raises(FixConfigurationError, match="port"):
        resolve_endpoint("prediction", rt, demo=False, host=None, port=70000, allow_custom_host=False)
    ok = resolve_endpoint("prediction", rt, demo=False, host="127.0.0.1", port=9000, allow_custom_host=True)
    assert (ok.host, ok.port, ok.environment) == ("127.0.0.1", 9000, "custom")


def test_client_arguments(rsa_key: Any) -> None:
    with pytest.raises(FixConfigurationError, match="session must be one of"):
        AsyncFixClient("PT", key_id=KEY_ID, private_key=rsa_key, product="perps")
    with pytest.raises(FixConfigurationError, match="key_id"):
        AsyncFixClient("RT")
    with pytest.raises(FixConfigurationError, match="heartbeat_interval"):
        AsyncFixClient("RT", key_id=KEY_ID, private_key=rsa_key, heartbeat_interval=3)
    with pytest.raises(FixConfigurationError, match="listener_session"):
        AsyncFixClient("DC", key_id=KEY_ID, private_key=rsa_key, listener_session=True)
    with pytest.raises(FixConfigurationError, match="perps"):
        AsyncFixClient("RT", key_id=KEY_ID, private_key=rsa_key, product="perps", use_dollars=False)
    with pytest.raises(FixConfigurationError, match="set by the session"):
        AsyncFixClient("RT", key_id=KEY_ID, private_key=rsa_key, logon_options={141: True})
    with pytest.raises(KalshiConfigurationError):
        AsyncFixClient("RT", key_id=KEY_ID, private_key="not a pem")
    client = AsyncFixClient("kalshirt", key_id=KEY_ID, private_key=rsa_key, demo=True)
    assert client.session_type == "RT"
    text = repr(client)
    assert "fix.demo.kalshi.co" in text and KEY_ID not in text and "PRIVATE" not in text


def test_new_order_fields_and_refusals() -> None:
    msg_type, fields = rq.new_order(
        cl_ord_id="c1",
        symbol="KX-1",
        side="buy",
        qty=Decimal("2.5"),
        price="0.55",
        use_dollars=True,
        time_in_force="gtd",
        expire_time=datetime(2026, 12, 1, 12, 0, tzinfo=UTC),
        post_only=True,
        self_trade_prevention="maker",
        subaccount=3,
    )
    assert msg_type == "D"
    assert dict(fields) == {
        11: "c1",
        18: "6",
        38: Decimal("2.5"),
        40: "2",
        44: Decimal("0.55"),
        54: "1",
        55: "KX-1",
        59: "6",
        126: "20261201-12:00:00.000",
        2964: 2,
        79: 3,
    }
    _, cents = rq.new_order(cl_ord_id="c2", symbol="KX-1", side="sell", qty=1, price=55, use_dollars=False)
    assert dict(cents)[44] == 55 and dict(cents)[54] == "2"
    for bad, match in [
        ({"price": 0.55}, "floats are refused"),
        ({"qty": 0}, "> 0"),
        ({"side": "yes"}, "side"),
        ({"cl_ord_id": ""}, "cl_ord_id"),
        ({"cl_ord_id": "x" * 65}, "cl_ord_id"),
        ({"time_in_force": "gtd"}, "expire_time"),
        ({"time_in_force": "forever"}, "time_in_force"),
        ({"subaccount": 64}, "subaccount"),
        ({"expire_time": datetime(2026, 1, 1)}, "timezone-aware"),
    ]:
        args: dict[str, Any] = {
            "cl_ord_id": "c",
            "symbol": "KX",
            "side": "buy",
            "qty": 1,
            "price": "0.5",
            "use_dollars": True,
        }
        args.update(bad)
        with pytest.raises(FixConfigurationError, match=match):
            rq.new_order(**args)
    with pytest.raises(FixConfigurationError, match="cents"):
        rq.new_order(cl_ord_id="c", symbol="KX", side="buy", qty=1, price="0.5", use_dollars=False)


def test_other_requests() -> None:
    assert rq.mass_cancel(cl_ord_id="m") == ("q", [(11, "m"), (530, "6")])
    assert rq.market_data(request="subscribe", symbols=["A", "B"]) == (
        "V",
        [(263, "1"), (146, 2), (55, "A"), (55, "B")],
    )
    assert rq.market_data(request="unsubscribe", symbols=[]) == ("V", [(263, "2")])
    assert rq.order_group(action="create", contracts_limit=10)[1] == [(20131, 1), (20132, 10)]
    with pytest.raises(FixConfigurationError, match="order_group_id"):
        rq.order_group(action="delete")
    with pytest.raises(FixConfigurationError, match="exactly one"):
        rq.quote_request(quote_req_id="q", symbol="KX")
    with pytest.raises(FixConfigurationError, match="bid_px"):
        rq.quote(quote_id="q", quote_req_id="r", symbol="KX")
    assert rq.rfq_cancel(rfq_id="r1") == ("UE", [(21023, "r1")])
    assert rq.event_resend(begin_exec_id="1;2") == ("U1", [(21001, "1;2")])


def test_sync_and_async_clients_have_the_same_surface() -> None:
    import inspect

    from kalshi_ext.fix import FixClient

    def surface(cls: type) -> dict[str, object]:
        return {n: inspect.getattr_static(cls, n) for n in dir(cls) if not n.startswith("_")}

    sync, asyn = surface(FixClient), surface(AsyncFixClient)
    assert set(sync) == set(asyn)
    for name, member in sync.items():
        other = asyn[name]
        if isinstance(member, property):
            assert isinstance(other, property), name
            continue
        func = member.__func__ if isinstance(member, classmethod) else member
        other_func = other.__func__ if isinstance(other, classmethod) else other  # type: ignore[attr-defined]
        params = [(p.name, p.kind, p.default) for p in inspect.signature(func).parameters.values()]  # type: ignore[arg-type]
        other_params = [(p.name, p.kind, p.default) for p in inspect.signature(other_func).parameters.values()]
        assert params == other_params, name
        if name not in ("from_client", "messages"):
            assert inspect.iscoroutinefunction(other_func) and not inspect.iscoroutinefunction(func), name
