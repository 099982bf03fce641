"""Every Trade operation is classified; a spec update with an unclassified one fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from kalshi_ext.sim import Simulator, coverage

SPEC = Path(__file__).resolve().parents[2] / ".." / "shared" / "specs" / "openapi.yaml"


def _spec_operations() -> set[tuple[str, str, str]]:
    if not SPEC.exists():
        pytest.skip(f"the Trade spec is not at {SPEC} (../shared/specs)")
    from ruamel.yaml import YAML

    spec = YAML(typ="safe").load(SPEC.read_text())
    out = set()
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            if isinstance(op, dict) and "operationId" in op:
                out.add((op["operationId"], method.upper(), path))
    return out


def test_every_spec_operation_is_classified() -> None:
    spec = _spec_operations()
    table = {(op, method, path) for op, method, path, _ in coverage.OPERATIONS}
    assert not spec - table, f"unclassified operations: {sorted(spec - table)}"
    assert not table - spec, f"classified operations the spec no longer has: {sorted(table - spec)}"


def test_classification_counts() -> None:
    assert coverage.counts() == {"full": 42, "minimal": 34, "unsupported": 52}


def test_every_served_operation_has_a_route() -> None:
    sim = Simulator(seed=1, markets=1, agents=False)
    served = {op for op, _, _, cls in coverage.OPERATIONS if cls != "unsupported"}
    assert served == set(sim.rest.routes)
