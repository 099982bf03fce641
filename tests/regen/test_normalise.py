"""Each normalisation rule on a crafted spec, then its effect on Kalshi's real specs."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import spec_normalise as sn
from regenerate import load_spec
from spec_lock import DEFAULT_SPEC_DIR

REF = "#/components/schemas/"


def _spec(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.0.0", "paths": paths or {}, "components": {"schemas": schemas}}


def _get(response_schema: str, request_schema: str | None = None) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "responses": {"200": {"content": {"application/json": {"schema": {"$ref": REF + response_schema}}}}}
    }
    if request_schema:
        operation["requestBody"] = {"content": {"application/json": {"schema": {"$ref": REF + request_schema}}}}
    return operation


def test_wrap_nullable_refs_keeps_nullability_and_siblings() -> None:
    spec = _spec({"A": {"properties": {"x": {"$ref": REF + "B", "nullable": True, "description": "d"}}}, "B": {}})
    assert sn.wrap_nullable_refs(spec) == 1
    assert spec["components"]["schemas"]["A"]["properties"]["x"] == {
        "allOf": [{"$ref": REF + "B"}],
        "nullable": True,
        "description": "d",
    }


def test_wrap_nullable_refs_leaves_plain_refs() -> None:
    spec = _spec({"A": {"properties": {"x": {"$ref": REF + "B"}}}, "B": {}})
    assert sn.wrap_nullable_refs(spec) == 0
    assert spec["components"]["schemas"]["A"]["properties"]["x"] == {"$ref": REF + "B"}


def test_hoist_inline_nullable_object_gets_a_named_component() -> None:
    spec = _spec({"Event": {"properties": {"product_metadata": {"type": "object", "nullable": True}}}})
    assert sn.hoist_inline_nullable_objects(spec) == 1
    schemas = spec["components"]["schemas"]
    assert schemas["EventProductMetadata"] == {"type": "object"}
    assert schemas["Event"]["properties"]["product_metadata"] == {
        "$ref": REF + "EventProductMetadata",
        "nullable": True,
    }


def test_hoist_refuses_to_overwrite_an_existing_schema() -> None:
    spec = _spec({"Event": {"properties": {"meta": {"type": "object", "nullable": True}}}, "EventMeta": {}})
    with pytest.raises(ValueError, match="EventMeta exists"):
        sn.hoist_inline_nullable_objects(spec)


def test_component_nullability_moves_to_every_reference() -> None:
    spec = _spec(
        {
            "Schedule": {"type": "object", "nullable": True, "properties": {"is_open": {"type": "boolean"}}},
            "Market": {"properties": {"schedule": {"$ref": REF + "Schedule"}}},
            "Other": {"properties": {"items": {"type": "array", "items": {"$ref": REF + "Schedule"}}}},
        }
    )
    assert sn.move_component_nullability_to_refs(spec) == 2
    schemas = spec["components"]["schemas"]
    assert "nullable" not in schemas["Schedule"]
    assert schemas["Market"]["properties"]["schedule"] == {"$ref": REF + "Schedule", "nullable": True}


def test_untagged_operations_get_the_tag_of_their_longest_prefix() -> None:
    paths = {
        "/margin/reports": {"get": {}},
        "/fcm/margin/api_keys": {"post": {}},
        "/tagged": {"get": {"tags": ["keep"]}},
    }
    spec = _spec({}, paths)
    assert sn.tag_untagged_operations(spec, {"/margin": "margin", "/fcm": "fcm"}) == 2
    assert paths["/margin/reports"]["get"]["tags"] == ["margin"]
    assert paths["/fcm/margin/api_keys"]["post"]["tags"] == ["fcm"]
    assert paths["/tagged"]["get"]["tags"] == ["keep"]


def test_an_untagged_operation_without_a_prefix_is_an_error() -> None:
    with pytest.raises(ValueError, match="GET /new/thing has no tag"):
        sn.tag_untagged_operations(_spec({}, {"/new/thing": {"get": {}}}), {"/margin": "margin"})


def test_rename_schemas_rewrites_every_reference() -> None:
    spec = _spec({"GetRFQsResponse": {}, "Holder": {"properties": {"r": {"$ref": REF + "GetRFQsResponse"}}}})
    assert sn.rename_schemas(spec, {"GetRFQsResponse": "GetRFQListResponse"}) == 1
    assert "GetRFQListResponse" in spec["components"]["schemas"]
    assert "GetRFQsResponse" not in spec["components"]["schemas"]
    assert spec["components"]["schemas"]["Holder"]["properties"]["r"]["$ref"] == REF + "GetRFQListResponse"


def test_a_stale_rename_is_an_error_not_a_silent_no_op() -> None:
    with pytest.raises(ValueError, match="not in the spec any more"):
        sn.rename_schemas(_spec({}), {"Gone": "New"})


def test_relax_response_required_spares_request_only_schemas() -> None:
    spec = _spec(
        {
            "Resp": {"required": ["a"], "properties": {"a": {"type": "string"}, "n": {"$ref": REF + "Nested"}}},
            "Nested": {"required": ["b"], "properties": {"b": {"type": "string"}}},
            "Req": {"required": ["c"], "properties": {"c": {"type": "string"}}},
        },
        {"/x": {"post": _get("Resp", request_schema="Req")}},
    )
    assert sn.relax_response_required(spec) == 2
    schemas = spec["components"]["schemas"]
    assert "required" not in schemas["Resp"]
    assert "required" not in schemas["Nested"]
    assert schemas["Req"]["required"] == ["c"]


def test_normalise_does_not_touch_its_input() -> None:
    spec = _spec({"A": {"properties": {"x": {"$ref": REF + "B", "nullable": True}}}, "B": {}})
    before = copy.deepcopy(spec)
    sn.normalise(spec, {})
    assert spec == before


@pytest.mark.parametrize(("file", "nullable_refs"), [("openapi.yaml", 30), ("perps_openapi.yaml", 12)])
def test_every_nullable_ref_of_the_real_specs_is_wrapped(file: str, nullable_refs: int) -> None:
    spec = load_spec(Path(DEFAULT_SPEC_DIR) / file)
    counted = sum(1 for node in sn._walk(spec) if "$ref" in node and node.get("nullable"))
    assert counted == nullable_refs  # the figure upstream issue 1243 is about
    out, counts = sn.normalise(spec, {})
    # Nullable references to the fixed-point components are inlined by the money rule, the rest wrapped.
    assert counts["wrap_nullable_refs"] > 0
    assert not [node for node in sn._walk(out) if "$ref" in node and node.get("nullable")]


def test_money_fields_get_the_decimal_format() -> None:
    spec = _spec(
        {
            "FixedPointDollars": {"type": "string", "description": "dollars"},
            "Order": {
                "properties": {
                    "price": {"$ref": REF + "FixedPointDollars"},
                    "fill": {"allOf": [{"$ref": REF + "FixedPointDollars"}], "nullable": True, "description": "d"},
                    "volume_fp": {"type": "string"},
                    "count_fp": {"type": "integer"},
                    "ticker": {"type": "string"},
                }
            },
        }
    )
    assert sn.mark_money_fields(spec, ["FixedPointDollars"], ["_fp"]) == 3
    props = spec["components"]["schemas"]["Order"]["properties"]
    assert props["price"] == {"type": "string", "description": "dollars", "format": "decimal"}
    assert props["fill"] == {"type": "string", "description": "d", "nullable": True, "format": "decimal"}
    assert props["volume_fp"]["format"] == "decimal"
    assert "format" not in props["count_fp"]  # not a string: left alone
    assert "format" not in props["ticker"]


def test_a_money_schema_that_stopped_being_a_string_is_an_error() -> None:
    with pytest.raises(ValueError, match="not a string schema"):
        sn.mark_money_fields(_spec({"FixedPointDollars": {"type": "number"}}), ["FixedPointDollars"], [])


def test_top_level_security_reaches_operations_without_their_own() -> None:
    spec = _spec({}, {"/a": {"get": {}}, "/b": {"get": {"security": []}}})
    spec["security"] = [{"kalshiBearer": []}]
    assert sn.inherit_top_level_security(spec) == 1
    assert spec["paths"]["/a"]["get"]["security"] == [{"kalshiBearer": []}]
    assert spec["paths"]["/b"]["get"]["security"] == []  # an explicit "no security" stays


def test_an_inline_object_can_be_given_a_name() -> None:
    spec = _spec({"Frame": {"properties": {"msg": {"type": "object", "properties": {"v": {"type": "string"}}}}}})
    assert sn.name_inline_schemas(spec, {"Frame.msg": "FramePayload"}) == 1
    schemas = spec["components"]["schemas"]
    assert schemas["Frame"]["properties"]["msg"] == {"$ref": REF + "FramePayload"}
    assert schemas["FramePayload"]["properties"] == {"v": {"type": "string"}}
    with pytest.raises(ValueError, match=r"cannot name Frame\.msg"):
        sn.name_inline_schemas(spec, {"Frame.msg": "Other"})  # now a reference: the rule went stale
