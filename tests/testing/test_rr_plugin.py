"""The pytest plugin: registered by the entry point, cheap to import, opt-in fixtures, record
modes from the command line, cassettes saved only for passing tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

USER_TESTS = """
import os

import httpx
import pytest

from kalshi_ext import KalshiClient


def handler(request):
    if os.environ.get("RR_NO_NETWORK"):
        raise AssertionError("the network was used")
    return httpx.Response(200, json={"exchange_active": True, "trading_active": True})


def test_status(kalshi_cassette):
    with KalshiClient(transport=kalshi_cassette.transport(httpx.MockTransport(handler))) as kalshi:
        assert kalshi.exchange.status().trading_active is True


@pytest.mark.kalshi_cassette("shared", all_played=True)
def test_named(kalshi_cassette, kalshi_cassette_path):
    assert kalshi_cassette_path.name == "shared.json"
    with KalshiClient(transport=kalshi_cassette.transport(httpx.MockTransport(handler))) as kalshi:
        kalshi.exchange.status()
        if os.environ.get("RR_SKIP_SECOND") is None:
            kalshi.exchange.status()


def test_fails_after_recording(kalshi_cassette):
    with KalshiClient(transport=kalshi_cassette.transport(httpx.MockTransport(handler))) as kalshi:
        kalshi.exchange.status()
    if os.environ.get("RR_FAIL"):
        raise AssertionError("deliberate failure")


class TestGroup:
    def test_status(self, kalshi_cassette_path):
        assert kalshi_cassette_path.name == "TestGroup.test_status.json"

    @pytest.mark.parametrize("n", [1])
    def test_param(self, kalshi_cassette_path, n):
        assert kalshi_cassette_path.name == "TestGroup.test_param_1.json"


def test_without_the_fixture(request):
    assert not [name for name in request.fixturenames if name.startswith("kalshi")]
"""

INI = "[pytest]\nfilterwarnings = error\nasyncio_default_fixture_loop_scope = function\n"


def run_pytest(directory: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("RR_", "PYTEST_"))}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        check=False,
        cwd=directory,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pytest.ini").write_text(INI)
    (tmp_path / "test_user.py").write_text(textwrap.dedent(USER_TESTS))
    return tmp_path


def test_record_modes_end_to_end(project: Path) -> None:
    cassettes = project / "cassettes" / "test_user"
    first = run_pytest(project)  # default mode "none" and no cassettes: errors, nothing sent
    assert first.returncode == 1, first.stdout
    assert "CassetteNotFoundError" in first.stdout and "--kalshi-record-mode=once" in first.stdout
    assert not cassettes.exists()

    recorded = run_pytest(project, "--kalshi-record-mode=once", RR_FAIL="1")
    assert recorded.returncode == 1 and "1 failed, 5 passed" in recorded.stdout, recorded.stdout
    assert sorted(p.name for p in cassettes.iterdir()) == ["shared.json", "test_status.json"]  # not the failed one
    data = json.loads((cassettes / "test_status.json").read_text())
    assert data["format"] == "kalshi-ext-cassette" and len(data["interactions"]) == 1

    replayed = run_pytest(project, "-k", "not fails", RR_NO_NETWORK="1")
    assert replayed.returncode == 0 and "5 passed" in replayed.stdout, replayed.stdout

    unused = run_pytest(project, "-k", "named", RR_NO_NETWORK="1", RR_SKIP_SECOND="1")
    assert unused.returncode == 1 and "recorded interactions not used by the test" in unused.stdout

    (project / "pytest.ini").write_text(INI + "kalshi_record_mode = all\n")
    rerecord = run_pytest(project, "-k", "status", RR_NO_NETWORK="1")  # the ini mode sends: the handler refuses
    assert rerecord.returncode == 1 and "the network was used" in rerecord.stdout


def test_the_entry_point_registers_the_plugin(request: pytest.FixtureRequest) -> None:
    plugin = request.config.pluginmanager.get_plugin("kalshi_ext")
    assert plugin is not None and plugin.__name__ == "kalshi_ext.testing.plugin"
    assert request.config.pluginmanager.get_plugin("kalshi_ext.testing._fixtures") is not None
    assert request.config.getoption("--kalshi-record-mode") is None
    assert not [name for name in request.fixturenames if name.startswith("kalshi")]


def test_importing_the_plugin_is_cheap() -> None:
    code = (
        "import sys, kalshi_ext.testing.plugin, kalshi_ext.testing\n"
        "heavy = [m for m in ('httpx', 'asyncio', 'websockets', 'cryptography') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_the_public_names_resolve() -> None:
    import kalshi_ext.testing as testing

    assert testing.__all__ == [
        "FORMAT_NAME",
        "FORMAT_VERSION",
        "SCRUBBED",
        "AsyncCassetteTransport",
        "Cassette",
        "CassetteError",
        "CassetteFormatError",
        "CassetteMissError",
        "CassetteNotFoundError",
        "CassetteTransport",
        "Matcher",
        "RecordMode",
        "Scrubber",
        "WebSocketCassette",
    ]
    for name in testing.__all__:
        assert getattr(testing, name) is not None
    from kalshi_ext import KalshiError

    assert issubclass(testing.CassetteMissError, testing.CassetteError) and issubclass(
        testing.CassetteError, KalshiError
    )
    try:
        testing.NoSuchName  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchName" in str(exc)
    else:
        raise AssertionError("an unknown name resolved")
