"""The seed documents' examples run as written; only the import line differs (kalshi -> kalshi_ext).

The network is replaced under httpx (``HTTPTransport.handle_request``), so the examples keep their
real hosts (``demo=True``) and their code is not touched.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

import httpx
import pytest

MIGRATION_AFTER = """
from kalshi import KlearClient

# Credentials at construction:
with KlearClient(
    admin_user_id="your-admin-user-id",
    access_token="your-bearer-token",
    demo=True,
) as klear:
    reports = klear.margin.margin_reports(start_date="2026-01-01", end_date="2026-02-01")

# Or from the environment (KALSHI_KLEAR_ADMIN_USER_ID / KALSHI_KLEAR_ACCESS_TOKEN):
with KlearClient.from_env(demo=True) as klear:
    bal = klear.margin.settlement_balance()
"""

ADDITIVE = """
from kalshi import KalshiClient, PerpsClient

with KalshiClient.from_env(demo=True) as kalshi:
    kalshi.account.upgrade()
    limits = kalshi.account.limits()
with PerpsClient.from_env(demo=True) as perps:
    perps_limits = perps.margin.api_limits()
"""


def _as_kalshi_ext(source: str) -> str:
    return textwrap.dedent(source).replace("from kalshi import", "from kalshi_ext import")


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Request]:
    seen: list[httpx.Request] = []
    answers: dict[str, Any] = {
        "/klear-api/v1/margin/reports": {"reports": [{"report_date": "2026-01-02", "url": "https://x/r.csv"}]},
        "/klear-api/v1/margin/settlement_balance": {"balance": "1250.50"},
        "/trade-api/v2/account/api_usage_level/upgrade": {},
        "/trade-api/v2/account/limits": {"usage_tier": "advanced", "grants": [{"level": "advanced", "granted_ts": 1}]},
        "/trade-api/v2/account/limits/perps": {"usage_tier": "basic"},
    }

    def handle(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status = 201 if request.method == "POST" else 200  # what each operation documents
        return httpx.Response(status, json=answers[request.url.path], request=request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle)
    return seen


def test_the_migration_guide_klear_example(network: list[httpx.Request], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KALSHI_KLEAR_ADMIN_USER_ID", "env-admin")
    monkeypatch.setenv("KALSHI_KLEAR_ACCESS_TOKEN", "env-token")
    scope: dict[str, Any] = {}
    exec(_as_kalshi_ext(MIGRATION_AFTER), scope)  # the seed's own example code
    assert [r.url.host for r in network] == ["demo-api.kalshi.co", "demo-api.kalshi.co"]
    assert network[0].headers["Authorization"] == "Bearer your-admin-user-id:your-bearer-token"
    assert network[0].url.params["start_date"] == "2026-01-01" and network[0].url.params["end_date"] == "2026-02-01"
    assert network[1].headers["Authorization"] == "Bearer env-admin:env-token"
    assert type(scope["reports"]).__name__ == "GetMarginReportsResponse"
    assert type(scope["bal"]).__name__ == "GetSettlementBalanceResponse"


def test_the_migration_guide_additive_examples(
    network: list[httpx.Request], monkeypatch: pytest.MonkeyPatch, pem: str
) -> None:
    monkeypatch.setenv("KALSHI_API_KEY_ID", "key-1")
    monkeypatch.setenv("KALSHI_PRIVATE_KEY", pem)
    scope: dict[str, Any] = {}
    exec(_as_kalshi_ext(ADDITIVE), scope)  # the seed's own example code
    assert [(r.method, r.url.host, r.url.path) for r in network] == [
        ("POST", "demo-api.kalshi.co", "/trade-api/v2/account/api_usage_level/upgrade"),
        ("GET", "demo-api.kalshi.co", "/trade-api/v2/account/limits"),
        ("GET", "external-api.demo.kalshi.co", "/trade-api/v2/account/limits/perps"),
    ]
    assert all("KALSHI-ACCESS-SIGNATURE" in r.headers for r in network)
    limits = scope["limits"]
    assert type(limits).__name__ == "AccountApiLimits"  # the seed's name, with its grants field
    assert type(limits.grants[0]).__name__ == "ApiUsageLevelGrant"
    assert type(scope["perps_limits"]).__name__ == "AccountApiLimits"


def test_the_seed_model_names_are_importable() -> None:
    from kalshi_trade_api.models import AccountApiLimits, ApiUsageLevelGrant

    from kalshi_ext.ws.models import (
        CFBenchmarksAvgData,
        CFBenchmarksIndexListMessage,
        CFBenchmarksIndexListPayload,
        CFBenchmarksValueMessage,
        CFBenchmarksValuePayload,
    )

    frame = {"type": "cfbenchmarks_value", "sid": 3, "msg": {"index_id": "BRTI", "value": "91234.56"}}
    message = CFBenchmarksValueMessage.from_dict(frame)
    assert isinstance(message.msg, CFBenchmarksValuePayload)
    assert {c.__name__ for c in (CFBenchmarksAvgData, CFBenchmarksIndexListMessage, CFBenchmarksIndexListPayload)}
    assert "grants" in AccountApiLimits.__annotations__ and ApiUsageLevelGrant.__name__ == "ApiUsageLevelGrant"
    assert json.dumps(message.to_dict())
