"""Deliberately wrong requests: the suite must catch each one.

Each test makes a correct facade call, breaks the request on its way to Prism (the recording
transport's ``mutate`` hook, after signing) the way a facade, model or transport bug would, and
runs the same checks as the positive passes. They must report the break; a suite that let these
through would prove nothing about the 209 operations that pass.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from contract_harness import Credentials, check_exchange, expect, plan_call
from contract_spec import Operation, operations

from kalshi_ext import KalshiError


def _op(key: str) -> Operation:
    return next(op for op in operations() if op.key == key)


def _rename_query(old: str, new: str) -> Callable[[httpx.Request], httpx.Request]:
    def mutate(request: httpx.Request) -> httpx.Request:
        params = [(new if k == old else k, v) for k, v in request.url.params.multi_items()]
        return httpx.Request(
            request.method, request.url.copy_with(params=params), headers=request.headers, content=request.content
        )

    return mutate


def _drop_header(name: str) -> Callable[[httpx.Request], httpx.Request]:
    def mutate(request: httpx.Request) -> httpx.Request:
        headers = httpx.Headers(request.headers)
        del headers[name]
        return httpx.Request(request.method, request.url, headers=headers, content=request.content)

    return mutate


def _edit_body(edit: Callable[[dict[str, Any]], None]) -> Callable[[httpx.Request], httpx.Request]:
    def mutate(request: httpx.Request) -> httpx.Request:
        body = json.loads(request.content)
        edit(body)
        content = json.dumps(body).encode()
        headers = httpx.Headers(request.headers)
        headers["Content-Length"] = str(len(content))
        return httpx.Request(request.method, request.url, headers=headers, content=content)

    return mutate


def _broken_call(
    key: str, mutate: Callable[[httpx.Request], httpx.Request], clients: dict[str, Any], creds: Credentials
) -> tuple[list[str], BaseException | None]:
    op = _op(key)
    plan = plan_call(clients[op.api], op, creds)
    raised: BaseException | None = None
    with expect(op, mutate=mutate) as expectation:
        try:
            plan.method(**plan.kwargs)
        except KalshiError as exc:
            raised = exc
    problems = check_exchange(op, expectation, plan, creds)
    # Shown with `pytest -rP`: what the suite reports for this broken request.
    print(f"{op}: {type(raised).__name__ if raised else 'no error'}", *problems, sep="\n  ")
    return problems, raised


def _prism_errors(problems: list[str]) -> list[str]:
    return [p for p in problems if p.startswith("Prism Error")]


def test_misspelled_required_query_parameter_is_a_violation(clients: dict[str, Any], creds: Credentials) -> None:
    # GET /markets/orderbooks?ticker=... instead of ?tickers=...
    problems, raised = _broken_call("trade:GetMarketOrderbooks", _rename_query("tickers", "ticker"), clients, creds)
    assert any("tickers" in p for p in _prism_errors(problems)), problems
    assert "query parameters not in the spec: ['ticker']" in problems
    assert raised is not None and raised.status in (400, 422)  # type: ignore[attr-defined]


def test_misspelled_optional_query_parameter_is_caught_by_our_check(
    clients: dict[str, Any], creds: Credentials
) -> None:
    # Prism accepts undeclared query parameters, so a misspelled optional one passes it silently;
    # the suite's own check must not.
    problems, raised = _broken_call("trade:GetMarkets", _rename_query("limit", "limt"), clients, creds)
    assert not _prism_errors(problems) and raised is None
    assert "query parameters not in the spec: ['limt']" in problems
    assert "arguments that never reached the query string: ['limit']" in problems


@pytest.mark.parametrize(
    ("key", "header"),
    [
        ("trade:GetBalance", "KALSHI-ACCESS-SIGNATURE"),
        ("perps:GetMarginBalance", "KALSHI-ACCESS-KEY"),
        ("klear:GetSettlementBalance", "Authorization"),
    ],
)
def test_missing_auth_header_is_a_violation(key: str, header: str, clients: dict[str, Any], creds: Credentials) -> None:
    problems, raised = _broken_call(key, _drop_header(header), clients, creds)
    assert _prism_errors(problems), problems
    assert raised is not None and raised.status == 401  # type: ignore[attr-defined]


def test_invalid_body_is_a_violation(clients: dict[str, Any], creds: Credentials) -> None:
    # CreateOrderV2 takes the book side (bid/ask); "yes" is the V1 vocabulary the API removed.
    def wrong_side(body: dict[str, Any]) -> None:
        body["side"] = "yes"

    problems, raised = _broken_call("trade:CreateOrderV2", _edit_body(wrong_side), clients, creds)
    assert any("side" in p for p in _prism_errors(problems)), problems
    assert raised is not None and raised.status in (400, 422)  # type: ignore[attr-defined]


def test_missing_required_body_field_is_a_violation(clients: dict[str, Any], creds: Credentials) -> None:
    def drop_ticker(body: dict[str, Any]) -> None:
        del body["ticker"]

    problems, _ = _broken_call("trade:CreateOrderV2", _edit_body(drop_ticker), clients, creds)
    assert any("ticker" in p for p in _prism_errors(problems)), problems
