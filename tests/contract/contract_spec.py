"""The three REST specs as the contract tests see them: every operation, its facade method, and
realistic argument values built from each parameter's and body's schema.

Operations come from the specs themselves (the judge), not from our naming map, so an operation the
facade lacks shows up as "left out". Values are chosen per parameter name where the schema alone
would give something unrealistic (a ticker that looks like a ticker, timestamps in order), and
otherwise from the schema (its example, its first enum value, its format, its bounds).
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
SPEC_FILES = {"trade": "openapi.yaml", "perps": "perps_openapi.yaml", "klear": "perps_scm_openapi.yaml"}
API_LABELS = {"trade": "Trade", "perps": "Perps", "klear": "Klear"}
PACKAGES = {"trade": "kalshi_trade_api", "perps": "kalshi_perps_api", "klear": "kalshi_klear_api"}
PATH_PREFIX = {"trade": "/trade-api/v2", "perps": "/trade-api/v2", "klear": "/klear-api/v1"}
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def spec_dir() -> Path:
    """``$KALSHI_SPEC_DIR``, else ``../shared/specs`` beside the project (as scripts/regenerate.py)."""
    env = os.environ.get("KALSHI_SPEC_DIR")
    return Path(env).expanduser().resolve() if env else ROOT.parent / "shared" / "specs"


@cache
def load_spec(api: str) -> dict[str, Any]:
    # ruamel, YAML 1.2, as the generator reads them: `yes`/`no` stay strings.
    loaded: dict[str, Any] = YAML(typ="safe", pure=True).load((spec_dir() / SPEC_FILES[api]).read_bytes())
    return loaded


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow ``$ref`` until a non-reference node."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # path | query | header
    required: bool
    schema: dict[str, Any]
    deprecated: bool = False


@dataclass(frozen=True)
class Operation:
    """One REST operation of one spec, joined with its facade method name."""

    api: str
    method: str  # upper case
    path: str  # template, without the base path
    operation_id: str
    facade_name: str | None  # "markets.list"; None when openapi/operations.tsv has no row
    params: tuple[Param, ...]
    body_schema: dict[str, Any] | None
    body_required: bool
    success_code: int
    success_schema: str | None  # component name of the success body; None for an empty success
    auth: str | None  # "signature", "bearer" or None (public)
    summary: str = ""
    spec: dict[str, Any] = field(default_factory=dict, repr=False, compare=False, hash=False)

    @property
    def key(self) -> str:
        """Unique across the three APIs (Trade and Perps share operation ids)."""
        return f"{self.api}:{self.operation_id}"

    @property
    def query_names(self) -> frozenset[str]:
        return frozenset(p.name for p in self.params if p.location == "query")

    def __str__(self) -> str:
        return f"{self.api} {self.method} {self.path} ({self.operation_id})"


def _facade_names() -> dict[tuple[str, str, str], str]:
    names: dict[tuple[str, str, str], str] = {}
    for line in (ROOT / "openapi" / "operations.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("api\t"):
            continue
        api, method, path, _op_id, name, *_ = line.split("\t")
        names[(api, method.upper(), path)] = name
    return names


def _auth_kind(spec: dict[str, Any], op: dict[str, Any]) -> str | None:
    requirements = op.get("security", spec.get("security")) or []
    schemes = spec.get("components", {}).get("securitySchemes", {})
    kinds: set[str] = set()
    for requirement in requirements:
        for name in requirement:
            scheme = schemes.get(name, {})
            kinds.add("signature" if scheme.get("type") == "apiKey" else "bearer")
    # Trade/Perps list the signature headers first and a partner OAuth token as an alternative:
    # the SDK signs, so "signature" wins when both are offered.
    if "signature" in kinds:
        return "signature"
    return "bearer" if kinds else None


@cache
def operations() -> tuple[Operation, ...]:
    """Every operation of the three specs, in spec order."""
    names = _facade_names()
    found: list[Operation] = []
    for api in SPEC_FILES:
        spec = load_spec(api)
        renames: dict[str, str] = _schema_renames(api)
        for path, item in spec["paths"].items():
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                params = []
                for raw in [*shared, *op.get("parameters", [])]:
                    p = resolve(spec, raw)
                    schema = resolve(spec, p.get("schema", {}))
                    params.append(Param(p["name"], p["in"], bool(p.get("required")), schema, bool(p.get("deprecated"))))
                body = resolve(spec, op.get("requestBody")) if op.get("requestBody") else None
                body_schema = body["content"]["application/json"]["schema"] if body else None
                codes = sorted(int(c) for c in op["responses"] if str(c).startswith("2"))
                success = resolve(spec, op["responses"].get(str(codes[0]), {}))
                content = (success.get("content") or {}).get("application/json")
                schema_name = None
                if content is not None:
                    ref = content["schema"].get("$ref", "")
                    schema_name = renames.get(ref.rsplit("/", 1)[-1], ref.rsplit("/", 1)[-1]) or "<inline>"
                found.append(
                    Operation(
                        api=api,
                        method=method.upper(),
                        path=path,
                        operation_id=op["operationId"],
                        facade_name=names.get((api, method.upper(), path)),
                        params=tuple(params),
                        body_schema=body_schema,
                        body_required=bool(body and body.get("required")),
                        success_code=codes[0],
                        success_schema=schema_name,
                        auth=_auth_kind(spec, op),
                        summary=op.get("summary", ""),
                        spec=spec,
                    )
                )
    return tuple(found)


def _schema_renames(api: str) -> dict[str, str]:
    import json

    rules = json.loads((ROOT / "openapi" / "normalise.json").read_text(encoding="utf-8"))
    renames: dict[str, str] = rules.get(api, {}).get("schema_renames", {})
    return renames


# ---------------------------------------------------------------------------------------------
# Values

#: 2026-01-15T00:00:00Z and one day later: a realistic window, start before end.
START_TS = 1768435200
END_TS = START_TS + 86_400
_TICKERS = {"trade": "KXHIGHNY-26JAN15-B52.5", "perps": "KXBTCPERP", "klear": "KXBTCPERP"}

#: Parameter or property name -> a realistic value, for strings whose schema says only "string".
_BY_NAME: dict[str, Any] = {
    "event_ticker": "KXHIGHNY-26JAN15",
    "related_event_ticker": "KXHIGHNY-26JAN15",
    "associated_event_ticker": "KXHIGHNY-26JAN15",
    "series_ticker": "KXHIGHNY",
    "collection_ticker": "KXMVESPORTSMULTIGAMEEXTENDED",
    "market_tickers": "KXHIGHNY-26JAN15-B52.5,KXHIGHNY-26JAN15-B54.5",
    "category": "Climate and Weather",
    "tags": "Weather",
    "city": "NY",
    "range": "1d",
    "count_filter": "position",
    "cursor": "CgsI8LuYvwYQ2JnHOhIGS1hISUdI",
    "aggregation_tick_size": "0.01",
    "incentive_description": "liquidity",
    "name": "contract-test-bot",
    "subtrader_suffix": "desk1",
    "min_ts": START_TS,
    "max_ts": END_TS,
    "start_ts": START_TS,
    "end_ts": END_TS,
    "from": START_TS,
    "to": END_TS,
    "last_sec": 3600,
    "expiration_ts": END_TS,
    "start_date": "2026-01-01",
    "end_date": "2026-01-31",
    "subaccount": 1,
    "from_subaccount": 0,
    "to_subaccount": 1,
    "subaccount_number": 1,
    "exchange_index": 0,
}


def stable_uuid(name: str) -> str:
    """A fixed UUID per name, so runs are repeatable and ids differ between fields."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"kalshi-ext-contract/{name}"))


