"""Every GET operation against Prism's dynamic mode: random schema-valid answers, several seeds.

Static examples show one shape per response; random ones show whether parsing holds for what the
schemas allow: nulls where nullable, empty and longer lists, enum values, date-times, numbers at
their bounds. Each seed is sent per request (``Prefer: dynamic=true, seed=...``), so a failure
names the seed that reproduces it (``KALSHI_CONTRACT_SEED`` changes the base). Every item of every
lazy list is parsed (``to_dict()``), so a model that fails on some shape cannot hide behind laziness.

Prism 5.16 always fills optional properties in dynamic mode (its JSON Schema Faker settings are
fixed: ``alwaysFakeOptionals``), so absent optional fields are covered by the unit tests of the
models (tests/regen), not here.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from contract_harness import STATS, Credentials, check_exchange, check_result, expect, plan_call
from contract_spec import Operation, operations

from kalshi_ext import KalshiError

BASE_SEED = os.environ.get("KALSHI_CONTRACT_SEED", "kalshi-ext")
RUNS = 4
SEEDS = [f"{BASE_SEED}-{n}" for n in range(1, RUNS + 1)]
STATS.seeds[:] = SEEDS

#: operation key -> why its random answers do not parse today (xfail, strict).
KNOWN_BUGS: dict[str, str] = {}

GETS = [op for op in operations() if op.method == "GET"]


def _params() -> list[Any]:
    params = []
    for op in GETS:
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[op.key])] if op.key in KNOWN_BUGS else []
        params += [pytest.param(op, seed, id=f"{op.key}-{seed}", marks=marks) for seed in SEEDS]
    return params


@pytest.mark.parametrize(("op", "seed"), _params())
def test_random_answer_parses(op: Operation, seed: str, clients: dict[str, Any], creds: Credentials) -> None:
    client = clients[f"{op.api}-dynamic"]
    plan = plan_call(client, op, creds)
    STATS.dynamic_calls += 1
    with expect(op, dynamic_seed=seed) as expectation:
        try:
            result = plan.method(**plan.kwargs)
        except KalshiError as exc:
            result = exc
    if op.key not in KNOWN_BUGS:  # an xfail's violation is its known bug, listed on its own line
        STATS.count_violations(expectation)
    problems = check_exchange(op, expectation, plan, creds)
    if isinstance(result, KalshiError):
        body = expectation.exchanges[-1].body[:2000] if expectation.exchanges else b""
        problems.append(f"the facade raised {type(result).__name__}: {result}\n  Prism's answer: {body!r}")
    else:
        problems += check_result(op, result)
    assert not problems, f"{op} seed {seed}:\n  " + "\n  ".join(problems)
    STATS.dynamic_ok += 1
    STATS.count_variety(expectation.exchanges[0].json())
