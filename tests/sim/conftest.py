"""Fixtures for the simulator's tests, and the spec check every one of them runs under.

Every REST answer the simulator gives and every WebSocket frame it sends during these tests is
validated against the Trade OpenAPI / AsyncAPI schemas (``spec_check``); a violation fails the test
that caused it, and the totals are printed at the end of the run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from spec_check import SPECS, SpecChecker

from kalshi_ext.sim import Simulator
from kalshi_ext.sim._rest import Response, RestApp
from kalshi_ext.sim._ws import WsSession

_checker: SpecChecker | None = None


def _get_checker() -> SpecChecker | None:
    global _checker
    if _checker is None and (SPECS / "openapi.yaml").exists():
        _checker = SpecChecker()
    return _checker


@pytest.fixture(autouse=True)
def spec_checked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    checker = _get_checker()
    if checker is None:
        yield
        return
    handle = RestApp.handle
    send = WsSession.send

    def checked_handle(self: RestApp, request: Any) -> Response:
        response = handle(self, request)
        if response.operation is not None and response.status != 501 and self.sim.profile == "spec":
            checker.check_rest(response.operation, response.status, response.body)
        return response

    def checked_send(self: WsSession, frame: dict[str, Any]) -> None:
        send(self, frame)
        if self.hub.sim.profile == "spec":
            checker.check_frame(self.outbox[-1])

    monkeypatch.setattr(RestApp, "handle", checked_handle)
    monkeypatch.setattr(WsSession, "send", checked_send)
    before = len(checker.tally.failures)
    yield
    new = checker.tally.failures[before:]
    assert not new, "answers that violate the spec:\n" + "\n".join(new[:20])


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _checker is not None and (_checker.tally.rest or _checker.tally.ws):
        t = _checker.tally
        terminalreporter.write_line(
            f"simulator spec check: {t.rest} REST answers ({len(t.operations)} operations) and {t.ws} WS frames "
            f"({len(t.frame_types)} types) validated against openapi.yaml/asyncapi.yaml; {len(t.failures)} failures"
        )


@pytest.fixture
def quiet_sim() -> Simulator:
    """No counterparties: every resting order in the book was placed by the test."""
    return Simulator(seed=11, markets=3, agents=False, cash="100.00")


@pytest.fixture
def busy_sim() -> Simulator:
    return Simulator(seed=5, markets=6)


@pytest.fixture
def served(busy_sim: Simulator) -> Iterator[tuple[Simulator, Any]]:
    with busy_sim.serve() as info:
        yield busy_sim, info
