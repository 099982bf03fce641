"""The spec check itself catches what it is there to catch (so a green run means something)."""

from __future__ import annotations

import json

import pytest
from spec_check import SPECS, SpecChecker

pytestmark = pytest.mark.skipif(not (SPECS / "openapi.yaml").exists(), reason="needs ../shared/specs")


@pytest.fixture(scope="module")
def checker() -> SpecChecker:
    return SpecChecker()


def _fails(checker: SpecChecker, fn: object, *args: object) -> list[str]:
    before = len(checker.tally.failures)
    fn(*args)  # type: ignore[operator]
    return checker.tally.failures[before:]


def test_missing_required_field_and_wrong_type_are_caught(checker: SpecChecker) -> None:
    body = {"balance": 100, "balance_dollars": "1.0000", "portfolio_value": 0}  # no updated_ts
    assert _fails(checker, checker.check_rest, "GetBalance", 200, json.dumps(body).encode())
    body["updated_ts"] = "soon"
    assert _fails(checker, checker.check_rest, "GetBalance", 200, json.dumps(body).encode())
    body["updated_ts"] = 1
    assert not _fails(checker, checker.check_rest, "GetBalance", 200, json.dumps(body).encode())


def test_error_bodies_need_code_and_message(checker: SpecChecker) -> None:
    assert _fails(checker, checker.check_rest, "GetOrder", 404, b'{"error":{"code":"not_found"}}')
    assert not _fails(checker, checker.check_rest, "GetOrder", 404, b'{"error":{"code":"not_found","message":"x"}}')


def test_frames_are_checked_by_type(checker: SpecChecker) -> None:
    frame = {"type": "trade", "sid": 1, "msg": {"trade_id": "x"}}  # no seq, msg incomplete
    assert _fails(checker, checker.check_frame, json.dumps(frame))
    assert _fails(checker, checker.check_frame, json.dumps({"type": "mystery"}))
    ok = {"type": "subscribed", "id": 1, "msg": {"channel": "trade", "sid": 1}}
    assert not _fails(checker, checker.check_frame, json.dumps(ok))
