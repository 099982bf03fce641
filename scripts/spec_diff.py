"""Say what changed between two versions of an OpenAPI spec, before the new one is accepted.

    python scripts/spec_diff.py OLD.yaml NEW.yaml [--exit-code]

Prints operations added/removed/changed (parameters, request body, response codes), schemas
added/removed, and per schema the properties added/removed/retyped and required-ness changes.
Kalshi edits its specs without bumping ``info.version``; this is what a maintainer reads before
running ``scripts/regenerate.py --update-lock``. With ``--exit-code`` the status is 1 when the specs differ.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from spec_normalise import REF_PREFIX, operations, resolve


def type_of(schema: Any) -> str:
    """A short, comparable description of a schema's type: ``string(date-time)``, ``Market``, ``array[Order]``..."""
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        text = str(schema["$ref"]).removeprefix(REF_PREFIX)
    elif "allOf" in schema or "anyOf" in schema or "oneOf" in schema:
        key = next(k for k in ("allOf", "anyOf", "oneOf") if k in schema)
        parts = [type_of(part) for part in schema[key]]
        text = parts[0] if key == "allOf" and len(parts) == 1 else f"{key}[{', '.join(parts)}]"
    elif schema.get("type") == "array":
        text = f"array[{type_of(schema.get('items'))}]"
    else:
        text = str(schema.get("type", "object" if "properties" in schema else "any"))
        if "format" in schema:
            text += f"({schema['format']})"
        if "enum" in schema:
            text += "{" + ",".join(map(str, schema["enum"])) + "}"
    return text + ("?" if schema.get("nullable") else "")


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f"{method.upper()} {path}": operation for path, method, operation in operations(spec)}


def _param_key(param: dict[str, Any]) -> str:
    return f"{param.get('in')}:{param.get('name')}"


def _json_schema(body_or_response: Any) -> str:
    return type_of(body_or_response.get("content", {}).get("application/json", {}).get("schema"))


def _operation_changes(old_spec: dict[str, Any], new_spec: dict[str, Any], old: Any, new: Any) -> list[str]:
    changes = []
    old_params = {_param_key(p := resolve(old_spec, raw)): p for raw in old.get("parameters", [])}
    new_params = {_param_key(p := resolve(new_spec, raw)): p for raw in new.get("parameters", [])}
    changes += [
        f"parameter added: {k}{' (required)' if new_params[k].get('required') else ''}"
        for k in sorted(new_params.keys() - old_params.keys())
    ]
    changes += [f"parameter removed: {k}" for k in sorted(old_params.keys() - new_params.keys())]
    for key in sorted(old_params.keys() & new_params.keys()):
        before, after = old_params[key], new_params[key]
        if bool(before.get("required")) != bool(after.get("required")):
            changes.append(f"parameter {key}: required {bool(before.get('required'))} -> {bool(after.get('required'))}")
        if type_of(before.get("schema")) != type_of(after.get("schema")):
            changes.append(f"parameter {key}: {type_of(before.get('schema'))} -> {type_of(after.get('schema'))}")
    old_body = _json_schema(resolve(old_spec, old.get("requestBody", {})))
    new_body = _json_schema(resolve(new_spec, new.get("requestBody", {})))
    if old_body != new_body:
        changes.append(f"request body: {old_body} -> {new_body}")
    old_responses = {str(code): resolve(old_spec, r) for code, r in old.get("responses", {}).items()}
    new_responses = {str(code): resolve(new_spec, r) for code, r in new.get("responses", {}).items()}
    changes += [f"response added: {code}" for code in sorted(new_responses.keys() - old_responses.keys())]
    changes += [f"response removed: {code}" for code in sorted(old_responses.keys() - new_responses.keys())]
    for code in sorted(old_responses.keys() & new_responses.keys()):
        before, after = _json_schema(old_responses[code]), _json_schema(new_responses[code])
        if before != after:
            changes.append(f"response {code}: {before} -> {after}")
    if old.get("security") != new.get("security"):
        changes.append("security changed")
    return changes


def _schema_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    changes = []
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    old_req, new_req = set(old.get("required", [])), set(new.get("required", []))
    changes += [
        f"property added: {p}: {type_of(new_props[p])}{' (required)' if p in new_req else ''}"
        for p in sorted(new_props.keys() - old_props.keys())
    ]
    changes += [f"property removed: {p}" for p in sorted(old_props.keys() - new_props.keys())]
    for prop in sorted(old_props.keys() & new_props.keys()):
        if type_of(old_props[prop]) != type_of(new_props[prop]):
            changes.append(f"property retyped: {prop}: {type_of(old_props[prop])} -> {type_of(new_props[prop])}")
    for prop in sorted((old_req ^ new_req) & (old_props.keys() & new_props.keys())):
        changes.append(f"property {prop}: {'now required' if prop in new_req else 'no longer required'}")
    if not old_props and not new_props and type_of(old) != type_of(new):
        changes.append(f"retyped: {type_of(old)} -> {type_of(new)}")
    return changes


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Report lines for every difference that matters to generated code, empty when none."""
    lines: list[str] = []
    if old.get("info", {}).get("version") != new.get("info", {}).get("version"):
        lines.append(f"info.version: {old.get('info', {}).get('version')} -> {new.get('info', {}).get('version')}")
    old_ops, new_ops = _operations(old), _operations(new)
    lines += [
        f"operation added: {k} ({new_ops[k].get('operationId')})" for k in sorted(new_ops.keys() - old_ops.keys())
    ]
    lines += [
        f"operation removed: {k} ({old_ops[k].get('operationId')})" for k in sorted(old_ops.keys() - new_ops.keys())
    ]
    for key in sorted(old_ops.keys() & new_ops.keys()):
        changes = _operation_changes(old, new, old_ops[key], new_ops[key])
        if changes:
            lines.append(f"operation changed: {key}")
            lines += [f"  {change}" for change in changes]
    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    lines += [f"schema added: {s}" for s in sorted(new_schemas.keys() - old_schemas.keys())]
    lines += [f"schema removed: {s}" for s in sorted(old_schemas.keys() - new_schemas.keys())]
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        changes = _schema_changes(old_schemas[name], new_schemas[name])
        if changes:
            lines.append(f"schema changed: {name}")
            lines += [f"  {change}" for change in changes]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--exit-code", action="store_true", help="exit 1 when the specs differ")
    args = parser.parse_args(argv)
    from regenerate import load_spec

    lines = diff(load_spec(args.old), load_spec(args.new))
    print("\n".join(lines) if lines else "no differences that affect generated code")
    return 1 if lines and args.exit_code else 0


if __name__ == "__main__":
    sys.exit(main())
