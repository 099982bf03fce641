"""Build valid-looking arguments for any facade method from the generated annotations (for mock calls)."""

from __future__ import annotations

import ast
import datetime
import importlib
import inspect
import re
import uuid
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs
import httpx

PACKAGE_OF_API = {"trade": "kalshi_trade_api", "perps": "kalshi_perps_api", "klear": "kalshi_klear_api"}


def _first_alternative(annotation: str) -> str:
    """``"X | None | Unset"`` -> ``"X"`` (the first part that is neither None nor Unset)."""
    depth, parts, current = 0, [], ""
    for char in annotation:
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    useful = [p for p in parts if p not in ("None", "Unset")]
    return useful[0] if useful else "None"


def fake(annotation: str, package: str, depth: int = 0) -> Any:
    """A value for a parameter or field annotated ``annotation`` (a string, as generated)."""
    kind = _first_alternative(annotation.replace("builtins.", ""))
    if kind == "str":
        return "KXTEST-1"
    if kind == "int":
        return 1
    if kind == "float":
        return 1.5
    if kind == "bool":
        return True
    if kind == "Decimal":
        return Decimal("0.50")
    if kind == "datetime.datetime":
        return datetime.datetime(2026, 11, 21, 14, 0, tzinfo=datetime.UTC)
    if kind == "datetime.date":
        return datetime.date(2026, 11, 21)
    if kind in ("Any", "None"):
        return None
    if kind == "UUID":
        return uuid.UUID("9b0f6d0e-1c2a-4b7e-8f00-3d2c1b0a9e88")
    match = re.fullmatch(r"(?:list|Sequence)\[(.+)\]", kind)
    if match:
        return [fake(match.group(1), package, depth + 1) for _ in range(2)]  # some lists declare minItems 2
    if kind.startswith("dict["):
        return {}
    if kind.startswith("Literal["):
        value = ast.literal_eval(kind.removeprefix("Literal[").removesuffix("]"))
        return value[0] if isinstance(value, tuple) else value
    cls = getattr(importlib.import_module(f"{package}.models"), kind)
    if issubclass(cls, Enum):
        return next(iter(cls))
    return fake_model(cls, package, depth)


def fake_model(cls: type, package: str, depth: int = 0) -> Any:
    """An instance of a generated attrs model with every required field filled (optional ones too, shallowly)."""
    values = {}
    for field in attrs.fields(cls):
        if not field.init:
            continue
        required = field.default is attrs.NOTHING
        if required or depth == 0:
            values[field.alias or field.name] = fake(str(field.type), package, depth + 1)
    return cls(**values)


def fake_arguments(method: Any, package: str) -> dict[str, Any]:
    """Arguments for a facade method: every parameter without a default, plus the body if optional."""
    arguments = {}
    for name, param in inspect.signature(method).parameters.items():
        if name in ("self", "max_pages"):
            continue
        if param.default is inspect.Parameter.empty or name == "body":
            arguments[name] = fake(str(param.annotation), package)
    return arguments


class Recorder:
    """An httpx.MockTransport handler that keeps every request and answers with ``answer(request)``."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)
