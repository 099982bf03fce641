"""Regenerate the three REST clients in ``generated/`` from Kalshi's specs (``make regen``).

    python scripts/regenerate.py [--spec-dir DIR | --download] [--check] [--update-lock]

Specs are read from ``--spec-dir``, else ``$KALSHI_SPEC_DIR``, else ``../shared/specs``, and must match
``openapi/specs.lock`` byte for byte. Each REST spec is normalised in memory
(``scripts/spec_normalise.py``), given to the pinned openapi-python-client with the API's config
and the custom templates in ``openapi/templates/``, then formatted with the pinned ruff.

``--check`` regenerates into a temporary directory and fails, listing the differing files, if the
result differs from ``generated/`` (the CI spec-drift check). Output is byte-identical across runs.
Exit status: 0 ok, 1 drift or generation failure, 2 spec or environment problem.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import asyncapi_models
import facade
import fix_codegen
import request_constraints
import spec_lock
import spec_normalise

ROOT = spec_lock.ROOT
OPENAPI_DIR = ROOT / "openapi"
GENERATED_DIR = ROOT / "generated"
OPERATIONS_DOC = ROOT / "docs" / "operations.md"
TEMPLATES_DIR = OPENAPI_DIR / "templates"
RUFF_ARGS = ["--isolated", "--no-cache", "--line-length", "120", "--target-version", "py311"]


@dataclass(frozen=True)
class Api:
    key: str  # section in normalise.json and config file stem
    spec: str  # file name in the spec directory
    package: str  # generated package name
    asyncapi: bool = False  # WebSocket spec: message models only (scripts/asyncapi_models.py)

    @property
    def config(self) -> Path:
        return OPENAPI_DIR / f"{self.key}.config.yaml"


APIS = (
    Api("trade", "openapi.yaml", "kalshi_trade_api"),
    Api("perps", "perps_openapi.yaml", "kalshi_perps_api"),
    Api("klear", "perps_scm_openapi.yaml", "kalshi_klear_api"),
    Api("ws", "asyncapi.yaml", "kalshi_ws_models", asyncapi=True),
    Api("perps_ws", "perps_asyncapi.yaml", "kalshi_perps_ws_models", asyncapi=True),
)
REST_APIS = tuple(api for api in APIS if not api.asyncapi)


OUTPUT_PACKAGES = (*(api.package for api in APIS), facade.PACKAGE, fix_codegen.PACKAGE, request_constraints.PACKAGE)


class RegenError(Exception):
    """Generation failed; the message says which step and why."""


def pinned_versions() -> dict[str, str]:
    """Exact versions of the tools that decide the bytes of ``generated/``, from pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = {}
    for requirement in project["project"]["optional-dependencies"]["dev"]:
        name, sep, version = requirement.partition("==")
        if sep and name in ("openapi-python-client", "ruff"):
            pins[name] = version
    return pins


def check_tool_versions() -> None:
    """Raises RegenError when the installed generator or ruff is not the pinned version."""
    for name, wanted in pinned_versions().items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = "not installed"
        if installed != wanted:
            raise RegenError(f"{name} {wanted} is pinned but {installed} is installed: run `make setup`")


def _json_default(value: Any) -> str:
    # YAML timestamps in examples load as date/datetime; keep them as the ISO text they were.
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"unexpected {type(value).__name__} in spec")


def load_spec(path: Path) -> dict[str, Any]:
    """Load a YAML spec the way the generator does (ruamel, YAML 1.2: ``yes``/``no`` stay strings)."""
    from ruamel.yaml import YAML

    loaded: dict[str, Any] = YAML(typ="safe", pure=True).load(path.read_bytes())
    return loaded


def _run(cmd: list[str], cwd: Path, what: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": "0", "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RegenError(f"{what} failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")


def _ruff_binary() -> str:
    # Not `python -m ruff`: run inside a generated package, its types.py would shadow the stdlib's.
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


def generate_one(api: Api, spec_path: Path, rules: dict[str, Any], work: Path, out: Path) -> dict[str, int]:
    """Normalise one spec and generate its package into ``out/<package>``; return the rule counts.

    Raises:
        RegenError: the generator warned or failed, or ruff failed.
    """
    source = load_spec(spec_path)
    if api.asyncapi:
        source = asyncapi_models.synthetic_openapi(source)
    spec, counts = spec_normalise.normalise(source, rules)
    if api.asyncapi:
        spec = asyncapi_models.drop_paths(spec)
    normalised = work / f"{api.key}.json"
    normalised.write_text(json.dumps(spec, indent=1, default=_json_default), encoding="utf-8")
    target = out / api.package
    _run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(normalised),
            "--meta",
            "none",
            "--fail-on-warning",
            "--config",
            str(api.config),
            "--custom-template-path",
            str(TEMPLATES_DIR),
            "--output-path",
            str(target),
        ],
        cwd=work,
        what=f"openapi-python-client on {api.spec}",
    )
    (target / "py.typed").write_text("", encoding="utf-8")
    _format(target)
    return counts


def _format(package_dir: Path) -> None:
    """Drop unused imports, sort imports, format with the pinned ruff; nothing else (output stays the generator's)."""
    ruff = _ruff_binary()
    _run([ruff, "check", *RUFF_ARGS, "--fix-only", "--select", "F401,I", "."], package_dir, "ruff check")
    _run([ruff, "format", *RUFF_ARGS, "."], package_dir, "ruff format")


