"""The WebSocket URL variables (kalshi-sdk's ``KALSHI_WS_BASE_URL``, and ``KALSHI_PERPS_WS_BASE_URL``):
read by the WebSocket clients' ``from_env`` and by the REST clients' ``from_env`` for ``websocket()``,
under the rules of the REST base-URL variables. Nothing connects here (see tests/migration for a
program that streams from a URL set in the environment)."""

from __future__ import annotations

from typing import Any

import pytest
from wshelp import ED_KEY_ID, Keys

from kalshi_ext import AsyncKalshiClient, AsyncPerpsClient, KalshiClient, KalshiConfigurationError, PerpsClient
from kalshi_ext.ws import KalshiWebSocket, PerpsWebSocket, SyncKalshiWebSocket, SyncPerpsWebSocket

LOCAL = "ws://127.0.0.1:9/trade-api/ws/v2"
LOCAL_PERPS = "ws://127.0.0.1:9/trade-api/ws/v2/margin"
DEMO_WS = "wss://demo-api.kalshi.co/trade-api/ws/v2"
PRODUCTION_WS = "wss://api.elections.kalshi.com/trade-api/ws/v2"

# (client class, its URL variable, its allow variable, a loopback URL for it)
WS_CLIENTS = [
    (KalshiWebSocket, "KALSHI_WS_BASE_URL", "KALSHI_ALLOW_UNKNOWN_HOST", LOCAL),
    (SyncKalshiWebSocket, "KALSHI_WS_BASE_URL", "KALSHI_ALLOW_UNKNOWN_HOST", LOCAL),
    (PerpsWebSocket, "KALSHI_PERPS_WS_BASE_URL", "KALSHI_PERPS_ALLOW_UNKNOWN_HOST", LOCAL_PERPS),
    (SyncPerpsWebSocket, "KALSHI_PERPS_WS_BASE_URL", "KALSHI_PERPS_ALLOW_UNKNOWN_HOST", LOCAL_PERPS),
]
IDS = [c[0].__name__ for c in WS_CLIENTS]


def _async(client: Any) -> Any:
    """The async client behind a synchronous one (itself otherwise)."""
    return getattr(client, "client", client)


def _close(client: Any) -> None:
    if isinstance(client, SyncKalshiWebSocket | SyncPerpsWebSocket):
        client.close()


@pytest.mark.parametrize(("cls", "url_var", "allow_var", "url"), WS_CLIENTS, ids=IDS)
def test_from_env_connects_to_the_url_variable_when_its_host_is_allowed(
    cls: type[Any], url_var: str, allow_var: str, url: str, keys: Keys
) -> None:
    env = {url_var: url, allow_var: "1", "KALSHI_API_KEY_ID": ED_KEY_ID, "KALSHI_PRIVATE_KEY": keys.pem(keys.ed)}
    client = cls.from_env(env=env)
    assert (_async(client).url, _async(client).environment) == (url, "custom")
    assert _async(client).signer is not None
    _close(client)
    with_option = cls.from_env(env={url_var: url}, allow_custom_host=True)  # the keyword opts in as well
    assert _async(with_option).url == url
    _close(with_option)


@pytest.mark.parametrize(("cls", "url_var", "allow_var", "url"), WS_CLIENTS, ids=IDS)
def test_a_url_variable_for_another_host_without_the_allow_variable_raises_naming_it(
    cls: type[Any], url_var: str, allow_var: str, url: str
) -> None:
    with pytest.raises(KalshiConfigurationError) as caught:
        cls.from_env(env={url_var: url})
    message = str(caught.value)
    assert message.startswith(f"{url_var}: ") and f"{allow_var}=1" in message
    with pytest.raises(KalshiConfigurationError, match=f"^{url_var}: "):
        cls.from_env(env={url_var: "https://127.0.0.1:9/trade-api/ws/v2", allow_var: "1"})  # not a ws URL
    with pytest.raises(KalshiConfigurationError, match=f"{allow_var} must be one of"):
        cls.from_env(env={url_var: url, allow_var: "maybe"})


def test_the_trade_allow_variable_does_not_open_perps_hosts() -> None:
    env = {"KALSHI_PERPS_WS_BASE_URL": LOCAL_PERPS, "KALSHI_ALLOW_UNKNOWN_HOST": "1"}
    with pytest.raises(KalshiConfigurationError, match=r"^KALSHI_PERPS_WS_BASE_URL: .*KALSHI_PERPS_ALLOW_UNKNOWN_HOST"):
        PerpsWebSocket.from_env(env=env)


def test_each_api_reads_only_its_own_url_variable() -> None:
    trade = KalshiWebSocket.from_env(
        env={"KALSHI_PERPS_WS_BASE_URL": LOCAL_PERPS, "KALSHI_PERPS_ALLOW_UNKNOWN_HOST": "1"}
    )
    assert trade.url == PRODUCTION_WS
    perps = PerpsWebSocket.from_env(env={"KALSHI_WS_BASE_URL": LOCAL, "KALSHI_ALLOW_UNKNOWN_HOST": "1"})
    assert perps.environment == "production"


