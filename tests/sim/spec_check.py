"""Validation of the simulator's REST answers and WS frames against Kalshi's own specs (jsonschema).

The specs are read from ``../shared/specs`` (never copied into the project). OpenAPI 3.0's
``nullable: true`` becomes ``anyOf [schema, null]``; everything else, ``required`` included, is
checked as written. Deliberate wire-truth deviations, each observed on Kalshi's servers
(SIMULATOR.md 1.13, 1.14):

1. Error bodies are nested, ``{"error": {"code", "message", "details"?, "service"?}}``, where the spec
   declares a flat ``ErrorResponse``; the inner object is checked against ``ErrorResponse``. Query
   validation answers ``{"msg": ...}`` and the rate limiter ``{"error": "..."}``, as on the wire.
2. ``cursor: ""`` on the last page (the spec allows any string, so this needs no exception).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

SPECS = Path(__file__).resolve().parents[2] / ".." / "shared" / "specs"


def _convert(node: Any) -> Any:
    if isinstance(node, dict):
        out = {k: _convert(v) for k, v in node.items() if k != "nullable"}
        if node.get("nullable") is True:
            return {"anyOf": [out, {"type": "null"}]}
        return out
    if isinstance(node, list):
        return [_convert(v) for v in node]
    return node


def _load(name: str) -> dict[str, Any]:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load((SPECS / name).read_text())  # type: ignore[no-any-return]


@dataclass
class Tally:
    rest: int = 0
    ws: int = 0
    failures: list[str] = field(default_factory=list)
    operations: set[str] = field(default_factory=set)
    frame_types: set[str] = field(default_factory=set)


class SpecChecker:
    """Validates answers by operation id and frames by ``type``; counts both."""

    def __init__(self) -> None:
        from jsonschema import Draft202012Validator
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        self._validator_cls = Draft202012Validator
        self.openapi = _convert(_load("openapi.yaml"))
        self.asyncapi = _load("asyncapi.yaml")
        self._rest_registry = Registry().with_resource(
            "urn:openapi", Resource.from_contents(self.openapi, default_specification=DRAFT202012)
        )
        self._ws_registry = Registry().with_resource(
            "urn:asyncapi", Resource.from_contents(self.asyncapi, default_specification=DRAFT202012)
        )
        self._responses: dict[tuple[str, str], dict[str, Any]] = {}
        for ops in self.openapi["paths"].values():
            for op in ops.values():
                if isinstance(op, dict) and "operationId" in op:
                    self._responses[(op["operationId"], "")] = op.get("responses", {})
        self.tally = Tally()
        self._cache: dict[str, Any] = {}

    def _validator(self, ref: str, *, ws: bool) -> Any:
        key = ("ws:" if ws else "rest:") + ref
        if key not in self._cache:
            base = "urn:asyncapi" if ws else "urn:openapi"
            schema = {"$ref": f"{base}{ref}"}
            self._cache[key] = self._validator_cls(schema, registry=self._ws_registry if ws else self._rest_registry)
        return self._cache[key]

    def _response_schema(self, operation: str, status: int) -> tuple[str | None, bool]:
        """(JSON pointer of the schema, whether the spec declares a body) for an answer."""
        responses = self._responses[(operation, "")]
        entry = responses.get(str(status))
        if entry is None:
            return None, False
        if "$ref" in entry:
            name = entry["$ref"].split("/")[-1]
            entry = self.openapi["components"]["responses"][name]
            content = entry.get("content", {}).get("application/json")
            if content is None:
                return None, False
            schema = content["schema"]
            if "$ref" in schema:
                return "#" + schema["$ref"][1:], True
            return f"#/components/responses/{name}/content/application~1json/schema", True
        content = entry.get("content", {}).get("application/json")
        if content is None:
            return None, False
        schema = content["schema"]
        if "$ref" in schema:
            return "#" + schema["$ref"][1:], True
        for path, ops in self.openapi["paths"].items():
            for method, op in ops.items():
                if isinstance(op, dict) and op.get("operationId") == operation:
                    escaped = path.replace("~", "~0").replace("/", "~1")
                    return f"#/paths/{escaped}/{method}/responses/{status}/content/application~1json/schema", True
        return None, True

    def check_rest(self, operation: str, status: int, body: bytes) -> None:
        self.tally.rest += 1
        self.tally.operations.add(operation)
        data = json.loads(body) if body else None
        where = f"{operation} {status}"
        if status >= 400:
            self._check_error(where, status, data)
            return
        pointer, declared = self._response_schema(operation, status)
        if not declared:
            if data not in (None, {}):
                self.tally.failures.append(f"{where}: a body where the spec declares none: {str(data)[:200]}")
            return
        if pointer is None:
            self.tally.failures.append(f"{where}: status not in the spec")
            return
        self._validate(where, pointer, data, ws=False)

    def _check_error(self, where: str, status: int, data: Any) -> None:
        if isinstance(data, dict) and set(data) == {"msg"} and isinstance(data["msg"], str):
            return  # query validation, as the wire sends it
        if isinstance(data, dict) and set(data) == {"error"} and isinstance(data["error"], str):
            return  # the rate limiter's body
        inner = data.get("error") if isinstance(data, dict) else None
        target = inner if isinstance(inner, dict) else data
        if (
            not isinstance(target, dict)
            or not isinstance(target.get("code"), str)
            or not isinstance(target.get("message"), str)
        ):
            self.tally.failures.append(f"{where}: error body without code/message: {str(data)[:200]}")
            return
        self._validate(
            where, "#/components/schemas/ErrorResponse", {k: v for k, v in target.items() if k != "service"}, ws=False
        )

    def _validate(self, where: str, pointer: str, data: Any, *, ws: bool) -> None:
        errors = sorted(self._validator(pointer, ws=ws).iter_errors(data), key=lambda e: list(e.absolute_path))
        for err in errors[:3]:
            self.tally.failures.append(f"{where}: {'/'.join(map(str, err.absolute_path))}: {err.message[:200]}")

    _WS_SCHEMAS: ClassVar[dict[str, str]] = {
        "orderbook_snapshot": "orderbookSnapshotPayload",
        "orderbook_delta": "orderbookDeltaPayload",
        "ticker": "tickerPayload",
        "trade": "tradePayload",
        "fill": "fillPayload",
        "user_order": "userOrderPayload",
        "market_position": "marketPositionPayload",
        "order_group_updates": "orderGroupUpdatesPayload",
        "market_lifecycle_v2": "marketLifecycleV2Payload",
        "event_lifecycle": "eventLifecyclePayload",
        "event_fee_update": "eventFeeUpdatePayload",
        "subscribed": "subscribedResponsePayload",
        "unsubscribed": "unsubscribedResponsePayload",
        "error": "errorResponsePayload",
    }

    def check_frame(self, text: str) -> None:
        self.tally.ws += 1
        frame = json.loads(text)
        kind = frame.get("type")
        self.tally.frame_types.add(str(kind))
        if kind == "ok":
            name = "listSubscriptionsResponsePayload" if isinstance(frame.get("msg"), list) else "okResponsePayload"
        else:
            name = self._WS_SCHEMAS.get(kind)  # type: ignore[arg-type]
        if name is None:
            self.tally.failures.append(f"ws {kind}: no schema for this frame type")
            return
        self._validate(f"ws {kind}", f"#/components/schemas/{name}", frame, ws=True)
