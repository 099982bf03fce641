"""WebSocket message models generated from the AsyncAPI specs: conversion rules and parsing of real frames."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import asyncapi_models
import pytest
from kalshi_perps_ws_models.models.margin_orderbook_delta_payload import MarginOrderbookDeltaPayload
from kalshi_ws_models.models.event_fee_update_payload import EventFeeUpdatePayload
from kalshi_ws_models.models.orderbook_delta_payload import OrderbookDeltaPayload
from kalshi_ws_models.models.orderbook_snapshot_payload import OrderbookSnapshotPayload
from kalshi_ws_models.models.subscribe_command_payload import SubscribeCommandPayload
from kalshi_ws_models.models.user_order_payload import UserOrderPayload
from regenerate import load_spec
from spec_lock import DEFAULT_SPEC_DIR

REF = "#/components/schemas/"


def test_json_schema_null_types_become_nullable() -> None:
    schemas: dict[str, Any] = {
        "a": {"type": ["string", "null"], "enum": ["x", "y", None]},
        "b": {"type": "object", "properties": {"n": {"type": ["number", "null"]}}},
    }
    assert asyncapi_models.json_schema_nulls(schemas) == 2
    assert schemas["a"] == {"type": "string", "nullable": True, "enum": ["x", "y", None]}
    assert schemas["b"]["properties"]["n"] == {"type": "number", "nullable": True}
    with pytest.raises(ValueError, match="cannot express"):
        asyncapi_models.json_schema_nulls({"c": {"type": ["string", "integer"]}})


def test_commands_are_requests_and_everything_else_a_response() -> None:
    spec = {
        "info": {"version": "2"},
        "components": {
            "messages": {
                "subscribeCommand": {"payload": {"$ref": REF + "sub"}},
                "ticker": {"contentType": "application/json", "payload": {"$ref": REF + "tick"}},
                "outgoingPing": {"contentType": "application/octet-stream", "payload": {"type": "string"}},
            },
            "schemas": {"sub": {"type": "object"}, "tick": {"type": "object"}},
        },
    }
    synthetic = asyncapi_models.synthetic_openapi(spec)
    assert set(synthetic["paths"]) == {"/subscribeCommand", "/ticker"}
    assert "requestBody" in synthetic["paths"]["/subscribeCommand"]["post"]
    assert "200" in synthetic["paths"]["/ticker"]["get"]["responses"]
    assert asyncapi_models.drop_paths(synthetic)["paths"] == {}


@pytest.mark.parametrize("file", ["asyncapi.yaml", "perps_asyncapi.yaml"])
def test_every_json_message_of_the_real_specs_is_covered(file: str) -> None:
    spec = load_spec(Path(DEFAULT_SPEC_DIR) / file)
    synthetic = asyncapi_models.synthetic_openapi(spec)
    json_messages = [
        m
        for m in spec["components"]["messages"].values()
        if m.get("contentType", "application/json") == "application/json"
    ]
    assert len(synthetic["paths"]) == len(json_messages)


def test_orderbook_frames_parse_with_string_prices_and_counts() -> None:
    snapshot = OrderbookSnapshotPayload.from_dict(
        {
            "type": "orderbook_snapshot",
            "sid": 2,
            "seq": 1,
            "msg": {
                "market_ticker": "KXHIGHNY-26NOV21-B52.5",
                "market_id": "9b0f6d0e-1c2a-4b7e-8f00-3d2c1b0a9e88",
                "yes_dollars_fp": [["0.2100", "1520.00"], ["0.2000", "300.00"]],
                "no_dollars_fp": None,
            },
        }
    )
    assert snapshot.seq == 1
    assert snapshot.msg and snapshot.msg.market_ticker == "KXHIGHNY-26NOV21-B52.5"
    delta = OrderbookDeltaPayload.from_dict(
        {
            "type": "orderbook_delta",
            "sid": 2,
            "seq": 2,
            "msg": {
                "market_ticker": "KXHIGHNY-26NOV21-B52.5",
                "market_id": "9b0f6d0e-1c2a-4b7e-8f00-3d2c1b0a9e88",
                "clock": 88,
                "price_dollars": "0.2100",
                "delta_fp": "-20.00",
                "side": "yes",
                "ts": "2026-11-21T14:02:11.482Z",
            },
        }
    )
    assert delta.msg and delta.msg.delta_fp == Decimal("-20.00")
    assert delta.msg.price_dollars == Decimal("0.21")
    perps = MarginOrderbookDeltaPayload.from_dict({"type": "orderbook_delta", "sid": 1, "seq": 9, "msg": {}})
    assert perps.seq == 9


def test_server_frames_tolerate_unknown_enums_missing_fields_and_null() -> None:
    order = UserOrderPayload.from_dict(
        {
            "type": "user_order",
            "sid": 3,
            "msg": {"order_id": "ee2b0f8a-7c1e-4a36-9a40-5a3a3c2b5d11", "status": "parked"},
        }
    )
    assert order.msg and order.msg.status and order.msg.status.value == "parked"
    assert not order.msg.is_set("ticker")
    fee = EventFeeUpdatePayload.from_dict(
        {
            "type": "event_fee_update",
            "sid": 5,
            "seq": 10,
            "msg": {"event_ticker": "KXBTCD-26MAY2018", "fee_type_override": None, "fee_multiplier_override": None},
        }
    )
    assert fee.msg and fee.msg.fee_type_override is None


def test_a_frame_of_the_wrong_type_is_rejected_not_misread() -> None:
    with pytest.raises(ValueError, match="orderbook_delta"):
        OrderbookDeltaPayload.from_dict({"type": "ticker", "sid": 1}).validate()


def test_commands_keep_their_required_fields() -> None:
    with pytest.raises(TypeError):
        SubscribeCommandPayload()  # type: ignore[call-arg]
