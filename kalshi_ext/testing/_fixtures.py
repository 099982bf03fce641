"""Record/replay fixtures of the kalshi-ext pytest plugin (registered by ``plugin.py``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ._cassette import Cassette

_FAILED = pytest.StashKey[bool]()
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    # The cassette is saved only when the test passed: a half-recorded one would break the next run.
    report: Any = yield
    if report.when == "call" and report.failed:
        item.stash[_FAILED] = True
    return report  # type: ignore[no-any-return]


@pytest.fixture
def kalshi_record_mode(request: pytest.FixtureRequest) -> str:
    """The record mode: the test's ``kalshi_cassette(mode=...)`` marker, else
    ``--kalshi-record-mode``, else the ``kalshi_record_mode`` ini value (default ``none``)."""
    marker = request.node.get_closest_marker("kalshi_cassette")
    if marker is not None and marker.kwargs.get("mode"):
        return str(marker.kwargs["mode"])
    option = request.config.getoption("--kalshi-record-mode", default=None)
    return str(option or request.config.getini("kalshi_record_mode") or "none")


@pytest.fixture
def kalshi_cassette_path(request: pytest.FixtureRequest) -> Path:
    """``<test dir>/<kalshi_cassette_dir>/<test module>/<test name>.json`` (``Class.test_name`` for
    a test in a class; the marker's ``name`` replaces the test name; an absolute name is used as is)."""
    marker = request.node.get_closest_marker("kalshi_cassette")
    name = (marker.kwargs.get("name") or (marker.args[0] if marker.args else None)) if marker else None
    test_file = Path(str(request.node.path))
    if name is not None and Path(str(name)).is_absolute():
        return Path(str(name))
    base = test_file.parent / str(request.config.getini("kalshi_cassette_dir") or "cassettes") / test_file.stem
    # The node id after the file ("TestClass::test_name[param]"): tests of two classes never share a file.
    test_id = request.node.nodeid.split("::", 1)[-1].replace("::", ".")
    stem = str(name) if name is not None else _UNSAFE.sub("_", test_id).strip("_")
    return base / (stem if stem.endswith(".json") else stem + ".json")


@pytest.fixture
def kalshi_cassette(
    request: pytest.FixtureRequest, kalshi_record_mode: str, kalshi_cassette_path: Path
) -> Iterator[Cassette]:
    """A :class:`~kalshi_ext.testing.Cassette` for this test.

    Use ``kalshi_cassette.transport()`` / ``.async_transport()`` as a client's ``transport=`` and
    ``kalshi_cassette.websocket(upstream=...)`` for WebSocket clients. After a passing test the
    cassette is saved (when it recorded something) and the WebSocket servers are checked;
    with ``all_played=True`` on the marker every recorded REST interaction must have been used.
    """
    from ._cassette import Cassette

    marker = request.node.get_closest_marker("kalshi_cassette")
    options = dict(marker.kwargs) if marker else {}
    cassette = Cassette(
        kalshi_cassette_path,
        mode=kalshi_record_mode,
        matcher=options.get("matcher"),
        scrubber=options.get("scrubber"),
        allow_repeats=bool(options.get("allow_repeats", False)),
    )
    yield cassette
    problems = cassette.close()
    if request.node.stash.get(_FAILED, False):
        return
    cassette.save()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
    unplayed = cassette.unplayed() if options.get("all_played") else []
    if unplayed and cassette.replaying:
        pytest.fail(f"recorded interactions not used by the test ({cassette.path}): " + ", ".join(unplayed[:10]))
