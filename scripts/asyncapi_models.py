"""Turn an AsyncAPI spec's message schemas into a synthetic OpenAPI document for the model generator.

The WebSocket message payloads are JSON schemas in ``components.schemas`` of ``asyncapi.yaml`` and
``perps_asyncapi.yaml``. Both use ``#/components/schemas/...`` references, so the schemas carry over
unchanged. Each JSON message becomes a synthetic operation: commands (client -> server, message names
ending in ``Command``) as request bodies, everything else (server -> client) as responses. That lets the
REST normalisation rules apply as they are: in particular server messages lose their ``required``
lists (Kalshi's frames omit fields too) while commands keep theirs. The synthetic paths are dropped
before generation, so the generated package has models and no endpoint modules (the generator still
writes its unused ``client.py``; nothing imports it).

AsyncAPI 3 payloads are JSON Schema, not OpenAPI 3.0 schemas: ``type: [string, "null"]`` becomes
``type: string, nullable: true``, an ``enum`` keeping its ``null`` (``json_schema_nulls``); otherwise the generator
makes a union of ``...Type1``/``...Type2Type1`` classes out of it.
"""

from __future__ import annotations

import copy
from typing import Any

from spec_normalise import REF_PREFIX, _walk

Spec = dict[str, Any]


def json_schema_nulls(spec: Spec) -> int:
    """``type: [T, "null"]`` -> ``type: T, nullable: true`` (an ``enum`` lists ``null``). Returns changes.

    Raises:
        ValueError: a type list that is not exactly one type plus ``"null"``.
    """
    changed = 0
    for node in _walk(spec):
        kind = node.get("type")
        if not isinstance(kind, list):
            continue
        others = [t for t in kind if t != "null"]
        if len(others) != 1 or len(kind) != 2:
            raise ValueError(f"cannot express type {kind} in OpenAPI 3.0")
        node["type"] = others[0]
        node["nullable"] = True
        if isinstance(node.get("enum"), list) and None not in node["enum"]:
            node["enum"].append(None)  # OpenAPI 3.0.3: a nullable enum lists null, or null is refused
        changed += 1
    return changed


def _json_payload_ref(message: dict[str, Any]) -> str | None:
    payload = message.get("payload", {})
    if message.get("contentType", "application/json") != "application/json":
        return None  # ping/pong control frames carry no JSON
    ref = payload.get("$ref") if isinstance(payload, dict) else None
    return ref if isinstance(ref, str) and ref.startswith(REF_PREFIX) else None


def synthetic_openapi(asyncapi: Spec) -> Spec:
    """An OpenAPI 3.0 document whose component schemas are the AsyncAPI's and whose paths mark direction.

    Raises:
        ValueError: a JSON message's payload is not a reference to a component schema.
    """
    components = asyncapi.get("components", {})
    paths: dict[str, Any] = {}
    for name, message in sorted(components.get("messages", {}).items()):
        ref = _json_payload_ref(message)
        if ref is None:
            if message.get("contentType", "application/json") == "application/json":
                raise ValueError(f"message {name}: JSON payload is not a $ref to components.schemas")
            continue
        content = {"application/json": {"schema": {"$ref": ref}}}
        if name.endswith("Command"):
            operation = {
                "tags": ["commands"],
                "requestBody": {"content": content},
                "responses": {"204": {"description": "sent"}},
            }
            paths[f"/{name}"] = {"post": operation}
        else:
            response = {"200": {"description": "received", "content": content}}
            paths[f"/{name}"] = {"get": {"tags": ["messages"], "responses": response}}
    schemas = copy.deepcopy(components.get("schemas", {}))
    json_schema_nulls(schemas)
    return {
        "openapi": "3.0.3",
        "info": {"title": asyncapi.get("info", {}).get("title", "WebSocket"), "version": asyncapi["info"]["version"]},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def drop_paths(spec: Spec) -> Spec:
    """The generator then emits models only (every component schema), no endpoint modules."""
    return {**spec, "paths": {}}
