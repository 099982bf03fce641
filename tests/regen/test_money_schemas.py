"""Every fixed-point field of the five specs is a Decimal field of its generated model.

The rules are applied here to the raw specs, independently of ``spec_normalise``: a string property
is money when the AsyncAPI serializes it with ``serde_money``, when it is (or references) the
``FixedPointDollars``/``FixedPointCount`` types, when its description documents a fixed-point value
("fixed-point", "N decimal places", "in dollars", "decimal fraction") or when it is named
``*_dollars``/``*_fp``/``*_fixed``; an array of ``[price, count]`` pairs is an order-book side. The
test then finds the generated class of every schema and checks the field.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import asyncapi_models
import attrs
import pytest
from regenerate import APIS, OPENAPI_DIR, load_spec
from spec_lock import DEFAULT_SPEC_DIR

REF = "#/components/schemas/"
MONEY_TYPES = {"FixedPointDollars", "FixedPointCount"}
DESCRIPTIONS = re.compile(r"fixed[- ]point|decimal places|\bin (fixed-point )?dollars\b|decimal fraction", re.I)
SUFFIXES = ("_dollars", "_fp", "_fixed")
SECTIONS = {
    key: section
    for key, section in json.loads((OPENAPI_DIR / "normalise.json").read_text(encoding="utf-8")).items()
    if isinstance(section, dict)
}


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def _target(schema: Any, schemas: dict[str, Any]) -> Any:
    if isinstance(schema, dict) and len(schema.get("allOf", [])) == 1:
        schema = schema["allOf"][0]
    if isinstance(schema, dict) and str(schema.get("$ref", "")).startswith(REF):
        return schema["$ref"][len(REF) :]
    return None


def _kind(name: str, prop: dict[str, Any], schemas: dict[str, Any]) -> str | None:
    """'decimal', 'levels' or None for a property of a raw spec."""
    ref = _target(prop, schemas)
    if ref in MONEY_TYPES:
        return "decimal"
    resolved = schemas.get(ref, {}) if ref else prop
    if resolved.get("type") == "array":
        items = resolved.get("items", {})
        item = schemas.get(_target(items, schemas) or "", items)
        pair = item.get("type") == "array" and item.get("minItems") == item.get("maxItems") == 2
        if pair and item.get("items", {}).get("type") == "string":
            return "levels"
    if resolved.get("type") != "string" or "enum" in resolved or "format" in resolved:
        return None
    money = (
        "serde_money" in str(prop.get("x-rust-serialize-with", ""))
        or bool(DESCRIPTIONS.search(str(prop.get("description", ""))))
        or name.endswith(SUFFIXES)
    )
    return "decimal" if money else None


def _money_fields(spec: dict[str, Any], section: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(class name, property name, kind) of every money property, inline objects named as the generator does."""
    schemas = spec.get("components", {}).get("schemas", {})
    renames = section.get("schema_renames", {})
    inline = {
        f"{_pascal(k.split('.')[0])}.{k.split('.')[1]}": _pascal(v) for k, v in section.get("inline_names", {}).items()
    }
    found: list[tuple[str, str, str]] = []

    def visit(class_name: str, schema: dict[str, Any]) -> None:
        for prop_name, prop in (schema.get("properties") or {}).items():
            if not isinstance(prop, dict):
                continue
            kind = _kind(prop_name, prop, schemas)
            if kind:
                found.append((class_name, prop_name, kind))
            elif "properties" in prop:
                visit(inline.get(f"{class_name}.{prop_name}", class_name + _pascal(prop_name)), prop)
            elif isinstance(prop.get("items"), dict) and "properties" in prop["items"]:
                visit(class_name + _pascal(prop_name) + "Item", prop["items"])

    for name, schema in schemas.items():
        if isinstance(schema, dict):
            visit(_pascal(renames.get(name, name)), schema)
    return found


def _is_decimal(cls: type, prop_name: str, kind: str) -> bool:
    if hasattr(cls, "fields"):  # a response model: a Decimal (or levels) field
        by_key = {f.key: f for f in cls.fields()}
        return prop_name in by_key and by_key[prop_name].kind == kind
    annotation = {a.name: a for a in attrs.fields(cls)}.get(prop_name) or next(
        (a for a in attrs.fields(cls) if a.name.rstrip("_") == prop_name), None
    )
    return annotation is not None and "Decimal" in str(annotation.type)


@pytest.mark.parametrize("api", APIS, ids=lambda api: api.spec)
def test_every_fixed_point_field_is_a_decimal_field(api: Any) -> None:
    spec = load_spec(Path(DEFAULT_SPEC_DIR) / api.spec)
    if api.asyncapi:
        spec = asyncapi_models.synthetic_openapi(spec)
    models = importlib.import_module(f"{api.package}.models")
    fields = _money_fields(spec, SECTIONS.get(api.key, {}))
    missing, wrong = [], []
    for class_name, prop_name, kind in fields:
        cls = getattr(models, class_name, None)
        if cls is None:
            missing.append(class_name)
        elif not _is_decimal(cls, prop_name, kind):
            wrong.append(f"{class_name}.{prop_name} ({kind})")
    decimals = sum(1 for f in fields if f[2] == "decimal")
    levels = len(fields) - decimals
    print(f"\n{api.spec}: {decimals} fixed-point fields and {levels} price-level fields, all Decimal")
    assert not wrong
    assert not missing, sorted(set(missing))[:10]
    assert decimals > 10
