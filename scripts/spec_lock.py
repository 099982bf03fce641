"""Locate, verify and download Kalshi's spec files against ``openapi/specs.lock``.

The specs are never committed; the lock records, for each file, its upstream URL, sha256 and
version. Kalshi edits specs without bumping ``info.version``, so the hash decides.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LOCK_PATH = ROOT / "openapi" / "specs.lock"
DEFAULT_SPEC_DIR = ROOT.parent / "shared" / "specs"
UPDATE_LOCK_COMMAND = "python scripts/regenerate.py --spec-dir DIR --update-lock"
DOWNLOAD_TIMEOUT_S = 30.0


class SpecError(Exception):
    """A spec is missing, unreadable, or differs from the lock."""


def load_lock(path: Path = LOCK_PATH) -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))["specs"]
    return data


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def resolve_spec_dir(cli_value: str | None) -> Path:
    """``--spec-dir`` first, then ``$KALSHI_SPEC_DIR``, then ``../shared/specs`` beside the project."""
    chosen = cli_value or os.environ.get("KALSHI_SPEC_DIR") or str(DEFAULT_SPEC_DIR)
    return Path(chosen).expanduser().resolve()


def verify(spec_dir: Path, names: list[str] | None = None, lock_path: Path = LOCK_PATH) -> dict[str, Path]:
    """Check each locked file in ``spec_dir`` against its sha256; return name -> path.

    Raises:
        SpecError: a file is missing or its hash differs; the message names the file, both hashes
            and the command that updates the lock on purpose.
    """
    lock = load_lock(lock_path)
    found: dict[str, Path] = {}
    for name in names or sorted(lock):
        path = spec_dir / name
        if not path.is_file():
            raise SpecError(f"{name}: not found in {spec_dir} (set --spec-dir or KALSHI_SPEC_DIR, or use --download)")
        actual = sha256_of(path)
        expected = lock[name]["sha256"]
        if actual != expected:
            raise SpecError(
                f"{name}: sha256 {actual} does not match specs.lock ({expected}).\n"
                f"  If Kalshi published a new version and you mean to adopt it, read what changed with\n"
                f"    python scripts/spec_diff.py OLD/{name} {path}\n"
                f"  then update the lock on purpose with\n"
                f"    {UPDATE_LOCK_COMMAND.replace('DIR', str(spec_dir))}"
            )
        found[name] = path
    return found


def spec_version(path: Path) -> str:
    """``info.version`` of a YAML spec, or the version in the FIX dictionary's header comment."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".xml":
        match = re.search(r"Kalshi FIX Dictionary (v[\w.]+)", text)
    else:
        match = re.search(r"^info:\s*\n(?:[ \t]+.*\n)*?[ \t]+version:\s*['\"]?([^'\"\n]+)", text, re.MULTILINE)
    if match is None:
        raise SpecError(f"{path.name}: no version found")
    return match.group(1).strip()


def update_lock(spec_dir: Path, lock_path: Path = LOCK_PATH) -> list[str]:
    """Rewrite the lock's hashes and versions from ``spec_dir``; return the names that changed.

    Raises:
        SpecError: a locked file is missing from ``spec_dir``.
    """
    document: dict[str, Any] = json.loads(lock_path.read_text(encoding="utf-8"))
    changed = []
    for name, entry in sorted(document["specs"].items()):
        path = spec_dir / name
        if not path.is_file():
            raise SpecError(f"{name}: not found in {spec_dir}")
        new = {**entry, "sha256": sha256_of(path), "version": spec_version(path)}
        if new != entry:
            changed.append(name)
        document["specs"][name] = new
    lock_path.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return changed


def download(cache_dir: Path, lock_path: Path = LOCK_PATH, timeout: float = DOWNLOAD_TIMEOUT_S) -> Path:
    """Fetch every locked file from its upstream URL into ``cache_dir``; return ``cache_dir``.

    Files are written whatever their hash: ``verify`` then decides, so a changed upstream file is
    reported with the diff command rather than silently adopted.

    Raises:
        SpecError: the network is unreachable or too slow, or the server answers with an error.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    for name, entry in sorted(load_lock(lock_path).items()):
        url = entry["url"]
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (https URL from the lock)
                body = response.read()
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise SpecError(
                f"{name}: cannot download {url} ({reason}); offline? Use --spec-dir with local copies instead"
            ) from exc
        tmp = cache_dir / (name + ".part")
        tmp.write_bytes(body)
        tmp.replace(cache_dir / name)
    return cache_dir
