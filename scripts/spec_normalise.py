"""Spec normalisation: the documented rewrites applied to Kalshi's OpenAPI specs before generation.

Kalshi's specs are vendored byte for byte and never edited; generated code is never edited either.
Where a spec and the generator (openapi-python-client, pinned) together produce a wrong or ugly
client, the fix is one of the rules below, applied in memory by ``normalise()`` in this order:

0. ``mark_money_fields``: every fixed-point money or count string gets ``format: decimal``, decided by
   the spec: references to fixed-point string components (``FixedPointDollars``/``FixedPointCount``,
   and any string component whose description says it is fixed-point) are inlined with that format;
   string properties get it when the AsyncAPI marks them ``x-rust-serialize-with: ...serde_money...``,
   when their description documents a fixed-point value ("fixed-point", "formatted to 8 decimal
   places", "in dollars", "decimal fraction") or when they are named ``*_dollars``/``*_fp``/``*_fixed``.
   An array of ``[price, count]`` string pairs (``PriceLevelDollarsCountFp``, inline or referenced)
   gets ``format: decimal-levels``. The custom model template types the first as ``Decimal`` and the
   second as ``list[tuple[Decimal, Decimal]]`` (``openapi/templates/model.py.jinja``): prices are never
   floats, and never strings the user must convert at each call site.
1. ``hoist_inline_nullable_objects``: an inline ``type: object`` + ``nullable: true`` property
   becomes a named component ``<Schema><Property>``; otherwise the generator names it
   ``<Schema><Property>Type0`` (e.g. ``EventDataProductMetadataType0``).
2. ``move_component_nullability_to_refs``: a component schema declared ``nullable: true`` loses the
   flag and every ``$ref`` to it becomes nullable instead; otherwise the class is named
   ``<Schema>Type0`` (e.g. ``MarginMarketScheduleType0``).
3. ``wrap_nullable_refs``: ``{$ref: X, nullable: true}`` becomes ``{allOf: [{$ref: X}], nullable: true}``.
   OpenAPI 3.0 ignores siblings of ``$ref`` and so does the generator (openapi-python-client issue
   1243): the field would be typed ``X`` and a ``null`` from the server would crash parsing.
4. ``tag_untagged_operations``: the Klear spec has no tags, which puts all 28 endpoints in one
   ``default`` folder; an untagged operation gets the tag named by ``openapi/normalise.json``
   for its path prefix (``/margin`` -> margin, ``/fcm`` -> fcm).
5. ``rename_schemas``: schema names whose generated class or module reads badly are renamed
   (``GetRFQsResponse`` -> ``GetRFQListResponse``, whose module would be ``get_rf_qs_response``), or
   that users know under another name (``GetAccountApiLimitsResponse`` -> ``AccountApiLimits``, the
   seed's name; ``cfbenchmarksValuePayload`` -> ``CFBenchmarksValueMessage``).
5b. ``name_inline_schemas``: an inline object property becomes a named component (the seed's
   ``CFBenchmarksValuePayload`` is the ``msg`` object inside ``CFBenchmarksValueMessage``).
6. ``relax_response_required``: Kalshi omits fields its spec calls required (``Event.product_metadata``,
   ``EventMetadata.market_details``, ...). Every schema reachable from a response body (and from no
   request) has its ``required`` list moved to ``x-kalshi-required`` and is marked
   ``x-kalshi-response: true``: the template makes it a response model that parses whatever arrives,
   types a required field as its type and raises when a missing one is read
   (``openapi/templates/response_model.py.jinja``). Schemas reachable from request bodies keep
   ``required`` and stay attrs request models: the constructor still demands what the server demands.

7. ``inherit_top_level_security``: an operation without its own ``security`` gets the document's
   (OpenAPI semantics the generator ignores: the Klear spec declares its Bearer scheme only at the
   top, so every Klear endpoint would say it needs no credentials).
8. ``mark_pages``: a response schema with one list of objects (and usually a cursor) is marked
   ``x-kalshi-page``; its model iterates over the list (``types.Page``).
The rule data (money schemas and suffixes, tag prefixes, renames) lives in ``openapi/normalise.json``.
Each rule is a pure function of the spec dict, returns how many places it changed, and is covered by
``tests/regen/test_normalise.py``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

Spec = dict[str, Any]
REF_PREFIX = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    """Yield every mapping inside ``node`` (depth first, document order)."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec.setdefault("components", {}).setdefault("schemas", {})
    return schemas


def operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every ``(path, method, operation)`` of the spec, in document order."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


MONEY_FORMAT = "decimal"
LEVELS_FORMAT = "decimal-levels"


def _level_schema(schema: Any, schemas: dict[str, Any]) -> Any:
    if isinstance(schema, dict) and isinstance(ref := schema.get("$ref"), str) and ref.startswith(REF_PREFIX):
        return schemas.get(ref[len(REF_PREFIX) :], {})
    return schema


def _is_level(schema: Any, schemas: dict[str, Any]) -> bool:
    """A ``[price, count]`` pair of fixed-point strings (``PriceLevelDollarsCountFp`` or the same inline)."""
    schema = _level_schema(schema, schemas)
    if not isinstance(schema, dict) or schema.get("type") != "array":
        return False
    items = schema.get("items")
    return (
        schema.get("minItems") == 2
        and schema.get("maxItems") == 2
        and isinstance(items, dict)
        and items.get("type") == "string"
        and items.get("format") in (None, MONEY_FORMAT)
    )


# What the spec itself says about a money field (the same for every API): the AsyncAPI serializer
# (``x-rust-serialize-with: ws::dto::serde_money::...``) and descriptions of fixed-point values.
MONEY_SERIALIZE_WITH = "::serde_money::"
MONEY_DESCRIPTIONS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (r"fixed[- ]point", r"decimal places", r"\bin (fixed-point )?dollars\b", r"decimal fraction")
)


def mark_money_fields(spec: Spec, money_schemas: list[str], suffixes: list[str]) -> int:
    """Rule 0: ``format: decimal`` on every fixed-point string (see the module docstring).

    ``money_schemas`` and ``suffixes`` come from ``openapi/normalise.json``; the serializer and
    description rules (``MONEY_SERIALIZE_WITH``, ``MONEY_DESCRIPTIONS``) apply to every spec.

    Raises:
        ValueError: a named money schema is missing its ``type: string``.
    """
    schemas = _schemas(spec)
    suffix_tuple = tuple(suffixes)

    def documented(schema: dict[str, Any]) -> bool:
        text = schema.get("description")
        return isinstance(text, str) and any(p.search(text) for p in MONEY_DESCRIPTIONS)

    inline = {name: schemas[name] for name in money_schemas if name in schemas}
    for name, schema in inline.items():
        if schema.get("type") != "string":
            raise ValueError(f"money schema {name} is not a string schema any more")
    # A string component that documents itself as fixed-point is a money type too.
    for name, schema in schemas.items():
        if schema.get("type") == "string" and "enum" not in schema and "format" not in schema and documented(schema):
            inline.setdefault(name, schema)

    def money_ref(node: Any) -> str | None:
        ref = node.get("$ref") if isinstance(node, dict) else None
        name = ref[len(REF_PREFIX) :] if isinstance(ref, str) and ref.startswith(REF_PREFIX) else None
        return name if name in inline else None

    def is_money(name: str, prop: dict[str, Any]) -> bool:
        if prop.get("type") != "string" or "format" in prop or "enum" in prop:
            return False
        rust = prop.get("x-rust-serialize-with")
        by_spec = isinstance(rust, str) and MONEY_SERIALIZE_WITH in rust
        return by_spec or name.endswith(suffix_tuple) or documented(prop)

    changed = 0
    for node in _walk(spec):
        # ``{$ref: FixedPointDollars}`` and ``{allOf: [{$ref: FixedPointDollars}], nullable: true}`` alike
        only = node.get("allOf")
        target = money_ref(only[0]) if isinstance(only, list) and len(only) == 1 else money_ref(node)
        if target is not None:
            siblings = {k: v for k, v in node.items() if k not in ("$ref", "allOf")}
            node.clear()
            node.update({**inline[target], **siblings, "format": MONEY_FORMAT})
            changed += 1
        properties = node.get("properties")
        if isinstance(properties, dict):
            for prop_name, prop in properties.items():
                if not isinstance(prop, dict):
                    continue
                if is_money(prop_name, prop):
                    prop["format"] = MONEY_FORMAT
                    changed += 1
                elif prop.get("type") == "array" and "format" not in prop and _is_level(prop.get("items"), schemas):
                    prop["format"] = LEVELS_FORMAT  # a book side: [[price, count], ...]
                    _level_schema(prop["items"], schemas)["items"]["format"] = MONEY_FORMAT
                    changed += 1
    return changed


