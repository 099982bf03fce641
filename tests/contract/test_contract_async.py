"""A sample of operations through the asynchronous clients: the first operation of every resource of
each API (in spec order), with the same arguments, checks and judge as the synchronous pass."""

from __future__ import annotations

from typing import Any

import pytest
from contract_harness import STATS, Credentials, check_exchange, check_result, expect, make_client, plan_call
from contract_spec import Operation, operations

from kalshi_ext import KalshiError


def _sample() -> list[Operation]:
    seen: set[tuple[str, str]] = set()
    sample = []
    for op in operations():
        resource = (op.api, (op.facade_name or "").split(".")[0])
        if resource not in seen:
            seen.add(resource)
            sample.append(op)
    return sample


@pytest.mark.parametrize("op", [pytest.param(op, id=op.key) for op in _sample()])
async def test_async_operation(op: Operation, prism_urls: dict[str, str], creds: Credentials) -> None:
    STATS.async_calls += 1
    async with make_client(op.api, prism_urls[op.api], creds, asynchronous=True) as client:
        plan = plan_call(client, op, creds)
        with expect(op) as expectation:
            try:
                result: Any = await plan.method(**plan.kwargs)
            except KalshiError as exc:
                result = exc
    STATS.count_violations(expectation)
    problems = check_exchange(op, expectation, plan, creds)
    if isinstance(result, KalshiError):
        problems.append(f"the facade raised {type(result).__name__}: {result}")
    else:
        problems += check_result(op, result)
    assert not problems, f"{op} (async):\n  " + "\n  ".join(problems)
    STATS.async_ok += 1
