"""The real responses and frames recorded from Kalshi's servers (``../shared/real``, never copied here),
and a walk that checks every money field of a parsed model against the JSON it came from."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
REAL_DIR = Path(os.environ.get("KALSHI_REAL_DIR", ROOT.parent / "shared" / "real"))
MONEY_NAME = re.compile(r"(_dollars|_fp|_fixed)$")


def load(name: str) -> list[dict[str, Any]]:
    """The cases of one file, or a skip that says where the folder was looked for."""
    path = REAL_DIR / name
    if not path.is_file():
        pytest.skip(f"real Kalshi data not found at {path} (set KALSHI_REAL_DIR); see ../shared/real/README.md")
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return cases


@dataclass
class Report:
    """What one walk saw: money fields checked, problems found."""

    money_fields: int = 0
    models: int = 0
    problems: list[str] = field(default_factory=list)


def walk(model: Any, raw: Any, report: Report, where: str = "") -> None:
    """Read every field of ``model`` that ``raw`` holds; a money field must be a Decimal equal to its text."""
    if not isinstance(raw, dict):
        return
    report.models += 1
    for f in type(model).fields():
        if f.key not in raw:
            continue
        sent = raw[f.key]
        path = f"{where}{type(model).__name__}.{f.name}"
        if f.kind == "decimal" and sent == "":
            report.money_fields += 1
            if model.is_set(f.name):
                report.problems.append(f"{path}: an empty money string counts as set")
            continue
        value = getattr(model, f.name)
        if f.kind == "decimal":
            report.money_fields += 1
            if sent is None:
                if value is not None:
                    report.problems.append(f"{path}: null read as {value!r}")
            elif not isinstance(value, Decimal) or value != Decimal(str(sent)):
                report.problems.append(f"{path}: {sent!r} read as {value!r}")
        elif f.kind == "levels":
            for (price, count), pair in zip(value, sent or [], strict=True):
                report.money_fields += 2
                exact = isinstance(price, Decimal) and isinstance(count, Decimal)
                if not exact or (price, count) != (Decimal(pair[0]), Decimal(pair[1])):
                    report.problems.append(f"{path}: level {pair!r} read as {(price, count)!r}")
        elif f.kind == "model" and value is not None:
            walk(value, sent, report, f"{path} > ")
        elif f.kind == "model_list":
            for i, (item, item_raw) in enumerate(zip(value, sent or [], strict=True)):
                walk(item, item_raw, report, f"{path}[{i}] > ")
        elif isinstance(value, str) and MONEY_NAME.search(f.key):
            report.problems.append(f"{path}: a money field left as str ({value!r})")