def hoist_inline_nullable_objects(spec: Spec) -> int:
    """Rule 1: name inline nullable objects after their schema and property."""
    schemas = _schemas(spec)
    changed = 0
    for schema_name in list(schemas):
        properties = schemas[schema_name].get("properties", {})
        for prop_name, prop in properties.items():
            if not (isinstance(prop, dict) and prop.get("type") == "object" and prop.get("nullable")):
                continue
            new_name = schema_name + _camel(prop_name)
            if new_name in schemas:
                raise ValueError(f"cannot hoist {schema_name}.{prop_name}: schema {new_name} exists")
            hoisted = {k: v for k, v in prop.items() if k not in ("nullable", "x-omitempty")}
            schemas[new_name] = hoisted
            properties[prop_name] = {"$ref": REF_PREFIX + new_name, "nullable": True}
            if "description" in prop:
                properties[prop_name]["description"] = prop["description"]
            changed += 1
    return changed


def move_component_nullability_to_refs(spec: Spec) -> int:
    """Rule 2: a nullable component becomes non-nullable; each reference to it becomes nullable."""
    schemas = _schemas(spec)
    nullable = {name for name, schema in schemas.items() if schema.get("nullable") and "enum" not in schema}
    for name in nullable:
        del schemas[name]["nullable"]
    changed = 0
    for node in _walk(spec):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX) and ref[len(REF_PREFIX) :] in nullable:
            node["nullable"] = True
            changed += 1
    return changed


def wrap_nullable_refs(spec: Spec) -> int:
    """Rule 3: ``{$ref, nullable: true}`` -> ``{allOf: [{$ref}], nullable: true}`` so nullability survives."""
    changed = 0
    for node in _walk(spec):
        if "$ref" in node and node.get("nullable") is True:
            ref = node.pop("$ref")
            node["allOf"] = [{"$ref": ref}]
            changed += 1
    return changed


def tag_untagged_operations(spec: Spec, tag_by_prefix: dict[str, str]) -> int:
    """Rule 4: give each untagged operation the tag of its longest matching path prefix.

    Raises:
        ValueError: an untagged operation matches no prefix (add one to ``openapi/normalise.json``).
    """
    changed = 0
    prefixes = sorted(tag_by_prefix, key=len, reverse=True)
    for path, method, operation in operations(spec):
        if operation.get("tags"):
            continue
        prefix = next((p for p in prefixes if path == p or path.startswith(p.rstrip("/") + "/")), None)
        if prefix is None:
            raise ValueError(f"{method.upper()} {path} has no tag and no prefix in normalise.json names one")
        operation["tags"] = [tag_by_prefix[prefix]]
        changed += 1
    return changed


