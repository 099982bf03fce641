"""The kalshi-ext pytest plugin (entry point ``pytest11: kalshi_ext``; loaded in every pytest run
of an environment where kalshi-ext is installed).

It only adds options, an ini setting, a marker and opt-in fixtures: nothing runs unless a test
asks for a fixture, and importing it costs no more than ``import kalshi_ext``.

- ``--kalshi-record-mode {none,once,new,all}`` (ini ``kalshi_record_mode``; default ``none``)
- ini ``kalshi_cassette_dir`` (default ``cassettes``, relative to each test file's directory)
- marker ``@pytest.mark.kalshi_cassette(name=None, *, mode=None, matcher=None, scrubber=None,
  allow_repeats=False, all_played=False)``
- fixtures ``kalshi_cassette``, ``kalshi_record_mode``, ``kalshi_cassette_path``
  (in :mod:`kalshi_ext.testing._fixtures`).

Adding fixtures: write them in a module of this package and list it in ``pytest_plugins``
below (one line); keep heavy imports inside the fixtures so every pytest run stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pytest

# Fixture modules registered with this plugin. The simulator's fixtures go here as
# "kalshi_ext.testing._sim_fixtures".
pytest_plugins = ["kalshi_ext.testing._fixtures", "kalshi_ext.testing._sim_fixtures"]

MODES = ("none", "once", "new", "all")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("kalshi-ext", "kalshi-ext record/replay")
    group.addoption(
        "--kalshi-record-mode",
        choices=MODES,
        default=None,
        help="when kalshi_cassette goes to the network: none (replay only, the default), once (record "
        "missing cassettes), new (record requests not in the cassette), all (re-record everything)",
    )
    parser.addini("kalshi_record_mode", "default record mode of kalshi_cassette (none, once, new, all)", default="none")
    parser.addini(
        "kalshi_cassette_dir", "cassette directory, relative to each test file's directory", default="cassettes"
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "kalshi_cassette(name=None, *, mode=None, matcher=None, scrubber=None, allow_repeats=False, "
        "all_played=False): the cassette the kalshi_cassette fixture uses for this test",
    )
