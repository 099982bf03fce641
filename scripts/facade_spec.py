"""What the spec says about each parameter and body field, as one line of docstring text.

The generated endpoint docstrings carry a description at best; users also need the limits, the
default, the allowed values and the unit (dollars or contracts for Kalshi's fixed-point strings).
``operation_docs`` reads them from the (un-normalised) spec, keyed like the facade's operations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
REF = "#/components/"
# Kalshi's fixed-point string schemas and the unit a reader needs to know.
UNITS = {
    "FixedPointDollars": "dollars as a decimal string or Decimal (e.g. '0.5600'; never float)",
    "FixedPointCount": "contracts as a decimal string, Decimal or int (e.g. '10.00'; never float)",
}
_MAX_ENUM_LISTED = 8


@dataclass
class OperationDocs:
    """Doc text per parameter name and per request-body field name of one operation."""

    params: dict[str, str] = field(default_factory=dict)
    body: dict[str, str] = field(default_factory=dict)


def snake(name: str) -> str:
    """The Python name the generator gives a spec name (``minTs`` -> ``min_ts``)."""
    name = re.sub(r"[^0-9A-Za-z_]", "_", name)
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _follow(spec: dict[str, Any], node: Any) -> tuple[dict[str, Any], str | None]:
    """Resolve ``$ref`` (and a one-element ``allOf``) to the definition; return it and the schema name."""
    name = None
    for _ in range(20):
        if not isinstance(node, dict):
            return {}, name
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF):
            kind, ref_name = ref[len(REF) :].split("/", 1)
            if kind == "schemas":
                name = ref_name
            node = spec.get("components", {}).get(kind, {}).get(ref_name, {})
            continue
        all_of = node.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1 and not node.get("properties"):
            inner, inner_name = _follow(spec, all_of[0])
            merged = {**inner, **{k: v for k, v in node.items() if k != "allOf"}}
            return merged, inner_name or name
        return node, name
    return {}, name


def _clean(text: str) -> str:
    return " ".join(str(text).split()).strip()


def describe(spec: dict[str, Any], schema: Any, description: str | None = None) -> str:
    """One line: description, unit, allowed values, limits and default of ``schema``."""
    own = schema if isinstance(schema, dict) else {}
    resolved, name = _follow(spec, schema)
    parts: list[str] = []
    text = _clean(description or own.get("description") or resolved.get("description") or "")
    if text:
        parts.append(text if text.endswith((".", ".)", "!", "?")) else text + ".")
    if name in UNITS:
        parts.append(f"Unit: {UNITS[name]}.")
    items = resolved.get("items")
    target = _follow(spec, items)[0] if resolved.get("type") == "array" and items else resolved
    enum = target.get("enum")
    if isinstance(enum, list) and 0 < len(enum) <= _MAX_ENUM_LISTED:
        parts.append("One of " + ", ".join(repr(v) for v in enum) + ".")
    limits = []
    for key, label in (("minimum", ">="), ("maximum", "<="), ("minLength", "length >="), ("maxLength", "length <=")):
        value = resolved.get(key, own.get(key))
        if value is not None:
            limits.append(f"{label} {value}")
    for key, label in (("minItems", "at least"), ("maxItems", "at most")):
        value = resolved.get(key, own.get(key))
        if value is not None:
            limits.append(f"{label} {value} items")
    if limits:
        parts.append("Limits: " + ", ".join(limits) + ".")
    default = own.get("default", resolved.get("default"))
    if default is not None:
        parts.append(f"Default (server side): {default!r}.")
    return " ".join(parts)


def _body_schema(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    body, _ = _follow(spec, operation.get("requestBody", {}))
    media = body.get("content", {}).get("application/json", {})
    schema, _ = _follow(spec, media.get("schema", {}))
    return schema


def operation_docs(spec: dict[str, Any]) -> dict[tuple[str, str], OperationDocs]:
    """``(METHOD, path)`` -> the doc text of every parameter and body field of that operation."""
    out: dict[tuple[str, str], OperationDocs] = {}
    for path, item in spec.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            docs = OperationDocs()
            for raw in [*shared, *operation.get("parameters", [])]:
                param, _ = _follow(spec, raw)
                if "name" in param:
                    docs.params[snake(param["name"])] = describe(
                        spec, param.get("schema", {}), param.get("description")
                    )
            schema = _body_schema(spec, operation)
            for prop, prop_schema in schema.get("properties", {}).items():
                docs.body[snake(prop)] = describe(spec, prop_schema)
            out[(method.upper(), path)] = docs
    return out