def rename_schemas(spec: Spec, renames: dict[str, str]) -> int:
    """Rule 5: rename component schemas and every reference to them.

    Raises:
        ValueError: a renamed schema is missing (the rule went stale) or the new name is taken.
    """
    schemas = _schemas(spec)
    for old, new in renames.items():
        if old not in schemas:
            raise ValueError(f"rename {old} -> {new}: {old} is not in the spec any more")
        if new in schemas:
            raise ValueError(f"rename {old} -> {new}: {new} already exists")
    spec["components"]["schemas"] = {renames.get(name, name): schema for name, schema in schemas.items()}
    changed = 0
    for node in _walk(spec):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX) and ref[len(REF_PREFIX) :] in renames:
            node["$ref"] = REF_PREFIX + renames[ref[len(REF_PREFIX) :]]
            changed += 1
    return changed


def inherit_top_level_security(spec: Spec) -> int:
    """Rule 7: copy the document-level ``security`` into operations that declare none."""
    security = spec.get("security")
    if not security:
        return 0
    changed = 0
    for _, _, operation in operations(spec):
        if "security" not in operation:
            operation["security"] = copy.deepcopy(security)
            changed += 1
    return changed


def name_inline_schemas(spec: Spec, names: dict[str, str]) -> int:
    """Rule 5b: ``{"Schema.property": "NewName"}`` moves that inline object into ``components.schemas``.

    Raises:
        ValueError: the schema or property is gone, is a reference already, or the name is taken.
    """
    schemas = _schemas(spec)
    for target, new_name in names.items():
        schema_name, _, prop_name = target.partition(".")
        prop = schemas.get(schema_name, {}).get("properties", {}).get(prop_name)
        if not isinstance(prop, dict) or "$ref" in prop or new_name in schemas:
            raise ValueError(f"cannot name {target} {new_name}: no such inline schema, or the name is taken")
        schemas[new_name] = prop
        schemas[schema_name]["properties"][prop_name] = {"$ref": REF_PREFIX + new_name}
    return len(names)


def _refs_in(node: Any) -> set[str]:
    return {
        ref[len(REF_PREFIX) :]
        for sub in _walk(node)
        if isinstance(ref := sub.get("$ref"), str) and ref.startswith(REF_PREFIX)
    }


def _closure(spec: Spec, roots: set[str]) -> set[str]:
    schemas = _schemas(spec)
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_refs_in(schemas[name]))
    return seen


def resolve(spec: Spec, node: Any) -> Any:
    """Follow ``#/components/<kind>/<name>`` references other than schemas (responses, parameters,
    requestBodies) until a definition; a missing target resolves to ``{}``."""
    while isinstance(node, dict) and isinstance(ref := node.get("$ref"), str) and not ref.startswith(REF_PREFIX):
        _, _, kind, name = ref.split("/", 3)
        node = spec.get("components", {}).get(kind, {}).get(name, {})
    return node


def response_schemas(spec: Spec) -> set[str]:
    """Names of the component schemas reachable from any response body."""
    roots: set[str] = set()
    for _, _, operation in operations(spec):
        for response in operation.get("responses", {}).values():
            roots |= _refs_in(resolve(spec, response).get("content", {}))
    return _closure(spec, roots)


REQUIRED_KEY = "x-kalshi-required"
RESPONSE_KEY = "x-kalshi-response"


def _relax(node: dict[str, Any]) -> int:
    changed = 0
    for sub in _walk(node):
        if isinstance(sub.get("required"), list):
            sub[REQUIRED_KEY] = sub.pop("required")
            changed += len(sub[REQUIRED_KEY])
        if sub.get("type") == "object" or isinstance(sub.get("properties"), dict):
            sub[RESPONSE_KEY] = True
    return changed


def relax_response_required(spec: Spec) -> int:
    """Rule 6: ``required`` lists of schemas (and their inline sub-schemas) that responses reach move
    to ``x-kalshi-required``, and each such object schema gets ``x-kalshi-response: true``."""
    schemas = _schemas(spec)
    changed = 0
    for name in sorted(response_schemas(spec) - request_schemas(spec)):
        changed += _relax(schemas[name])
    # Inline response schemas (not behind a component $ref) are parsed too.
    for _, _, operation in operations(spec):
        for response in operation.get("responses", {}).values():
            changed += _relax(resolve(spec, response).get("content", {}))
    return changed


