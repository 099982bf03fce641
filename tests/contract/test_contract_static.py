"""Every operation of the three REST APIs, called once through the synchronous facade, judged by Prism.

Each call sends every parameter the spec declares (required and optional) with realistic values and
a body built from the generated request model; Prism (``--errors``) must find no violation, answer
the documented success status, and the facade must return the documented model, fully parsed.
"""

from __future__ import annotations

from typing import Any

import pytest
from contract_harness import STATS, Credentials, check_exchange, check_result, expect, plan_call
from contract_spec import Operation, operations

from kalshi_ext import KalshiError

#: operation key -> why it fails today. Each entry is a bug in kalshi_ext or generated/ found by
#: this suite and reported; the test is xfail(strict=True), so the entry must go once it is fixed.
KNOWN_BUGS: dict[str, str] = {}
STATS.xfail_reasons.update(KNOWN_BUGS)


def _param(op: Operation) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[op.key])] if op.key in KNOWN_BUGS else []
    return pytest.param(op, id=op.key, marks=marks)


@pytest.mark.parametrize("op", [_param(op) for op in operations()])
def test_operation(op: Operation, clients: dict[str, Any], creds: Credentials) -> None:
    assert op.facade_name is not None, f"{op}: no facade method (no row in openapi/operations.tsv)"
    plan = plan_call(clients[op.api], op, creds)
    with expect(op) as expectation:
        try:
            result = plan.method(**plan.kwargs)
        except KalshiError as exc:
            result = exc
    if op.key not in KNOWN_BUGS:  # an xfail's violation is its known bug, listed on its own line
        STATS.count_violations(expectation)
    problems = check_exchange(op, expectation, plan, creds)
    if isinstance(result, KalshiError):
        problems.append(f"the facade raised {type(result).__name__}: {result}")
    else:
        problems += check_result(op, result)
    assert not problems, f"{op}:\n  " + "\n  ".join(problems)
