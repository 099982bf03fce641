"""Request bodies as keyword arguments: the same wire as ``body=``, plain values, clear refusals."""

from __future__ import annotations

import datetime
import inspect
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import httpx
import pytest
from fakes import PACKAGE_OF_API, Recorder, fake_arguments
from kalshi_trade_api.models import CreateOrderV2Request
from test_coverage import _answer, _endpoint_of

from kalshi_ext import AsyncKalshiClient, KalshiClient, KalshiConfigurationError, KlearClient, PerpsClient

CLIENTS = {"trade": KalshiClient, "perps": PerpsClient, "klear": KlearClient}
ORDER = {
    "ticker": "KXHIGHNY-26NOV21-B52.5",
    "side": "bid",
    "count": 1,
    "price": "0.56",
    "time_in_force": "good_till_canceled",
    "self_trade_prevention_type": "taker_at_cross",
}
CREATED = {"order_id": "o-1", "client_order_id": "c-1", "fill_count": "0.00", "remaining_count": "1.00", "ts_ms": 1}


def _created(request: httpx.Request) -> httpx.Response:
    return httpx.Response(201, json=CREATED)


def _sent(recorder: Recorder) -> dict[str, Any]:
    return json.loads(recorder.requests[-1].content)  # type: ignore[no-any-return]


def test_create_v2_takes_the_fields_as_plain_keyword_arguments(mock: Callable[..., Any]) -> None:
    recorder = Recorder(_created)
    with mock(KalshiClient, recorder) as kalshi:
        result = kalshi.orders.create_v2(**ORDER, client_order_id="c-1")
        kalshi.orders.create_v2(body=CreateOrderV2Request.from_dict({**ORDER, "count": "1", "client_order_id": "c-1"}))
    by_keywords, by_body = (json.loads(r.content) for r in recorder.requests)
    assert by_keywords == by_body == {**ORDER, "count": "1", "client_order_id": "c-1"}
    assert result.order_id == "o-1" and result.remaining_count == Decimal("1.00")


def test_decimal_values_and_enum_members_are_accepted_too(mock: Callable[..., Any]) -> None:
    from kalshi_ext.models import BookSide

    recorder = Recorder(_created)
    with mock(KalshiClient, recorder) as kalshi:
        kalshi.orders.create_v2(**{**ORDER, "side": BookSide.ASK, "price": Decimal("0.5600"), "count": "2.50"})
    sent = _sent(recorder)
    assert sent["side"] == "ask" and sent["price"] == "0.5600" and sent["count"] == "2.50"
    assert len(sent["client_order_id"]) == 36  # order safety filled one in


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"side": "buy"}, "must be one of 'ask', 'bid', not 'buy'"),
        ({"price": 0.56}, "not float"),
        ({"count": "ten"}, "'ten' is not a decimal number"),
        ({"time_in_force": "gtc"}, "'fill_or_kill', 'good_till_canceled', 'immediate_or_cancel'"),
        ({"ticker": 12}, "ticker: takes str, not int"),
        ({"post_only": "yes"}, "post_only: takes bool, not str"),
        ({"subaccount": True}, "subaccount: takes int, not a bool"),
    ],
)
def test_a_wrong_value_is_refused_by_name_before_anything_is_sent(
    mock: Callable[..., Any], change: dict[str, Any], message: str
) -> None:
    recorder = Recorder(_created)
    with mock(KalshiClient, recorder) as kalshi, pytest.raises(KalshiConfigurationError) as caught:
        kalshi.orders.create_v2(**{**ORDER, **change})
    assert message in str(caught.value)
    assert "CreateOrderV2Request." + next(iter(change)) in str(caught.value)
    assert recorder.requests == []


def test_a_missing_required_field_is_named(mock: Callable[..., Any]) -> None:
    recorder = Recorder(_created)
    with mock(KalshiClient, recorder) as kalshi, pytest.raises(KalshiConfigurationError) as caught:
        kalshi.orders.create_v2(ticker="X", side="bid", count=1, price="0.5")  # type: ignore[call-overload]
    assert "missing required fields time_in_force, self_trade_prevention_type" in str(caught.value)
    assert recorder.requests == []


def test_body_and_fields_together_are_refused(mock: Callable[..., Any]) -> None:
    recorder = Recorder(_created)
    body = CreateOrderV2Request.from_dict({**ORDER, "count": "1"})
    with mock(KalshiClient, recorder) as kalshi, pytest.raises(KalshiConfigurationError) as caught:
        kalshi.orders.create_v2(body=body, price="0.57")  # type: ignore[call-overload]
    assert "not both (got body and price)" in str(caught.value)
    assert recorder.requests == []


def test_nested_items_may_be_dicts_of_plain_values(mock: Callable[..., Any]) -> None:
    recorder = Recorder(lambda r: httpx.Response(201, json={"orders": []}))
    model = CreateOrderV2Request.from_dict({**ORDER, "count": "3", "client_order_id": "b"})
    with mock(KalshiClient, recorder) as kalshi:
        kalshi.orders.batch_create_v2(orders=[{**ORDER, "client_order_id": "a"}, model])
        with pytest.raises(KalshiConfigurationError, match=r"orders\[0\]\.side: must be one of"):
            kalshi.orders.batch_create_v2(orders=[{**ORDER, "side": "yes"}])
        with pytest.raises(KalshiConfigurationError, match="takes a list, not str"):
            kalshi.orders.batch_create_v2(orders="not a list")  # type: ignore[arg-type]
    sent = _sent(recorder)
    assert [o["client_order_id"] for o in sent["orders"]] == ["a", "b"]
    assert sent["orders"][0]["count"] == "1" and sent["orders"][1]["count"] == "3"
    assert len(recorder.requests) == 1


