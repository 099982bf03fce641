"""Every path parameter of the three REST specs refuses every bad value before anything is sent,
and the transport refuses a request whose wire path differs from the route template's."""

from __future__ import annotations

import importlib
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from safety_server import RawServer, answer, options

from kalshi_ext import KalshiClient, KalshiConfigurationError, KlearClient, PerpsClient

SPEC_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "specs"
SPECS = {
    "kalshi_trade_api": "openapi.yaml",
    "kalshi_perps_api": "perps_openapi.yaml",
    "kalshi_klear_api": "perps_scm_openapi.yaml",
}
PREFIX = {"kalshi_trade_api": "/trade-api/v2", "kalshi_perps_api": "/trade-api/v2", "kalshi_klear_api": "/klear-api/v1"}

BAD_VALUES: list[Any] = [
    None,
    True,
    1.5,
    b"abc",
    ["a"],
    object(),
    "",
    ".",
    "..",
    "a/b",
    "/",
    "../x",
    "a\\b",
    "a?b",
    "a#b",
    "a%2Fb",
    "%2e%2e",
    "a b",
    " a",
    "a\tb",
    "a\nb",
    "a\r\nX-Injected: 1",
    "a\x00b",
    "a\x7fb",
    "\u2028",
    "x" * 300,
]


def spec_path_parameters() -> list[tuple[str, str, str, str]]:
    """(package, METHOD, path, parameter) for every path parameter in the specs as published."""
    if not SPEC_DIR.is_dir():
        pytest.skip(f"the specs are not at {SPEC_DIR}")
    found = []
    for package, name in SPECS.items():
        spec = YAML(typ="safe", pure=True).load((SPEC_DIR / name).read_bytes())
        for path, item in spec["paths"].items():
            for method, op in item.items():
                if isinstance(op, dict) and method in ("get", "post", "put", "delete", "patch"):
                    for wire in re.findall(r"\{([^}]+)\}", path):
                        found.append((package, method.upper(), path, wire))
    return found


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    from kalshi_ext_constraints import load

    return [(package, module, op) for package in SPECS for module, op in load(package)["operations"].items()]


def _client(package: str, server: RawServer, key: Any) -> Any:
    if package == "kalshi_klear_api":
        return KlearClient(
            admin_user_id="admin",
            access_token="token-value-1",
            base_url=server.url + PREFIX[package],
            allow_custom_host=True,
        )
    cls = KalshiClient if package == "kalshi_trade_api" else PerpsClient
    return cls(**options(server, key))


def _good(schema: dict[str, Any]) -> Any:
    return str(uuid.uuid4()) if schema.get("format") == "uuid" else "GOOD-ID-1"


def test_the_constraints_list_every_path_parameter_of_the_specs() -> None:
    in_specs = {(p, m, re.sub(r"\{[^}]+\}", "{}", path), w) for p, m, path, w in spec_path_parameters()}
    recorded = {
        (package, op["method"], re.sub(r"\{[^}]+\}", "{}", op["path"]), param["wire"])
        for package, _, op in _operations()
        for param in op["path_params"].values()
    }
    assert recorded == in_specs
    assert len(in_specs) >= 90  # (package, method, route, parameter): 90 in the specs as locked


def test_every_bad_path_value_is_refused_before_sending(server: RawServer, ed_private: Any) -> None:
    tried = refused = 0
    clients = {package: _client(package, server, ed_private) for package in SPECS}
    try:
        for package, module, op in _operations():
            endpoint = importlib.import_module(module).sync_detailed
            name = module.rsplit(".", 1)[-1]
            for param in op["path_params"]:
                good = {other: _good(schema) for other, schema in op["path_params"].items()}
                for bad in BAD_VALUES:
                    tried += 1
                    with pytest.raises(KalshiConfigurationError) as info:
                        clients[package]._call(endpoint, **{**good, param: bad})
                    assert name in str(info.value) and param in str(info.value), str(info.value)
                    refused += 1
    finally:
        for client in clients.values():
            client.close()
    assert server.requests == []
    params = sum(len(op["path_params"]) for _, _, op in _operations())
    assert tried == refused == params * len(BAD_VALUES)
    print(f"\npath parameters: {tried} bad values tried, {refused} refused before sending, 0 requests")


def test_good_values_are_percent_encoded_and_sent(server: RawServer, ed_private: Any) -> None:
    from kalshi_trade_api.api.orders import cancel_order_v2

    server.behaviour = lambda req, conn: answer(conn, 200, {"order_id": "x", "client_order_id": "y", "reduced_by": "1"})
    with KalshiClient(**options(server, ed_private)) as kalshi:
        kalshi._call(cancel_order_v2.sync_detailed, order_id="A:B@C+D")
        kalshi._call(cancel_order_v2.sync_detailed, order_id=12345)
    assert [r.path for r in server.requests] == [
        "/trade-api/v2/portfolio/events/orders/A%3AB%40C%2BD",
        "/trade-api/v2/portfolio/events/orders/12345",
    ]


@pytest.mark.parametrize("rewritten", ["..", ".", ""])
def test_transport_refuses_a_wire_path_that_differs_from_the_template(
    server: RawServer, ed_private: Any, monkeypatch: pytest.MonkeyPatch, rewritten: str
) -> None:
    # Simulate an encoding bug past the argument checks: the generated code's quote() returns a
    # dot segment, so httpx collapses the URL onto the cancel-all route.
    from kalshi_trade_api.api.orders import cancel_order_v2

    monkeypatch.setattr(cancel_order_v2, "quote", lambda value, safe="": rewritten)
    with KalshiClient(**options(server, ed_private)) as kalshi:
        with pytest.raises(KalshiConfigurationError, match="refusing to send DELETE") as info:
            kalshi.orders.cancel_v2("ORDER-1")
    assert "/portfolio/events/orders/ORDER-1" in str(info.value)
    assert server.requests == []


def test_facade_examples_from_the_issue_are_refused(server: RawServer, ed_private: Any) -> None:
    with KalshiClient(**options(server, ed_private)) as kalshi, PerpsClient(**options(server, ed_private)) as perps:
        for call in (
            lambda: kalshi.orders.cancel_v2("."),
            lambda: kalshi.orders.cancel_v2(""),
            lambda: kalshi.orders.cancel_v2(None),  # type: ignore[arg-type]
            lambda: kalshi.markets.get(".."),
            lambda: kalshi.delete_api_key("."),
            lambda: perps.orders.cancel("."),
        ):
            with pytest.raises(KalshiConfigurationError):
                call()
    assert server.requests == []
