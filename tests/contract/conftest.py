"""Prism servers, clients and the coverage line for the contract tests.

``make contract`` (scripts/contract.py) starts the three Prism servers once and passes their URLs
in ``KALSHI_PRISM_TRADE/PERPS/KLEAR``. Run directly (``pytest tests/contract``), this conftest
starts them itself, from the pinned install in ``tools/prism``. A plain ``pytest`` over all of
``tests/`` does not collect this folder: ``make check`` runs it through ``make contract``, and
starting three Node servers inside every ``make test`` would double the work.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from contract_harness import Credentials, make_client
from contract_spec import API_LABELS, SPEC_FILES, operations, spec_dir

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SERVERS = (*SPEC_FILES, *(f"{api}-dynamic" for api in SPEC_FILES))
URL_ENV = {name: "KALSHI_PRISM_" + name.upper().replace("-", "_") for name in SERVERS}
REQUIRE_FULL_ENV = "KALSHI_CONTRACT_REQUIRE_FULL"
STATIC_TEST = "test_contract_static.py::test_operation["

#: nodeid -> (operation key, outcome) of the static pass, filled as reports arrive.
_OUTCOMES: dict[str, tuple[str, str]] = {}


def _targets_contract(config: pytest.Config) -> bool:
    for arg in config.invocation_params.args:
        if arg.startswith("-"):
            continue
        path = (config.invocation_params.dir / arg.split("::", 1)[0]).resolve()
        if path == HERE or HERE in path.parents:
            return True
    return False


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path.resolve() == HERE / "conftest.py":
        return None
    if any(os.environ.get(v) for v in URL_ENV.values()) or _targets_contract(config):
        return None
    return True


@pytest.fixture(scope="session")
def prism_urls() -> Iterator[dict[str, str]]:
    """``server name -> base URL`` ("trade", "trade-dynamic", ...), started here unless the runner did."""
    from_env = {api: os.environ.get(var, "") for api, var in URL_ENV.items()}
    if all(from_env.values()):
        yield from_env
        return
    sys.path.insert(0, str(ROOT / "scripts"))
    import contract

    try:
        with contract.prism_servers(spec_dir()) as servers:
            yield {api: server.url for api, server in servers.items()}
    except contract.ContractSetupError as exc:
        pytest.fail(f"cannot start Prism: {exc}", pytrace=False)


@pytest.fixture(scope="session")
def creds() -> Credentials:
    return Credentials.generate()


@pytest.fixture(scope="session")
def clients(prism_urls: dict[str, str], creds: Credentials) -> Iterator[dict[str, Any]]:
    """One synchronous client per server ("trade", "trade-dynamic", ...), shared by the session."""
    made = {name: make_client(name.split("-")[0], url, creds) for name, url in prism_urls.items()}
    yield made
    for client in made.values():
        client.close()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if STATIC_TEST not in report.nodeid:
        return
    key = report.nodeid.split("[", 1)[1].rstrip("]")
    wasxfail = hasattr(report, "wasxfail")
    if report.when == "call":
        outcome = ("xfailed" if report.skipped else "xpassed") if wasxfail else report.outcome
        _OUTCOMES[report.nodeid] = (key, outcome)
    elif report.failed:
        _OUTCOMES[report.nodeid] = (key, "error")
    elif report.skipped and report.nodeid not in _OUTCOMES:
        _OUTCOMES[report.nodeid] = (key, "xfailed" if wasxfail else "skipped")


def _coverage() -> tuple[list[str], list[str], bool]:
    """The coverage lines, the left-out lines, and whether the run is complete and clean."""
    from contract_harness import STATS

    ops = operations()
    seen = {key: outcome for key, outcome in _OUTCOMES.values()}
    called = {k for k, o in seen.items() if o != "skipped"}
    per_api = []
    for api, label in API_LABELS.items():
        total = sum(1 for op in ops if op.api == api)
        done = sum(1 for op in ops if op.api == api and op.key in called)
        per_api.append(f"{label} {done}/{total}")
    passed = sum(1 for o in seen.values() if o == "passed")
    xfailed = sorted(k for k, o in seen.items() if o == "xfailed")
    failed = sorted(k for k, o in seen.items() if o in ("failed", "error", "xpassed"))
    lines = [
        f"contract coverage: {', '.join(per_api)} = {len(called)}/{len(ops)} operations called through the "
        f"facade; {passed} passed, {len(xfailed)} xfail (known bugs), {len(failed)} failed; "
        f"Prism violations in the positive passes: {STATS.violations}",
        f"contract dynamic pass: {STATS.dynamic_ok}/{STATS.dynamic_calls} random GET answers parsed "
        f"(Prism dynamic mode, seeds {', '.join(STATS.seeds) or '-'}; they held {STATS.dynamic_nulls} nulls, "
        f"{STATS.dynamic_empty_lists} empty lists, {STATS.dynamic_list_items} list items); "
        f"async sample: {STATS.async_ok}/{STATS.async_calls} operations",
    ]
    lines += [f"  xfail (called, fails on a known bug): {k}: {STATS.xfail_reasons.get(k, '')}" for k in xfailed]
    lines += [f"  failed: {k}" for k in failed]
    left_out = []
    for op in ops:
        if op.key not in called:
            reason = "no facade method in openapi/operations.tsv" if op.facade_name is None else "not run"
            left_out.append(f"  left out: {op} ({reason})")
    complete = not left_out and not failed and STATS.violations == 0
    return lines, left_out, complete


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _OUTCOMES:
        return
    lines, left_out, _ = _coverage()
    terminalreporter.section("contract coverage")
    for line in [*lines, *left_out]:
        terminalreporter.write_line(line)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # Below 209/209 (an operation left out, failed or skipped) the run fails even if every test
    # that ran passed; filtered runs (-k, a single file) say so by not setting the variable.
    if os.environ.get(REQUIRE_FULL_ENV) != "1" or exitstatus not in (0,):
        return
    complete = _coverage()[2]
    if not complete:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