def generate_all(spec_paths: dict[str, Path], out: Path) -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    """Generate every package into ``out`` (in parallel: the generator is single-threaded).

    Returns the normalisation rule counts per package and the facade's operations per API.
    """
    rules = json.loads((OPENAPI_DIR / "normalise.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="kalshi-regen-") as tmp:
        work = Path(tmp)
        with ThreadPoolExecutor(max_workers=3) as pool:
            futures = {
                api.package: pool.submit(generate_one, api, spec_paths[api.spec], rules.get(api.key, {}), work, out)
                for api in APIS
            }
            counts = {package: future.result() for package, future in futures.items()}
    specs = {api.key: load_spec(spec_paths[api.spec]) for api in REST_APIS}
    operations = facade.write_facade(out, OPENAPI_DIR / "operations.tsv", out, specs)
    # Per-operation request constraints from the published specs (path ids, bounds, enums, bodies).
    request_constraints.write(out, {api.package: specs[api.key] for api in REST_APIS})
    _format(out / facade.PACKAGE)
    # FIX dictionary -> plain data tables (scripts/fix_codegen.py), formatted like the rest.
    _format(fix_codegen.write_package(spec_paths[fix_codegen.SPEC], out))
    return counts, operations


def _tree(root: Path) -> set[str]:
    return {
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def diff_trees(expected: Path, actual: Path, label: str) -> list[str]:
    """Lines describing how ``actual`` (committed) differs from ``expected`` (fresh), empty if equal."""
    new, old = _tree(expected), _tree(actual) if actual.is_dir() else set()
    lines = [f"  missing from generated/: {label}/{name}" for name in sorted(new - old)]
    lines += [f"  not produced by the generator: {label}/{name}" for name in sorted(old - new)]
    lines += [
        f"  differs: {label}/{name}"
        for name in sorted(new & old)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return lines


def _install(fresh: Path) -> None:
    GENERATED_DIR.mkdir(exist_ok=True)
    OPERATIONS_DOC.parent.mkdir(exist_ok=True)
    shutil.copyfile(fresh / "operations.md", OPERATIONS_DOC)
    for package in OUTPUT_PACKAGES:
        target = GENERATED_DIR / package
        staged = GENERATED_DIR / f".{package}.new"
        shutil.rmtree(staged, ignore_errors=True)
        shutil.copytree(fresh / package, staged)
        shutil.rmtree(target, ignore_errors=True)
        staged.rename(target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--spec-dir", help="directory with Kalshi's spec files (default: $KALSHI_SPEC_DIR, ../shared/specs)"
    )
    parser.add_argument("--download", action="store_true", help="fetch the specs from their upstream URLs first")
    parser.add_argument(
        "--cache-dir", default=str(Path.home() / ".cache" / "kalshi-ext" / "specs"), help="where --download puts them"
    )
    parser.add_argument(
        "--check", action="store_true", help="compare a fresh generation with generated/ and fail on any difference"
    )
    parser.add_argument(
        "--update-lock", action="store_true", help="accept the specs in the spec directory: rewrite openapi/specs.lock"
    )
    args = parser.parse_args(argv)

    try:
        spec_dir = (
            spec_lock.download(Path(args.cache_dir)) if args.download else spec_lock.resolve_spec_dir(args.spec_dir)
        )
        if args.update_lock:
            changed = spec_lock.update_lock(spec_dir)
            print(f"specs.lock updated from {spec_dir}: {', '.join(changed) or 'no change'}")
        spec_paths = spec_lock.verify(spec_dir)
        check_tool_versions()
    except (spec_lock.SpecError, RegenError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="kalshi-generated-") as tmp:
        fresh = Path(tmp)
        try:
            counts, operations = generate_all(spec_paths, fresh)
        except (RegenError, ValueError, facade.FacadeError, fix_codegen.CodegenError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        if args.check:
            differences = [
                line
                for package in OUTPUT_PACKAGES
                for line in diff_trees(fresh / package, GENERATED_DIR / package, package)
            ]
            if not OPERATIONS_DOC.is_file() or OPERATIONS_DOC.read_bytes() != (fresh / "operations.md").read_bytes():
                differences.append("  differs: docs/operations.md")
            if differences:
                print(
                    "generated/ is out of date with the specs, templates or rules (run `make regen`):", file=sys.stderr
                )
                print("\n".join(differences[:40]), file=sys.stderr)
                if len(differences) > 40:
                    print(f"  ... and {len(differences) - 40} more", file=sys.stderr)
                return 1
            print("generated/ is up to date")
            return 0
        _install(fresh)
    for package, rule_counts in counts.items():
        modules = len([p for p in (GENERATED_DIR / package / "api").rglob("*.py") if p.name != "__init__.py"])
        models = len([p for p in (GENERATED_DIR / package / "models").glob("*.py") if p.name != "__init__.py"])
        applied = ", ".join(f"{rule}={n}" for rule, n in rule_counts.items() if n)
        print(f"{package}: {modules} endpoint modules, {models} models ({applied})")
    print(f"{facade.PACKAGE}: " + ", ".join(f"{api} {n} operations" for api, n in operations.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