def test_kalshis_own_hosts_need_no_allow_variable_and_keep_demo_apart() -> None:
    client = KalshiWebSocket.from_env(env={"KALSHI_WS_BASE_URL": DEMO_WS})
    assert (client.url, client.environment) == (DEMO_WS, "demo")
    with pytest.raises(KalshiConfigurationError, match=r"^KALSHI_WS_BASE_URL: demo=True but"):
        KalshiWebSocket.from_env(env={"KALSHI_WS_BASE_URL": PRODUCTION_WS, "KALSHI_DEMO": "1"})


def test_an_explicit_url_wins_over_the_variable() -> None:
    env = {"KALSHI_WS_BASE_URL": "ws://127.0.0.1:8/trade-api/ws/v2"}  # refused if it were used
    client = KalshiWebSocket.from_env(env=env, url=LOCAL, allow_custom_host=True)
    assert client.url == LOCAL


def test_the_rest_base_url_variable_is_not_ignored_by_the_websocket_client() -> None:
    rest_local = {"KALSHI_API_BASE_URL": "http://127.0.0.1:9/trade-api/v2", "KALSHI_ALLOW_UNKNOWN_HOST": "1"}
    with pytest.raises(KalshiConfigurationError) as caught:
        KalshiWebSocket.from_env(env=rest_local)  # would stream from Kalshi while REST goes to the local server
    assert str(caught.value).startswith("KALSHI_API_BASE_URL points at a host that is not Kalshi's")
    assert "set KALSHI_WS_BASE_URL" in str(caught.value)
    both = KalshiWebSocket.from_env(env={**rest_local, "KALSHI_WS_BASE_URL": LOCAL})
    assert both.url == LOCAL
    with pytest.raises(KalshiConfigurationError, match=r"^KALSHI_API_BASE_URL: .*KALSHI_ALLOW_UNKNOWN_HOST=1"):
        KalshiWebSocket.from_env(env={"KALSHI_API_BASE_URL": "http://127.0.0.1:9/trade-api/v2"})
    demo_rest = KalshiWebSocket.from_env(env={"KALSHI_API_BASE_URL": "https://demo-api.kalshi.co/trade-api/v2"})
    assert demo_rest.environment == "demo"  # as the REST client built from this environment is
    perps_rest = {
        "KALSHI_PERPS_API_BASE_URL": "http://127.0.0.1:9/trade-api/v2",
        "KALSHI_PERPS_ALLOW_UNKNOWN_HOST": "1",
    }
    with pytest.raises(KalshiConfigurationError, match="set KALSHI_PERPS_WS_BASE_URL"):
        PerpsWebSocket.from_env(env=perps_rest)


# -- the REST clients' from_env, for websocket() --------------------------------------------------------


@pytest.mark.parametrize(
    ("rest", "url_var", "allow_var", "url"),
    [
        (KalshiClient, "KALSHI_WS_BASE_URL", "KALSHI_ALLOW_UNKNOWN_HOST", LOCAL),
        (PerpsClient, "KALSHI_PERPS_WS_BASE_URL", "KALSHI_PERPS_ALLOW_UNKNOWN_HOST", LOCAL_PERPS),
    ],
)
def test_websocket_of_a_rest_client_from_env_uses_the_url_variable(
    rest: type[Any], url_var: str, allow_var: str, url: str
) -> None:
    with rest.from_env(env={url_var: url, allow_var: "1"}) as client:
        ws = client.websocket()
        assert ws.client.url == url
        ws.close()
        explicit = client.websocket(url=url.replace(":9/", ":8/"), allow_custom_host=True)
        assert explicit.client.url == url.replace(":9/", ":8/")  # an explicit url wins
        explicit.close()
    with pytest.raises(KalshiConfigurationError, match=f"^{url_var}: .*{allow_var}=1"):
        rest.from_env(env={url_var: url})  # checked when the REST client is built, not at websocket()


async def test_async_rest_clients_and_from_client_honour_it_too() -> None:
    async with AsyncKalshiClient.from_env(
        env={"KALSHI_WS_BASE_URL": LOCAL, "KALSHI_ALLOW_UNKNOWN_HOST": "1"}
    ) as kalshi:
        assert kalshi.websocket().url == LOCAL
        assert KalshiWebSocket.from_client(kalshi).url == LOCAL
    perps_env = {"KALSHI_PERPS_WS_BASE_URL": LOCAL_PERPS, "KALSHI_PERPS_ALLOW_UNKNOWN_HOST": "1"}
    async with AsyncPerpsClient.from_env(env=perps_env) as perps:
        assert perps.websocket().url == LOCAL_PERPS


def test_the_url_variable_is_checked_against_the_rest_clients_environment() -> None:
    demo_rest = {"KALSHI_API_BASE_URL": "https://demo-api.kalshi.co/trade-api/v2", "KALSHI_WS_BASE_URL": PRODUCTION_WS}
    with pytest.raises(KalshiConfigurationError, match=r"^KALSHI_WS_BASE_URL: demo=True but"):
        KalshiClient.from_env(env=demo_rest)


def test_a_rest_client_on_another_host_names_the_variable_its_websocket_needs() -> None:
    env = {"KALSHI_API_BASE_URL": "http://127.0.0.1:9/trade-api/v2", "KALSHI_ALLOW_UNKNOWN_HOST": "1"}
    with KalshiClient.from_env(env=env) as kalshi:
        with pytest.raises(KalshiConfigurationError, match="or set KALSHI_WS_BASE_URL"):
            kalshi.websocket()
