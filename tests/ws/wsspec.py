"""The two AsyncAPI specs, read for contract tests: channels, message types, and one valid
example frame per message (the spec's own example when it has one, else a minimal frame built
from the schema's required fields)."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

SPEC_FILES = {"prediction": "asyncapi.yaml", "perps": "perps_asyncapi.yaml"}
NON_DATA_CHANNELS = {"root", "control_frames"}


def spec_dir() -> Path:
    env = os.environ.get("KALSHI_SPEC_DIR")
    return Path(env) if env else Path(__file__).resolve().parents[3] / "shared" / "specs"


@cache
def load(api: str) -> dict[str, Any]:
    path = spec_dir() / SPEC_FILES[api]
    if not path.is_file():
        pytest.skip(f"spec not found at {path} (set KALSHI_SPEC_DIR)")
    # ruamel (YAML 1.2) as scripts/regenerate.py: `yes`/`no` stay strings; PyYAML is not a dependency.
    loaded: dict[str, Any] = YAML(typ="safe", pure=True).load(path.read_bytes())
    return loaded


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


@cache
def _renames() -> dict[str, str]:
    """Schema renames of openapi/normalise.json (both WebSocket sections): the generated class names."""
    import json

    rules = json.loads((Path(__file__).resolve().parents[2] / "openapi" / "normalise.json").read_text())
    return {**rules["ws"].get("schema_renames", {}), **rules["perps_ws"].get("schema_renames", {})}


def schema_name(spec: dict[str, Any], message: dict[str, Any]) -> str:
    """The name of the message's payload schema, after the renames the regeneration applies."""
    message = _resolve(spec, message)
    name = str(message["payload"]["$ref"].rsplit("/", 1)[-1])
    return _renames().get(name, name)


def channel_messages(api: str) -> dict[str, list[dict[str, Any]]]:
    """Channel name -> resolved message objects (data channels only)."""
    spec = load(api)
    out = {}
    for name, channel in spec["channels"].items():
        if name in NON_DATA_CHANNELS:
            continue
        out[name] = [_resolve(spec, m) for m in channel["messages"].values()]
    return out


def message_type(api: str, message: dict[str, Any]) -> str:
    spec = load(api)
    payload = _resolve(spec, message["payload"])
    return str(payload["properties"]["type"]["const"])


def _minimal(spec: dict[str, Any], schema: Any) -> Any:
    schema = _resolve(spec, schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {k: _minimal(spec, props[k]) for k in schema.get("required", []) if k in props}
    if kind == "array":
        return []
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if schema.get("format") == "uuid":
        return "9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1"
    if schema.get("format") == "date-time":
        return "2026-01-02T03:04:05Z"
    return "1"  # a string that also parses where the model wants a Decimal (prices, counts)


def example_frame(api: str, message: dict[str, Any]) -> dict[str, Any]:
    """A frame for ``message``: the spec's first example, or a minimal valid one."""
    spec = load(api)
    examples = message.get("examples") or []
    if examples:
        return dict(examples[0]["payload"])
    return dict(_minimal(spec, message["payload"]))