def test_path_and_query_parameters_mix_with_body_fields(mock: Callable[..., Any]) -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json={"order": {"order_id": "o-1"}}))
    with mock(KalshiClient, recorder) as kalshi:
        kalshi.orders.decrease_v2("o-1", subaccount=2, reduce_by="2", exchange_index=0)
    sent = recorder.requests[-1]
    assert sent.url.path.endswith("/portfolio/events/orders/o-1/decrease")
    assert sent.url.params["subaccount"] == "2"
    assert json.loads(sent.content) == {"reduce_by": "2", "exchange_index": 0}


def test_iso_datetimes_in_bodies_are_parsed_and_need_a_zone(mock: Callable[..., Any]) -> None:
    recorder = Recorder(lambda r: httpx.Response(201, json={"block_trade_proposal_id": "b-1"}))
    proposal: dict[str, Any] = {
        "buyer_user_id": "u-1",
        "seller_user_id": "u-2",
        "market_ticker": "KXHIGHNY-26NOV21-B52.5",
        "price_centi_cents": 5600,
        "centicount": 100,
        "maker_side": "yes",
    }
    with mock(KalshiClient, recorder) as kalshi:
        kalshi.communications.block_trade_proposals.create(**proposal, expiration_ts="2026-11-21T14:00:00Z")
        with pytest.raises(KalshiConfigurationError, match="expiration_ts: has no time zone"):
            kalshi.communications.block_trade_proposals.create(**proposal, expiration_ts="2026-11-21T14:00:00")
        with pytest.raises(KalshiConfigurationError, match="expiration_ts: has no time zone"):
            naive = datetime.datetime(2026, 11, 21, 14)
            kalshi.communications.block_trade_proposals.create(**proposal, expiration_ts=naive)
    assert len(recorder.requests) == 1
    assert _sent(recorder)["expiration_ts"] == "2026-11-21T14:00:00+00:00"


def _body_operations(api: str) -> list[tuple[str, Any]]:
    client = CLIENTS[api]
    out = []
    rows = [
        line.split("\t")
        for line in (_ROOT / "openapi" / "operations.tsv").read_text().splitlines()
        if not line.startswith("#")
    ][1:]
    for row in rows:
        if row[0] == api:
            out.append((row[4], client))
    return out


_ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("api", list(CLIENTS))
def test_every_body_operation_sends_the_same_json_from_keywords_as_from_body(
    api: str, mock: Callable[..., Any]
) -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json={}))
    checked = 0
    with mock(CLIENTS[api], recorder) as client:
        for name, _ in _body_operations(api):
            method: Any = client
            for part in name.split("."):
                method = getattr(method, part)
            parameters = inspect.signature(method).parameters
            if "body" not in parameters:
                continue
            arguments = fake_arguments(method, PACKAGE_OF_API[api])
            body = arguments.pop("body")
            if body is None or not attrs.has(type(body)) or not attrs.fields(type(body)):
                continue
            fields = {
                f.name: getattr(body, f.name)
                for f in attrs.fields(type(body))
                if f.init and f.name != "additional_properties" and type(getattr(body, f.name)).__name__ != "Unset"
            }
            if not fields or not set(fields) <= set(parameters):
                continue  # a model without keyword fields (EmptyResponse)
            recorder.answer = _answer(_endpoint_of(method))
            method(**arguments, body=body)
            from_body = recorder.requests[-1].content
            method(**arguments, **fields)
            from_keywords = recorder.requests[-1].content
            first, second = json.loads(from_body), json.loads(from_keywords)
            # Order safety fills in fresh client_order_ids (batch orders included): not compared.
            for sent in (first, second, *first.get("orders", []), *second.get("orders", [])):
                if isinstance(sent, dict):
                    sent.pop("client_order_id", None)
            assert first == second, name
            checked += 1
    # Every operation whose body model has fields (the others take body= only: EmptyResponse bodies).
    assert checked == {"trade": 28, "perps": 13, "klear": 6}[api]


async def test_async_clients_take_keyword_bodies(mock: Callable[..., Any]) -> None:
    recorder = Recorder(_created)
    async with mock(AsyncKalshiClient, recorder) as kalshi:
        await kalshi.orders.create_v2(**ORDER)
        with pytest.raises(KalshiConfigurationError):
            await kalshi.orders.create_v2(**{**ORDER, "side": "buy"})
    assert len(recorder.requests) == 1 and _sent(recorder)["price"] == "0.56"


def test_the_signature_and_docstring_show_both_styles() -> None:
    with KalshiClient(demo=True) as kalshi:
        create = kalshi.orders.create_v2
        parameters = set(inspect.signature(create).parameters)
        assert {"body", "ticker", "side", "count", "price", "time_in_force"} <= parameters
        doc = create.__doc__ or ""
    assert "Unit: dollars" in doc and "Required unless ``body`` is given" in doc
