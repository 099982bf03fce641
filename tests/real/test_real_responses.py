"""Every REST body Kalshi's servers really sent, through the facade method its case names.

Each case of ``../shared/real/responses.json`` is answered by an in-memory transport; the facade
call must return its typed model, ``to_dict()`` must parse it all (lazy lists included), and every
money field must be a ``Decimal`` equal to the JSON text (``moneywalk``).
"""

from __future__ import annotations

import inspect
import json
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from realdata import Report, load, walk

from kalshi_ext import KalshiClient, PerpsClient

PEM = ed25519.Ed25519PrivateKey.generate().private_bytes(
    serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
)


def _arguments(method: Any, params: dict[str, Any]) -> dict[str, Any]:
    """The case's spec parameter names as the facade spells them (``type`` -> ``type_``)."""
    names = inspect.signature(method).parameters
    return {(name if name in names else f"{name}_"): value for name, value in params.items()}


def _parse(case: dict[str, Any]) -> Any:
    body = json.dumps(case["body"]).encode()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"})
    )
    client_class = KalshiClient if case["api"] == "trade" else PerpsClient
    with client_class(key_id="real-cases", private_key=PEM, transport=transport) as client:
        resource, method_name = case["peer_name"].split(".")
        method = getattr(getattr(client, resource), method_name)
        return method(**_arguments(method, case["params"]))


def test_every_real_response_parses_with_exact_money() -> None:
    cases = load("responses.json")
    total = Report()
    operations = set()
    for case in cases:
        model = _parse(case)
        operations.add((case["api"], case["peer_name"]))
        assert model.to_dict() is not None  # reads every field that was sent, lazy lists included
        report = Report()
        walk(model, case["body"], report)
        assert not report.problems, (case["source"], report.problems[:5])
        total.money_fields += report.money_fields
        total.models += report.models
    print(
        f"\nreal REST responses: {len(cases)} cases, {len(operations)} operations, {total.models} models, "
        f"{total.money_fields} money values, all Decimal, 0 left as str"
    )
    assert len(cases) >= 100 and total.money_fields > 1000


@pytest.mark.parametrize("api", ["trade", "perps"])
def test_a_page_of_real_markets_is_a_page(api: str) -> None:
    case = next(c for c in load("responses.json") if c["api"] == api and c["peer_name"] == "markets.list")
    page = _parse(case)
    markets = list(page)
    assert len(page) == len(markets) == len(case["body"]["markets"])
    assert [m.ticker for m in markets] == [m["ticker"] for m in case["body"]["markets"]]
    assert page.has_next == bool(case["body"].get("cursor"))
