"""Kalshi hosts per API and environment, and base-URL resolution.

Signed requests carry a credential that is only useful to Kalshi, so a base URL outside the
known hosts (a typo, a proxy, a test server) is refused unless ``allow_custom_host=True``.
Loopback hosts (127.0.0.1, ::1, localhost) need the opt-in too: one rule with no exceptions
is easier to reason about, and tests state their intent in one keyword. Plain ``http`` is only
accepted for loopback hosts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ._urls import EnvironmentName, UrlRules, check_url


@dataclass(frozen=True, slots=True)
class ApiEnvironment:
    """The hosts of one API in one environment."""

    name: Literal["production", "demo"]
    rest_url: str
    ws_url: str | None = None


@dataclass(frozen=True, slots=True)
class ApiSpec:
    """One of Kalshi's REST APIs: its path prefix and known hosts per environment."""

    label: str
    package: str  # the generated package driving this API
    path_prefix: str
    production: ApiEnvironment
    demo: ApiEnvironment
    production_hosts: frozenset[str]
    demo_hosts: frozenset[str]


# Hosts are checked against the `servers` of each vendored spec. The WebSocket URLs are kept
# here so that demo=True switches every host of a client at once when WS clients arrive;
# the prediction demo WS host is not in the spec (Kalshi's docs give it).
PREDICTION = ApiSpec(
    label="Trade API v2",
    package="kalshi_trade_api",
    path_prefix="/trade-api/v2",
    production=ApiEnvironment(
        "production", "https://api.elections.kalshi.com/trade-api/v2", "wss://api.elections.kalshi.com/trade-api/ws/v2"
    ),
    demo=ApiEnvironment("demo", "https://demo-api.kalshi.co/trade-api/v2", "wss://demo-api.kalshi.co/trade-api/ws/v2"),
    production_hosts=frozenset({"api.elections.kalshi.com", "external-api.kalshi.com"}),
    demo_hosts=frozenset({"demo-api.kalshi.co", "external-api.demo.kalshi.co"}),
)

PERPS = ApiSpec(
    label="Perps API",
    package="kalshi_perps_api",
    path_prefix="/trade-api/v2",
    production=ApiEnvironment(
        "production",
        "https://external-api.kalshi.com/trade-api/v2",
        "wss://external-api-margin-ws.kalshi.com/trade-api/ws/v2/margin",
    ),
    demo=ApiEnvironment(
        "demo",
        "https://external-api.demo.kalshi.co/trade-api/v2",
        "wss://external-api-margin-ws.demo.kalshi.co/trade-api/ws/v2/margin",
    ),
    production_hosts=frozenset({"external-api.kalshi.com"}),
    demo_hosts=frozenset({"external-api.demo.kalshi.co"}),
)

KLEAR = ApiSpec(
    label="Klear API v1",
    package="kalshi_klear_api",
    path_prefix="/klear-api/v1",
    production=ApiEnvironment("production", "https://api.klear.kalshi.com/klear-api/v1"),
    demo=ApiEnvironment("demo", "https://demo-api.kalshi.co/klear-api/v1"),
    production_hosts=frozenset({"api.klear.kalshi.com"}),
    demo_hosts=frozenset({"demo-api.kalshi.co"}),
)


@dataclass(frozen=True, slots=True)
class ResolvedEndpoint:
    """Where a client sends its requests."""

    base_url: str
    environment: EnvironmentName
    path_prefix: str  # URL path of base_url, e.g. "/trade-api/v2" ("" for a bare host)


def resolve_base_url(api: ApiSpec, *, demo: bool, base_url: str | None, allow_custom_host: bool) -> ResolvedEndpoint:
    """Pick the base URL for ``api``.

    Without ``base_url`` this is the production or demo host. With one, it is validated:

    Raises:
        KalshiConfigurationError: not an http(s) URL; credentials, query or fragment in it;
            ``http`` for a non-loopback host; a Kalshi host with the wrong API path; a
            production host with ``demo=True``; an unknown host without ``allow_custom_host``.
    """
    if base_url is None:
        env = api.demo if demo else api.production
        return ResolvedEndpoint(env.rest_url, env.name, api.path_prefix)
    rules = UrlRules(
        label=api.label,
        argument="base_url",
        path=api.path_prefix,
        production_hosts=api.production_hosts,
        demo_hosts=api.demo_hosts,
        secure_scheme="https",
        plain_scheme="http",
        example=f"https://host{api.path_prefix}",
    )
    checked = check_url(rules, base_url, demo=demo, allow_custom_host=allow_custom_host)
    return ResolvedEndpoint(checked.url, checked.environment, checked.path)
