"""The client's channel and model tables against both AsyncAPI specs."""

from __future__ import annotations

import pytest
import wsspec

from kalshi_ext.ws import PERPS, PREDICTION, WsApi
from kalshi_ext.ws._hosts import PERPS_WS, PREDICTION_WS

APIS = {"prediction": PREDICTION, "perps": PERPS}


def _class_name(schema: str) -> str:
    # openapi-python-client's naming: camelCase schema -> PascalCase class, digits kept
    return schema[0].upper() + schema[1:]


@pytest.mark.parametrize("api_name", ["prediction", "perps"])
def test_every_channel_of_the_spec_is_known_with_its_message_types(api_name: str) -> None:
    api: WsApi = APIS[api_name]
    spec_channels = wsspec.channel_messages(api_name)
    assert set(spec_channels) == set(api.channels)
    for name, messages in spec_channels.items():
        spec_types = {wsspec.message_type(api_name, m) for m in messages}
        assert spec_types == set(api.channels[name].message_types), name


@pytest.mark.parametrize("api_name", ["prediction", "perps"])
def test_every_message_type_maps_to_its_generated_model(api_name: str) -> None:
    api: WsApi = APIS[api_name]
    spec = wsspec.load(api_name)
    for messages in wsspec.channel_messages(api_name).values():
        for message in messages:
            frame = wsspec.example_frame(api_name, message)
            expected = _class_name(wsspec.schema_name(spec, message))
            assert api.model_name(frame) == expected
            model = api.model_class(expected).from_dict(frame)
            assert model.type_ == frame["type"]


@pytest.mark.parametrize("api_name", ["prediction", "perps"])
def test_subscribe_channel_enum_matches(api_name: str) -> None:
    spec = wsspec.load(api_name)
    params = spec["components"]["schemas"]["subscribeCommandPayload"]["properties"]["params"]
    assert set(params["properties"]["channels"]["items"]["enum"]) == set(APIS[api_name].channels)


@pytest.mark.parametrize(("api_name", "hosts"), [("prediction", PREDICTION_WS), ("perps", PERPS_WS)])
def test_spec_servers_are_known_hosts(api_name: str, hosts: object) -> None:
    spec = wsspec.load(api_name)
    for server in spec["servers"].values():
        known = hosts.production_hosts | hosts.demo_hosts  # type: ignore[attr-defined]
        assert server["host"] in known
        assert server["pathname"] == hosts.path  # type: ignore[attr-defined]


def test_plural_channels_send_singular_types() -> None:
    assert PREDICTION.channels["user_orders"].message_types == ("user_order",)
    assert PREDICTION.channels["market_positions"].message_types == ("market_position",)
    assert PERPS.channels["user_orders"].message_types == ("user_order",)
    assert PERPS.channels["corporate_actions"].message_types == ("corporate_actions_delta",)


def test_metadata_updates_use_their_own_model() -> None:
    frame = {"type": "market_lifecycle_v2", "msg": {"event_type": "metadata_updated", "market_ticker": "M"}}
    assert PREDICTION.model_name(frame) == "MarketMetadataUpdatedPayload"
    frame["msg"]["event_type"] = "settled"
    assert PREDICTION.model_name(frame) == "MarketLifecycleV2Payload"