def request_schemas(spec: Spec) -> set[str]:
    """Names of the component schemas reachable from any request body or parameter."""
    roots: set[str] = set()
    for _, _, operation in operations(spec):
        roots |= _refs_in(resolve(spec, operation.get("requestBody", {})).get("content", {}))
        for parameter in operation.get("parameters", []):
            roots |= _refs_in(resolve(spec, parameter))
    return _closure(spec, roots)


PAGE_KEY = "x-kalshi-page"
CURSOR_FIELDS = ("cursor", "next_cursor")


def _is_object(schema: Any, schemas: dict[str, Any]) -> bool:
    if isinstance(schema, dict) and isinstance(ref := schema.get("$ref"), str) and ref.startswith(REF_PREFIX):
        schema = schemas.get(ref[len(REF_PREFIX) :], {})
    return isinstance(schema, dict) and (schema.get("type") == "object" or isinstance(schema.get("properties"), dict))


def mark_pages(spec: Spec) -> int:
    """Rule 8: a ``...Response`` schema holding one list of objects and a cursor (or nothing else) is a page.

    It gets ``x-kalshi-page: {items: <list field>, cursor: <cursor field or null>}`` and the template
    makes it a ``types.Page``. With several lists, the one named in the schema name wins
    (``GetEventsResponse`` -> ``events``) when the schema has a cursor; otherwise it is no page.
    """
    schemas = _schemas(spec)
    changed = 0
    for name, schema in schemas.items():
        properties = schema.get("properties")
        if not schema.get(RESPONSE_KEY) or not isinstance(properties, dict):
            continue
        lists = [
            key
            for key, prop in properties.items()
            if isinstance(prop, dict) and prop.get("type") == "array" and _is_object(prop.get("items"), schemas)
        ]
        cursor = next(
            (c for c in CURSOR_FIELDS if isinstance(properties.get(c), dict) and properties[c].get("type") == "string"),
            None,
        )
        if len(lists) > 1 and cursor is not None:
            lists = [key for key in lists if key.replace("_", "").lower() in name.lower()]
        if len(lists) == 1 and name.endswith("Response") and (cursor is not None or len(properties) == 1):
            schema[PAGE_KEY] = {"items": lists[0], "cursor": cursor}
            changed += 1
    return changed


def normalise(spec: Spec, rules: dict[str, Any]) -> tuple[Spec, dict[str, int]]:
    """Apply every rule to a copy of ``spec``; return it with the number of changes per rule.

    ``rules`` is this API's section of ``openapi/normalise.json`` (``money``, ``tags_by_path_prefix``,
    ``schema_renames``, ``inline_names``; all optional).

    Raises:
        ValueError: a rule cannot apply (its data went stale against the spec).
    """
    out = copy.deepcopy(spec)
    money = rules.get("money", {})
    counts = {
        "mark_money_fields": mark_money_fields(out, money.get("schemas", []), money.get("suffixes", [])),
        "hoist_inline_nullable_objects": hoist_inline_nullable_objects(out),
        "move_component_nullability_to_refs": move_component_nullability_to_refs(out),
        "wrap_nullable_refs": wrap_nullable_refs(out),
        "tag_untagged_operations": tag_untagged_operations(out, rules.get("tags_by_path_prefix", {})),
        "rename_schemas": rename_schemas(out, rules.get("schema_renames", {})),
        "name_inline_schemas": name_inline_schemas(out, rules.get("inline_names", {})),
        "relax_response_required": relax_response_required(out),
        "inherit_top_level_security": inherit_top_level_security(out),
        "mark_pages": mark_pages(out),
    }
    return out, counts
