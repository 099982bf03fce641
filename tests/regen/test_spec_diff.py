"""spec_diff on a crafted pair of small specs: every kind of change a maintainer must see."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import spec_diff

REF = "#/components/schemas/"

OLD: dict[str, Any] = {
    "openapi": "3.0.0",
    "info": {"title": "t", "version": "1.0.0"},
    "paths": {
        "/markets": {
            "get": {
                "operationId": "GetMarkets",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    {"name": "status", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {200: {"content": {"application/json": {"schema": {"$ref": REF + "Markets"}}}}},
            }
        },
        "/old": {"delete": {"operationId": "DeleteOld", "responses": {204: {"description": "gone"}}}},
    },
    "components": {
        "schemas": {
            "Markets": {
                "type": "object",
                "required": ["markets"],
                "properties": {
                    "markets": {"type": "array", "items": {"$ref": REF + "Market"}},
                    "cursor": {"type": "string"},
                },
            },
            "Market": {
                "type": "object",
                "required": ["ticker", "volume"],
                "properties": {
                    "ticker": {"type": "string"},
                    "volume": {"type": "integer"},
                    "legacy": {"type": "string"},
                },
            },
            "Gone": {"type": "object"},
        }
    },
}


def _new() -> dict[str, Any]:
    new = copy.deepcopy(OLD)
    new["info"]["version"] = "1.1.0"
    get = new["paths"]["/markets"]["get"]
    get["parameters"][0]["required"] = True
    get["parameters"][1]["schema"] = {"type": "string", "enum": ["open", "closed"]}
    get["parameters"].append({"name": "tickers", "in": "query", "required": True, "schema": {"type": "string"}})
    get["responses"][429] = {"description": "slow down"}
    del new["paths"]["/old"]
    new["paths"]["/new"] = {"post": {"operationId": "CreateNew", "responses": {201: {"description": "made"}}}}
    market = new["components"]["schemas"]["Market"]
    market["properties"]["volume"] = {"type": "string", "description": "fixed-point"}
    del market["properties"]["legacy"]
    market["properties"]["volume_fp"] = {"type": "string"}
    market["required"] = ["ticker"]
    new["components"]["schemas"]["Markets"]["required"] = ["markets", "cursor"]
    del new["components"]["schemas"]["Gone"]
    new["components"]["schemas"]["Fresh"] = {"type": "object"}
    return new


def test_identical_specs_have_no_differences() -> None:
    assert spec_diff.diff(OLD, copy.deepcopy(OLD)) == []


def test_every_kind_of_change_is_reported() -> None:
    lines = spec_diff.diff(OLD, _new())
    expected = [
        "info.version: 1.0.0 -> 1.1.0",
        "operation added: POST /new (CreateNew)",
        "operation removed: DELETE /old (DeleteOld)",
        "operation changed: GET /markets",
        "  parameter added: query:tickers (required)",
        "  parameter query:limit: required False -> True",
        "  parameter query:status: string -> string{open,closed}",
        "  response added: 429",
        "schema added: Fresh",
        "schema removed: Gone",
        "schema changed: Market",
        "  property added: volume_fp: string",
        "  property removed: legacy",
        "  property retyped: volume: integer -> string",
        "  property volume: no longer required",
        "schema changed: Markets",
        "  property cursor: now required",
    ]
    assert lines == expected


def test_type_descriptions() -> None:
    assert spec_diff.type_of({"$ref": REF + "Market", "nullable": True}) == "Market?"
    assert spec_diff.type_of({"allOf": [{"$ref": REF + "X"}]}) == "X"
    assert spec_diff.type_of({"type": "string", "format": "date-time"}) == "string(date-time)"
    assert spec_diff.type_of({"type": "array", "items": {"$ref": REF + "Order"}}) == "array[Order]"


def test_cli_reads_files_and_sets_the_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.yaml"
    old.write_text(json.dumps(OLD))
    new.write_text(json.dumps(_new()))  # JSON is YAML too
    assert spec_diff.main([str(old), str(new)]) == 0
    assert spec_diff.main([str(old), str(new), "--exit-code"]) == 1
    assert spec_diff.main([str(old), str(old), "--exit-code"]) == 0
    assert "operation removed: DELETE /old (DeleteOld)" in capsys.readouterr().out
