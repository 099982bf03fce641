"""One test (or more) per compatibility item of docs/migration.md: the names kalshi-sdk users already write."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from standin import StandIn, serve

import kalshi_ext
import kalshi_ext.errors
from kalshi_ext import (
    AsyncKalshiClient,
    AuthRequiredError,
    KalshiAuthError,
    KalshiClient,
    KalshiConfigurationError,
    KlearClient,
    PerpsClient,
)
from kalshi_ext.errors import KALSHI_SDK_ALIASES

TICKER = "KXHIGHNY-26NOV21-B52.5"


def _client(standin: StandIn, pem: str, **options: Any) -> KalshiClient:
    return KalshiClient(key_id="key-1", private_key=pem, transport=httpx.MockTransport(standin), **options)


# -- errors --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("alias", "target"), sorted(KALSHI_SDK_ALIASES.items()))
def test_kalshi_sdk_error_names_are_the_same_classes(alias: str, target: str) -> None:
    owner = kalshi_ext.ws if target.startswith("ws.") else kalshi_ext
    cls = getattr(owner, target.removeprefix("ws."))
    assert getattr(kalshi_ext, alias) is cls
    assert getattr(kalshi_ext.errors, alias) is cls
    assert issubclass(cls, kalshi_ext.KalshiError)


def test_the_aliases_catch_what_the_client_raises(standin: StandIn, pem: str) -> None:
    from kalshi_ext import KalshiNotFoundError, KalshiValidationError

    with _client(standin, pem) as kalshi:
        with pytest.raises(KalshiNotFoundError) as caught:
            kalshi.markets.get("DOES-NOT-EXIST")
    assert caught.value.status_code == 404 == caught.value.status
    assert type(caught.value) is kalshi_ext.NotFoundError
    bad = KalshiClient(transport=httpx.MockTransport(lambda r: httpx.Response(400, json={"error": {"code": "x"}})))
    with bad, pytest.raises(KalshiValidationError) as invalid:
        bad.markets.list()
    assert invalid.value.status_code == 400


def test_kalshi_auth_error_covers_401_403_and_a_client_without_credentials() -> None:
    for status in (401, 403):
        answer = httpx.Response(status, json={"error": {"code": "no", "message": "no"}})
        client = KalshiClient(transport=httpx.MockTransport(lambda r, a=answer: a))
        with client, pytest.raises(KalshiAuthError) as caught:
            client.exchange.status()
        assert caught.value.status_code == status
    sent: list[httpx.Request] = []
    public = KalshiClient(transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={})))
    with public, pytest.raises(AuthRequiredError) as missing:
        public.portfolio.balance()
    assert isinstance(missing.value, KalshiAuthError) and isinstance(missing.value, KalshiConfigurationError)
    assert missing.value.status_code is None and sent == []


def test_status_code_is_on_every_error_class() -> None:
    for name in kalshi_ext.errors.__all__:
        cls = getattr(kalshi_ext.errors, name)
        assert isinstance(cls.status_code, property), name
    assert kalshi_ext.KalshiConfigurationError("x").status_code is None
    assert kalshi_ext.KalshiResponseError("x", status=200).status_code == 200


# -- is_authenticated ----------------------------------------------------------------------------------


async def test_is_authenticated(pem: str) -> None:
    assert KalshiClient(demo=True).is_authenticated is False
    assert KalshiClient(key_id="k", private_key=pem).is_authenticated is True
    assert KalshiClient.from_env(env={}).is_authenticated is False
    assert PerpsClient.from_env(env={"KALSHI_API_KEY_ID": "k", "KALSHI_PRIVATE_KEY": pem}).is_authenticated
    # kalshi-sdk 4 removed KlearClient.is_authenticated (credentials are required at construction).
    assert not hasattr(KlearClient(admin_user_id="a", access_token="t"), "is_authenticated")
    async with AsyncKalshiClient() as public:
        assert public.is_authenticated is False


# -- from_env host variables ---------------------------------------------------------------------------


def test_kalshi_api_base_url_sends_to_the_local_server_never_to_kalshi(standin: StandIn, pem: str) -> None:
    with serve(standin) as url:
        env = {"KALSHI_API_BASE_URL": url, "KALSHI_ALLOW_UNKNOWN_HOST": "1", "KALSHI_KEY_ID": "key-1"}
        env["KALSHI_PRIVATE_KEY"] = pem
        with KalshiClient.from_env(env=env) as kalshi:
            assert kalshi.base_url == url and kalshi.environment == "custom"
            assert kalshi.portfolio.balance().balance == 10_000  # signed, verified by the stand-in
    assert [r.url.host for r in standin.requests] == ["127.0.0.1"]


def test_a_base_url_variable_for_another_host_without_the_allow_variable_raises(pem: str) -> None:
    with pytest.raises(KalshiConfigurationError) as caught:
        KalshiClient.from_env(env={"KALSHI_API_BASE_URL": "http://127.0.0.1:9/trade-api/v2"})
    message = str(caught.value)
    assert message.startswith("KALSHI_API_BASE_URL: ") and "KALSHI_ALLOW_UNKNOWN_HOST=1" in message
    with pytest.raises(KalshiConfigurationError, match=r"^KALSHI_API_BASE_URL: "):
        KalshiClient.from_env(env={"KALSHI_API_BASE_URL": "https://api.elections.kalshi.com/trade-api/v2"}, demo=True)
    with pytest.raises(KalshiConfigurationError, match="KALSHI_ALLOW_UNKNOWN_HOST must be one of"):
        KalshiClient.from_env(env={"KALSHI_ALLOW_UNKNOWN_HOST": "maybe"})


def test_the_demo_host_from_the_variable_needs_no_allow() -> None:
    demo = "https://demo-api.kalshi.co/trade-api/v2"
    with KalshiClient.from_env(env={"KALSHI_API_BASE_URL": demo, "KALSHI_DEMO": "true"}) as kalshi:
        assert kalshi.base_url == demo and kalshi.environment == "demo"


def test_an_explicit_base_url_wins_over_the_variable() -> None:
    explicit = "http://127.0.0.1:8/trade-api/v2"
    env = {"KALSHI_API_BASE_URL": "http://127.0.0.1:9/trade-api/v2", "KALSHI_ALLOW_UNKNOWN_HOST": "1"}
    with KalshiClient.from_env(env=env, base_url=explicit, allow_custom_host=True) as kalshi:
        assert kalshi.base_url == explicit


def test_perps_and_klear_read_their_own_host_variables(standin: StandIn) -> None:
    perps_url = "http://127.0.0.1:7/trade-api/v2"
    perps_env = {
        "KALSHI_PERPS_API_BASE_URL": perps_url,
        "KALSHI_PERPS_ALLOW_UNKNOWN_HOST": "true",
        "KALSHI_PERPS_WS_BASE_URL": "ws://127.0.0.1:6/trade-api/ws/v2/margin",
        "KALSHI_API_BASE_URL": "http://127.0.0.1:5/trade-api/v2",  # the Trade client's, not this one's
    }
    with PerpsClient.from_env(env=perps_env) as perps:
        assert perps.base_url == perps_url
        assert perps._websocket_options({}) == {
            "url": "ws://127.0.0.1:6/trade-api/ws/v2/margin",
            "allow_custom_host": True,
        }
    with pytest.raises(KalshiConfigurationError, match=r"^KALSHI_PERPS_API_BASE_URL: .*KALSHI_PERPS_ALLOW"):
        PerpsClient.from_env(env={"KALSHI_PERPS_API_BASE_URL": perps_url})
    klear_env = {"KALSHI_KLEAR_ADMIN_USER_ID": "a", "KALSHI_KLEAR_ACCESS_TOKEN": "t"}
    klear_url = "http://127.0.0.1:4/klear-api/v1"
    with pytest.raises(KalshiConfigurationError, match=r"^KALSHI_KLEAR_API_BASE_URL: .*KALSHI_KLEAR_ALLOW"):
        KlearClient.from_env(env={**klear_env, "KALSHI_KLEAR_API_BASE_URL": klear_url})
    allowed = {**klear_env, "KALSHI_KLEAR_API_BASE_URL": klear_url, "KALSHI_KLEAR_ALLOW_UNKNOWN_HOST": "1"}
    with KlearClient.from_env(env=allowed) as klear:
        assert klear.base_url == klear_url


# -- orders.create (kalshi-sdk / V1 style) onto V2 -----------------------------------------------------


@pytest.mark.parametrize(
    ("side", "action", "price", "book_side", "yes_price"),
    [
        ("yes", "buy", {"yes_price": "0.65"}, "bid", "0.65"),
        ("yes", "sell", {"yes_price": "0.65"}, "ask", "0.65"),
        ("no", "buy", {"no_price": "0.30"}, "ask", "0.70"),
        ("no", "sell", {"no_price": "0.30"}, "bid", "0.70"),
        ("no", "buy", {"yes_price": Decimal("0.70")}, "ask", "0.70"),
        # (a no_price of 1 would mean a YES price of 0: refused before sending, see tests/safety)
        ("yes", "buy", {"no_price": "0.99"}, "bid", "0.01"),
    ],
)
def test_orders_create_maps_exactly_onto_the_v2_endpoint(
    standin: StandIn, pem: str, side: str, action: str, price: dict[str, Any], book_side: str, yes_price: str
) -> None:
    with _client(standin, pem) as kalshi:
        result = kalshi.orders.create(
            ticker=TICKER,
            side=side,  # type: ignore[arg-type]
            action=action,  # type: ignore[arg-type]
            count=10,
            self_trade_prevention_type="taker_at_cross",
            client_order_id="c-1",
            expiration_ts=1_800_000_000,
            **price,
        )
    (sent,) = [r for r in standin.requests if r.method == "POST"]
    assert sent.url.path == "/trade-api/v2/portfolio/events/orders"
    assert json.loads(sent.content) == {
        "ticker": TICKER,
        "side": book_side,
        "count": "10",
        "price": yes_price,
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
        "client_order_id": "c-1",
        "expiration_time": 1_800_000_000,
    }
    assert result.order_id == "ord-1"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"yes_price": "0.6", "no_price": "0.4"}, "exactly one of yes_price or no_price"),
        ({}, "exactly one of yes_price or no_price"),
        ({"yes_price": 0.65}, "not float"),
        ({"yes_price": "1.5"}, "between 0 and 1"),
        ({"yes_price": "0.5", "side": "bid"}, "side must be 'yes' or 'no'"),
        ({"yes_price": "0.5", "buy_max_cost": 500}, "buy_max_cost has no V2 equivalent"),
        ({"yes_price": "0.5", "self_trade_prevention_type": None}, "self_trade_prevention_type is required"),
    ],
)
def test_orders_create_refuses_what_v2_cannot_say_before_sending(
    standin: StandIn, pem: str, change: dict[str, Any], message: str
) -> None:
    arguments: dict[str, Any] = {
        "ticker": TICKER,
        "side": "yes",
        "action": "buy",
        "count": 1,
        "self_trade_prevention_type": "maker",
    }
    with _client(standin, pem) as kalshi, pytest.raises(KalshiConfigurationError, match=message):
        kalshi.orders.create(**{**arguments, **change})
    assert standin.requests == []


def test_orders_create_has_the_same_order_safety_as_create_v2(standin: StandIn, pem: str) -> None:
    standin.lose_next_create = True
    with _client(standin, pem) as kalshi:
        result = kalshi.orders.create(
            ticker=TICKER, side="yes", count=3, yes_price="0.40", self_trade_prevention_type="taker_at_cross"
        )
    assert standin.creates == 1 and len(standin.orders) == 1  # found by its client_order_id, never resent
    assert result.client_order_id == next(iter(standin.orders))


async def test_async_orders_create_amend_cancel_decrease(standin: StandIn, pem: str) -> None:
    async with AsyncKalshiClient(key_id="key-1", private_key=pem, transport=httpx.MockTransport(standin)) as kalshi:
        placed = await kalshi.orders.create(
            ticker=TICKER, side="no", count=4, no_price="0.25", self_trade_prevention_type="maker"
        )
        amended = await kalshi.orders.amend(
            placed.order_id, ticker=TICKER, side="no", action="buy", count=5, no_price="0.20"
        )
        decreased = await kalshi.orders.decrease(placed.order_id, reduce_by=1)
        canceled = await kalshi.orders.cancel(placed.order_id)
    amend_body = json.loads(next(r for r in standin.requests if r.url.path.endswith("/amend")).content)
    assert amend_body == {"ticker": TICKER, "side": "ask", "price": "0.80", "count": "5"}
    assert amended.remaining_count == Decimal("5.00") and decreased.remaining_count == Decimal("4.00")
    assert canceled.reduced_by == Decimal("4.00")


def test_cancel_and_decrease_are_the_v2_methods() -> None:
    with KalshiClient() as kalshi:
        assert type(kalshi.orders).cancel is type(kalshi.orders).cancel_v2
        assert type(kalshi.orders).decrease is type(kalshi.orders).decrease_v2


# -- names ---------------------------------------------------------------------------------------------


def test_public_names_and_module_paths() -> None:
    listed = dir(kalshi_ext)
    assert all(not name.startswith("_") or name == "__version__" for name in listed)
    assert "importlib" not in listed and "TYPE_CHECKING" not in listed
    assert kalshi_ext.NotFoundError.__module__ == "kalshi_ext"
    assert kalshi_ext.KalshiClient.__module__ == "kalshi_ext"
    assert repr(kalshi_ext.NotFoundError) == "<class 'kalshi_ext.NotFoundError'>"
    assert kalshi_ext.ServerError is not getattr(kalshi_ext.ws, "ServerError", None)
    assert not hasattr(kalshi_ext.ws, "ServerError") and hasattr(kalshi_ext.ws, "ServerErrorMessage")