def _is_id(name: str) -> bool:
    return name == "id" or name.endswith("_id") or name == "api_key"


def merge_all_of(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """``allOf`` flattened into one schema (properties and required lists merged)."""
    schema = resolve(spec, schema)
    if "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for raw_part in schema["allOf"]:
        for key, value in merge_all_of(spec, raw_part).items():
            if key == "properties":
                merged.setdefault("properties", {}).update(value)
            elif key == "required":
                merged["required"] = [*merged.get("required", []), *value]
            else:
                merged.setdefault(key, value)
    return merged


def example_value(spec: dict[str, Any], schema: dict[str, Any], name: str = "", api: str = "trade") -> Any:
    """A realistic, schema-valid value for ``schema`` (request side: read-only properties left out)."""
    schema = merge_all_of(spec, schema)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return example_value(spec, schema[key][0], name, api)
    if "example" in schema and not isinstance(schema["example"], (dict, list)):
        return schema["example"]
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    kind = schema.get("type") or ("object" if "properties" in schema else "string")
    if kind == "object":
        return _object_value(spec, schema, api)
    if kind == "array":
        count = max(1, schema.get("minItems", 1))
        items = schema.get("items", {})
        if name in ("tickers", "market_tickers"):
            return [_TICKERS[api], "KXHIGHNY-26JAN15-B54.5"][: max(count, 2)]
        singular = name[:-1] if name.endswith("s") else name
        return [example_value(spec, items, singular, api) for _ in range(count)]
    if kind == "boolean":
        return True
    if kind in ("integer", "number"):
        return _number(schema, name, kind)
    return _string(schema, name, api)


def _object_value(spec: dict[str, Any], schema: dict[str, Any], api: str) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for prop, sub in schema.get("properties", {}).items():
        sub_resolved = merge_all_of(spec, sub)
        if sub_resolved.get("readOnly"):
            continue
        value[prop] = example_value(spec, sub, prop, api)
    whole = schema.get("example")
    if isinstance(whole, dict):
        # The spec's own example of the whole body wins where it says something.
        value.update(whole)
    return value


def _number(schema: dict[str, Any], name: str, kind: str) -> int | float:
    low = schema.get("minimum")
    high = schema.get("maximum")
    if name in _BY_NAME and isinstance(_BY_NAME[name], int):
        wanted: float = _BY_NAME[name]
    elif name in ("limit", "page_size"):
        wanted = 50
    elif name == "depth":
        wanted = 10
    elif name.endswith("_ts"):
        wanted = START_TS
    else:
        wanted = 5
    if low is not None:
        wanted = max(wanted, low)
    if high is not None:
        wanted = min(wanted, high)
    return int(wanted) if kind == "integer" else float(wanted)


def _string(schema: dict[str, Any], name: str, api: str) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        return "2026-01-15T14:00:00Z"
    if fmt == "date":
        return str(_BY_NAME.get(name, "2026-01-15"))
    if fmt == "uuid":
        return stable_uuid(name)
    if name in ("ticker", "market_ticker"):
        return _TICKERS[api]
    if name in _BY_NAME and isinstance(_BY_NAME[name], str):
        return str(_BY_NAME[name])
    if (
        name.endswith("_dollars")
        or name in ("price", "amount", "amount_dollars")
        or "Dollars" in str(schema.get("title", ""))
    ):
        return "0.5600"
    if name.endswith("_fp") or name in ("count",):
        return "10.00"
    if _is_id(name) or name.endswith("_ids"):
        return stable_uuid(name)
    # No pattern handling: the three patterns in the specs are met by the values above, and a new
    # one that is not shows up as a Prism violation rather than being papered over here.
    return f"{name or 'value'}-1"
