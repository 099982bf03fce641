"""Hosts per API and environment, demo switching, and the custom-host opt-in."""

from __future__ import annotations

import pytest

from kalshi_ext import (
    AsyncKalshiClient,
    KalshiClient,
    KalshiConfigurationError,
    KlearClient,
    PerpsClient,
)
from kalshi_ext._environments import KLEAR, PERPS, PREDICTION, resolve_base_url

KLEAR_CREDS = {"admin_user_id": "admin-1", "access_token": "tok-abcdef-123456"}


@pytest.mark.parametrize(
    ("api", "demo", "expected"),
    [
        (PREDICTION, False, "https://api.elections.kalshi.com/trade-api/v2"),
        (PREDICTION, True, "https://demo-api.kalshi.co/trade-api/v2"),
        (PERPS, False, "https://external-api.kalshi.com/trade-api/v2"),
        (PERPS, True, "https://external-api.demo.kalshi.co/trade-api/v2"),
        (KLEAR, False, "https://api.klear.kalshi.com/klear-api/v1"),
        (KLEAR, True, "https://demo-api.kalshi.co/klear-api/v1"),
    ],
)
def test_default_hosts(api: object, demo: bool, expected: str) -> None:
    endpoint = resolve_base_url(api, demo=demo, base_url=None, allow_custom_host=False)  # type: ignore[arg-type]
    assert endpoint.base_url == expected
    assert endpoint.environment == ("demo" if demo else "production")


def test_demo_switches_every_host_of_each_client() -> None:
    with KalshiClient(demo=True) as k, PerpsClient(demo=True) as p, KlearClient(demo=True, **KLEAR_CREDS) as c:
        assert k.base_url == "https://demo-api.kalshi.co/trade-api/v2"
        assert p.base_url == "https://external-api.demo.kalshi.co/trade-api/v2"
        assert c.base_url == "https://demo-api.kalshi.co/klear-api/v1"
        assert {k.environment, p.environment, c.environment} == {"demo"}
    # The WebSocket hosts switch together with REST (for the WS clients to come).
    assert PREDICTION.demo.ws_url is not None and "demo" in PREDICTION.demo.ws_url
    assert PERPS.demo.ws_url is not None and "demo" in PERPS.demo.ws_url


@pytest.mark.parametrize(
    "url",
    [
        "https://external-api.kalshi.com/trade-api/v2",
        "https://api.elections.kalshi.com/trade-api/v2/",
        "https://demo-api.kalshi.co/trade-api/v2",
        "https://external-api.demo.kalshi.co/trade-api/v2",
    ],
)
def test_known_trade_hosts_accepted_without_opt_in(url: str) -> None:
    with KalshiClient(base_url=url) as client:
        assert client.base_url == url.rstrip("/")
        assert client.environment in ("production", "demo")


@pytest.mark.parametrize(
    "url", ["https://external-api.kalshi.com/trade-api/v2", "https://api.elections.kalshi.com/trade-api/v2"]
)
def test_demo_with_production_base_url_is_an_error(url: str) -> None:
    with pytest.raises(KalshiConfigurationError, match="demo=True but base_url points at the production host"):
        KalshiClient(demo=True, base_url=url)


def test_demo_with_production_klear_url_is_an_error() -> None:
    with pytest.raises(KalshiConfigurationError, match="production host"):
        KlearClient(demo=True, base_url="https://api.klear.kalshi.com/klear-api/v1", **KLEAR_CREDS)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://api.elections.kalshi.com", "lives under /trade-api/v2"),
        ("https://api.elections.kalshi.com/klear-api/v1", "lives under /trade-api/v2"),
        ("http://api.elections.kalshi.com/trade-api/v2", "https only"),
        ("https://api.elections.kalshi.co/trade-api/v2", "not a known"),  # a typo
        ("https://evil.example/trade-api/v2", "allow_custom_host=True"),
        ("http://127.0.0.1:8080/trade-api/v2", "allow_custom_host=True"),  # loopback needs it too
        ("http://localhost:8080", "allow_custom_host=True"),
        ("ftp://api.elections.kalshi.com/trade-api/v2", "absolute http"),
        ("api.elections.kalshi.com/trade-api/v2", "absolute http"),
        ("https://api.elections.kalshi.com/trade-api/v2?x=1", "query"),
        ("https://api.elections.kalshi.com:8443/trade-api/v2", "not a known"),
    ],
)
def test_bad_base_urls(url: str, message: str) -> None:
    with pytest.raises(KalshiConfigurationError, match=message):
        KalshiClient(base_url=url)


def test_credentials_in_base_url_never_echoed() -> None:
    with pytest.raises(KalshiConfigurationError, match="credentials") as info:
        KalshiClient(base_url="https://user:s3cr3tpass@proxy.example/trade-api/v2", allow_custom_host=True)
    assert "s3cr3tpass" not in str(info.value)


def test_custom_hosts_with_opt_in() -> None:
    with KalshiClient(base_url="http://127.0.0.1:9/trade-api/v2", allow_custom_host=True) as client:
        assert client.environment == "custom"
    with KalshiClient(base_url="https://proxy.example/kalshi/trade-api/v2", allow_custom_host=True) as client:
        assert client.base_url == "https://proxy.example/kalshi/trade-api/v2"
    with pytest.raises(KalshiConfigurationError, match="plain http is only allowed for loopback"):
        KalshiClient(base_url="http://proxy.example/trade-api/v2", allow_custom_host=True)


def test_perps_rejects_prediction_only_host() -> None:
    with pytest.raises(KalshiConfigurationError, match="not a known Perps API host"):
        PerpsClient(base_url="https://api.elections.kalshi.com/trade-api/v2")


@pytest.mark.parametrize("value", [1, "yes", None])
def test_flags_must_be_bool(value: object) -> None:
    with pytest.raises(KalshiConfigurationError, match="True or False"):
        KalshiClient(demo=value)  # type: ignore[arg-type]
    with pytest.raises(KalshiConfigurationError, match="True or False"):
        AsyncKalshiClient(allow_custom_host=value)  # type: ignore[arg-type]
