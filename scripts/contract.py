"""Run the contract tests: the facade against Stoplight Prism mock servers of the three REST specs.

``make contract`` runs this. It

1. installs the pinned Prism (``tools/prism/package-lock.json``) into the git-ignored
   ``tools/prism/node_modules`` with ``npm ci`` (skipped when that install is already there);
2. checks the three REST specs against ``openapi/specs.lock`` (the facade was generated from those bytes);
3. starts two Prism servers per spec (``prism mock --errors``), each on a free loopback port in its
   own process group, and waits until every one answers HTTP: a static one (the judge of every
   request) and a dynamic one (``--dynamic``: random schema-valid answers), both on the published
   spec with its money strings given a decimal pattern and example (``served_spec``);
4. runs ``pytest tests/contract`` with the servers' URLs in ``KALSHI_PRISM_{TRADE,PERPS,KLEAR}`` and
   ``KALSHI_PRISM_{TRADE,PERPS,KLEAR}_DYNAMIC``;
5. stops every process it started (SIGTERM to the group, then SIGKILL), whatever happened: test
   failures, Ctrl-C, SIGTERM or SIGHUP.

The spec directory is ``--spec-dir``, else ``$KALSHI_SPEC_DIR``, else ``../shared/specs`` (as for
``scripts/regenerate.py``). Prism reads a temporary copy outside the repository; nothing is copied into it.
Arguments after ``--`` go to pytest (``python scripts/contract.py -- -k markets -x``).

The module is also imported by ``tests/contract/conftest.py``, which starts the same servers itself
when pytest is run directly on ``tests/contract`` without this runner.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
PRISM_DIR = ROOT / "tools" / "prism"
PRISM_PACKAGE = "@stoplight/prism-cli"
PRISM_JS = PRISM_DIR / "node_modules" / "@stoplight" / "prism-cli" / "dist" / "index.js"
DEFAULT_SPEC_DIR = ROOT.parent / "shared" / "specs"
HOST = "127.0.0.1"

#: API label -> spec file. The labels are the ``api`` column of ``openapi/operations.tsv``.
SPECS: dict[str, str] = {
    "trade": "openapi.yaml",
    "perps": "perps_openapi.yaml",
    "klear": "perps_scm_openapi.yaml",
}
#: Server name -> the environment variable that carries its base URL to the tests. Each API has a
#: static server (the spec as published: the judge) and a dynamic one (random schema-valid answers).
SERVERS = (*SPECS, *(f"{api}-dynamic" for api in SPECS))
URL_ENV = {name: "KALSHI_PRISM_" + name.upper().replace("-", "_") for name in SERVERS}
DECIMAL_PATTERN = r"^-?[0-9]{1,6}(\.[0-9]{1,6})?$"
#: Set by this runner: the suite must call every operation (a filtered run, ``-k ...``, does not).
REQUIRE_FULL_ENV = "KALSHI_CONTRACT_REQUIRE_FULL"

# Prism parses a 2-5k-line spec in 2-4 s on this 2-core machine; three at once, plus a cold disk
# cache, can take several times that.
READY_TIMEOUT_S = 120.0
STOP_GRACE_S = 5.0
START_ATTEMPTS = 3


class ContractSetupError(Exception):
    """Prism could not be installed or started, or a spec is missing."""


def resolve_spec_dir(cli_value: str | None = None) -> Path:
    """``--spec-dir`` first, then ``$KALSHI_SPEC_DIR``, then ``../shared/specs`` beside the project."""
    chosen = cli_value or os.environ.get("KALSHI_SPEC_DIR") or str(DEFAULT_SPEC_DIR)
    return Path(chosen).expanduser().resolve()


def pinned_version() -> str:
    """The Prism version ``tools/prism/package.json`` pins."""
    package = json.loads((PRISM_DIR / "package.json").read_text(encoding="utf-8"))
    version: str = package["dependencies"][PRISM_PACKAGE]
    return version


def installed_version() -> str | None:
    """The version of the Prism under ``tools/prism/node_modules``, or None when it is not installed."""
    manifest = PRISM_JS.parent.parent / "package.json"
    if not manifest.is_file():
        return None
    version: str = json.loads(manifest.read_text(encoding="utf-8"))["version"]
    return version


def ensure_prism(*, install: bool = True) -> Path:
    """Return the Prism CLI entry point, installing the pinned version first when needed.

    ``npm ci`` installs exactly what ``package-lock.json`` says, locally (never globally), and
    ``--ignore-scripts`` keeps dependencies' install hooks (telemetry among them) from running.

    Raises:
        ContractSetupError: npm is missing or fails, or the installed version is not the pinned
            one and ``install`` is False.
    """
    wanted = pinned_version()
    if installed_version() == wanted and PRISM_JS.is_file():
        return PRISM_JS
    if not install:
        raise ContractSetupError(
            f"Prism {wanted} is not installed in {PRISM_DIR / 'node_modules'}: run `make contract` "
            f"(or `npm ci --prefix {PRISM_DIR.relative_to(ROOT)} --ignore-scripts`)"
        )
    cmd = ["npm", "ci", "--prefix", str(PRISM_DIR), "--ignore-scripts", "--no-audit", "--no-fund"]
    print(f"contract: installing Prism {wanted}: {' '.join(cmd)}", flush=True)
    try:
        subprocess.run(cmd, check=True, cwd=ROOT, env={**os.environ, "SCARF_ANALYTICS": "false"})
    except FileNotFoundError:
        raise ContractSetupError("npm was not found on PATH; Node 18+ with npm is needed for Prism") from None
    except subprocess.CalledProcessError as exc:
        raise ContractSetupError(f"npm ci failed with exit code {exc.returncode}") from None
    found = installed_version()
    if found != wanted:
        raise ContractSetupError(f"npm ci installed Prism {found}, but tools/prism/package.json pins {wanted}")
    return PRISM_JS


def free_port() -> int:
    """A port that was free on the loopback interface a moment ago (Prism binds it next)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class PrismServer:
    """One ``prism mock`` process and where it listens."""

    api: str  # server name: "trade", "trade-dynamic", ...
    spec: Path
    port: int
    process: subprocess.Popen[bytes]
    log_path: Path
    _log: IO[bytes] = field(repr=False)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def log_tail(self, lines: int = 15) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def answers(self) -> bool:
        """True once Prism answers HTTP (any status: ``/`` is not in the specs, so 404 is expected)."""
        try:
            with urllib.request.urlopen(f"{self.url}/", timeout=2):  # noqa: S310 (loopback, our server)
                return True
        except urllib.error.HTTPError:
            return True
        except (urllib.error.URLError, OSError):
            return False

    def stop(self) -> None:
        """Stop the whole process group: SIGTERM, then SIGKILL after a grace period."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(STOP_GRACE_S)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(STOP_GRACE_S)
        self._log.close()


def served_spec(api: str, spec_path: Path, out_dir: Path) -> Path:
    """Write the spec both Prism servers serve: the published one with its money strings constrained.

    The specs type prices and counts as bare strings (``FixedPointDollars`` is ``type: string`` with
    an example, no pattern; Klear's ``*_fp`` amounts have neither), so Prism would answer
    ``"string"`` (static) or ``"consequat"`` (dynamic) where Kalshi sends ``"0.5600"``. The SDK reads
    exactly those fields as ``Decimal`` (the generator's ``mark_money_fields`` rule), so they get a
    decimal ``pattern`` and, where they have none, an example; nothing else changes. The pattern also
    makes the judge stricter on requests: a price the SDK sends must be a decimal string. The copy
    goes to a temporary directory.
    """
    from ruamel.yaml import YAML
    from spec_normalise import mark_money_fields

    money = json.loads((ROOT / "openapi" / "normalise.json").read_text(encoding="utf-8"))[api]["money"]
    spec = YAML(typ="safe", pure=True).load(spec_path.read_bytes())
    mark_money_fields(spec, money["schemas"], money["suffixes"])
    stack: list[object] = [spec]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if node.get("format") == "decimal":
                del node["format"]
                node["pattern"] = DECIMAL_PATTERN
                node.setdefault("example", "1.00")
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    out = out_dir / f"{api}-served.json"
    out.write_text(json.dumps(spec, default=str), encoding="utf-8")
    return out


def _spawn(prism_js: Path, name: str, spec: Path, log_dir: Path) -> PrismServer:
    port = free_port()
    log_path = log_dir / f"prism-{name}.log"
    log = log_path.open("wb")
    cmd = [
        "node",
        str(prism_js),
        "mock",
        "--host",
        HOST,
        "--port",
        str(port),
        # Request violations (missing auth headers, wrong parameters, invalid bodies) answer 422/401,
        # an answer that violates its own schema becomes a 500, and every violation, request or
        # response, is listed in the sl-violations header.
        "--errors",
        # CORS answers are for browsers; this client never sends preflights.
        "--cors=false",
        "--verboseLevel",
        "warn",
    ]
    if name.endswith("-dynamic"):
        # Random schema-valid answers; the tests pick a seed per request (Prefer: seed=...), which
        # Prism 5 honours, so each run is reproducible and runs differ from each other.
        cmd.append("--dynamic")
    cmd.append(str(spec))
    # start_new_session: Prism gets its own process group, so stop() can end it and anything it
    # forks, and a Ctrl-C in the terminal reaches this runner, which then stops it in order.
    process = subprocess.Popen(
        cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    return PrismServer(api=name, spec=spec, port=port, process=process, log_path=log_path, _log=log)


def _wait_ready(servers: Sequence[PrismServer], deadline: float) -> list[PrismServer]:
    """Wait until every server answers; return those whose process exited first (port taken, bad spec)."""
    pending = list(servers)
    exited: list[PrismServer] = []
    while pending:
        for server in list(pending):
            if server.process.poll() is not None:
                pending.remove(server)
                exited.append(server)
            elif server.answers():
                pending.remove(server)
        if pending and time.monotonic() > deadline:
            names = ", ".join(f"{s.api} (port {s.port})" for s in pending)
            tails = "\n".join(f"--- {s.api}:\n{s.log_tail()}" for s in pending)
            raise ContractSetupError(f"Prism did not answer within {READY_TIMEOUT_S:.0f} s: {names}\n{tails}")
        if pending:
            time.sleep(0.2)
    return exited


@contextlib.contextmanager
def prism_servers(spec_dir: Path, *, prism_js: Path | None = None) -> Iterator[dict[str, PrismServer]]:
    """Start every server of :data:`SERVERS` at once; yield ``name -> server`` once all answer; stop all after.

    Raises:
        ContractSetupError: a spec is missing, Prism is not installed, or a server never came up.
    """
    js = prism_js or ensure_prism(install=False)
    for file_name in SPECS.values():
        if not (spec_dir / file_name).is_file():
            raise ContractSetupError(f"{file_name} not found in {spec_dir} (set --spec-dir or KALSHI_SPEC_DIR)")
    started: list[PrismServer] = []
    with tempfile.TemporaryDirectory(prefix="kalshi-prism-") as tmp:
        work = Path(tmp)
        served = {api: served_spec(api, spec_dir / SPECS[api], work) for api in SPECS}
        specs = {**served, **{f"{api}-dynamic": path for api, path in served.items()}}
        try:
            todo = list(SERVERS)
            ready: dict[str, PrismServer] = {}
            for attempt in range(1, START_ATTEMPTS + 1):
                batch = [_spawn(js, name, specs[name], work) for name in todo]
                started.extend(batch)
                failed = _wait_ready(batch, time.monotonic() + READY_TIMEOUT_S)
                ready.update({s.api: s for s in batch if s not in failed})
                if not failed:
                    break
                # A port picked by free_port() can be taken before Prism binds it: try another.
                if attempt == START_ATTEMPTS:
                    tails = "\n".join(f"--- {s.api}:\n{s.log_tail()}" for s in failed)
                    raise ContractSetupError(f"Prism exited before answering ({START_ATTEMPTS} attempts)\n{tails}")
                todo = [s.api for s in failed]
            yield ready
        finally:
            for server in started:
                server.stop()


def _raise_system_exit(signum: int, _frame: FrameType | None) -> None:
    # Turn SIGTERM/SIGHUP into an exception so the finally blocks stop Prism before we exit.
    raise SystemExit(128 + signum)


def run(spec_dir: Path, pytest_args: Sequence[str], *, install: bool) -> int:
    """Install, start the servers, run the suite, stop the servers; return pytest's exit code."""
    from spec_lock import SpecError, verify

    prism_js = ensure_prism(install=install)
    try:
        verify(spec_dir, [SPECS[api] for api in SPECS])
    except SpecError as exc:
        raise ContractSetupError(str(exc)) from None
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _raise_system_exit)
    started = time.monotonic()
    with prism_servers(spec_dir, prism_js=prism_js) as servers:
        up = time.monotonic() - started
        where = ", ".join(f"{api} {s.url}" for api, s in servers.items())
        print(f"contract: Prism {pinned_version()} ready in {up:.1f} s: {where}", flush=True)
        env = {
            **os.environ,
            **{URL_ENV[api]: s.url for api, s in servers.items()},
            "KALSHI_SPEC_DIR": str(spec_dir),
            REQUIRE_FULL_ENV: "0" if pytest_args else "1",
        }
        # The whole suite unless the arguments name test paths themselves.
        paths = [] if any(a.startswith("tests/") for a in pytest_args) else ["tests/contract"]
        cmd = [sys.executable, "-m", "pytest", *paths, *pytest_args]
        # The child shares our process group, so a terminal Ctrl-C reaches both; we wait for it
        # either way and stop the servers afterwards.
        child = subprocess.Popen(cmd, cwd=ROOT, env=env)
        try:
            return child.wait()
        except BaseException:
            with contextlib.suppress(ProcessLookupError):
                child.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(STOP_GRACE_S)
            if child.poll() is None:
                child.kill()
            raise


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec-dir", help="directory of the specs (default: $KALSHI_SPEC_DIR or ../shared/specs)")
    parser.add_argument(
        "--no-install", action="store_true", help="fail instead of running npm ci when Prism is missing"
    )
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments, after --")
    args = parser.parse_args(argv)
    try:
        return run(resolve_spec_dir(args.spec_dir), args.pytest_args, install=not args.no_install)
    except ContractSetupError as exc:
        print(f"contract: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("contract: interrupted; Prism stopped", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
