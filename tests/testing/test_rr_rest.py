"""REST record/replay through the real clients: modes, the matcher, misses, the file format."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from rr_fake import KEY_ID, TRADE, FakeKalshi

from kalshi_ext import KalshiClient, KalshiConfigurationError, KalshiTimeoutError, ServerError
from kalshi_ext.testing import (
    FORMAT_VERSION,
    Cassette,
    CassetteFormatError,
    CassetteMissError,
    CassetteNotFoundError,
    Matcher,
)


def no_network() -> httpx.MockTransport:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"replay went to the network: {request.method} {request.url}")

    return httpx.MockTransport(refuse)


def record_balance_session(path: Path, fake: FakeKalshi, client: Callable[..., KalshiClient]) -> None:
    with Cassette(path, mode="once") as cassette:
        kalshi = client(cassette.transport(fake.mock()))
        assert kalshi.exchange.status().trading_active is True
        assert kalshi.portfolio.balance().balance == 10000
        fake.balance = 7500
        assert kalshi.portfolio.balance().balance == 7500


def test_record_then_replay_sync(fake: FakeKalshi, client: Callable[..., KalshiClient], cassette_file: Path) -> None:
    record_balance_session(cassette_file, fake, client)
    assert fake.calls == [f"GET {TRADE}/exchange/status", *[f"GET {TRADE}/portfolio/balance"] * 2]
    data = json.loads(cassette_file.read_text())
    assert data["format"] == "kalshi-ext-cassette" and data["version"] == FORMAT_VERSION == 1
    assert [i["request"]["method"] for i in data["interactions"]] == ["GET", "GET", "GET"]
    assert data["interactions"][1]["response"] == {
        "status": 200,
        "headers": {"content-type": "application/json"},
        "body": {"json": {"balance": 10000, "portfolio_value": 25000, "updated_ts": 1768231443}},
    }

    with Cassette(cassette_file) as replay:  # mode "none": replay only
        kalshi = client(replay.transport(no_network()))
        assert kalshi.exchange.status().exchange_active is True
        # equal requests get their answers in recording order (a polled balance changes)
        assert [kalshi.portfolio.balance().balance for _ in range(2)] == [10000, 7500]
        assert replay.unplayed() == []
        with pytest.raises(CassetteMissError, match="already played"):
            kalshi.portfolio.balance()
    assert len(fake.calls) == 3  # nothing more reached the server


async def test_record_then_replay_async(
    fake: FakeKalshi, async_client: Callable[..., Any], cassette_file: Path
) -> None:
    with Cassette(cassette_file, mode="once") as cassette:
        async with async_client(cassette.async_transport(fake.async_mock())) as kalshi:
            assert (await kalshi.portfolio.balance()).balance == 10000
            assert (await kalshi.request("GET", "/markets", params={"limit": 5, "status": "open"})) == {
                "markets": [],
                "cursor": "",
            }
    with Cassette(cassette_file) as replay:
        async with async_client(replay.async_transport()) as kalshi:
            # query parameters match in any order
            assert (await kalshi.request("GET", "/markets", params={"status": "open", "limit": 5}))["cursor"] == ""
            assert (await kalshi.portfolio.balance()).balance == 10000
            with pytest.raises(CassetteMissError, match=r"query differs in limit: \['6'\] != recorded \['5'\]"):
                await kalshi.request("GET", "/markets", params={"status": "open", "limit": 6})
    assert len(fake.calls) == 2


def test_miss_names_the_request_and_the_nearest_recorded_ones(
    fake: FakeKalshi, client: Callable[..., KalshiClient], cassette_file: Path
) -> None:
    with Cassette(cassette_file, mode="once") as cassette:
        client(cassette.transport(fake.mock())).request("POST", "/portfolio/subaccounts", json={"a": 1, "b": [1, 2]})
    with Cassette(cassette_file) as replay:
        kalshi = client(replay.transport(no_network()))
        with pytest.raises(CassetteMissError) as caught:
            kalshi.request("POST", "/portfolio/subaccounts", json={"b": [1, 3], "a": 1})
        message = str(caught.value)
        assert f"POST {TRADE}/portfolio/subaccounts" in message and "nothing was sent" in message
        assert "body $.b[1] is 3, recorded 2" in message and "--kalshi-record-mode=new" in message
        with pytest.raises(CassetteMissError, match="no recorded request has this method and path"):
            kalshi.portfolio.balance()
        # key order and whitespace do not count
        assert kalshi.request("POST", "/portfolio/subaccounts", json={"b": [1, 2], "a": 1}) is not None


def test_mode_none_needs_the_file_and_never_sends(cassette_file: Path) -> None:
    with pytest.raises(CassetteNotFoundError, match="does not exist and the record mode is 'none'"):
        Cassette(cassette_file)
    with pytest.raises(KalshiConfigurationError, match="record mode must be one of"):
        Cassette(cassette_file, mode="sometimes")
    assert not cassette_file.exists()


def test_mode_new_replays_known_and_records_unknown(
    fake: FakeKalshi, client: Callable[..., KalshiClient], cassette_file: Path
) -> None:
    record_balance_session(cassette_file, fake, client)
    fake.calls.clear()
    with Cassette(cassette_file, mode="new") as cassette:
        kalshi = client(cassette.transport(fake.mock()))
        assert kalshi.exchange.status().trading_active is True  # replayed
        assert kalshi.request("GET", "/markets") == {"markets": [], "cursor": ""}  # recorded
    assert fake.calls == [f"GET {TRADE}/markets"]
    urls = [i["request"]["url"] for i in json.loads(cassette_file.read_text())["interactions"]]
    assert len(urls) == 4 and urls[-1].endswith("/trade-api/v2/markets")


def test_mode_all_rerecords_everything(
    fake: FakeKalshi, client: Callable[..., KalshiClient], cassette_file: Path
) -> None:
    record_balance_session(cassette_file, fake, client)
    fake.calls.clear()
    fake.balance = 123
    with Cassette(cassette_file, mode="all") as cassette:
        assert client(cassette.transport(fake.mock())).portfolio.balance().balance == 123
    assert fake.calls == [f"GET {TRADE}/portfolio/balance"]
    data = json.loads(cassette_file.read_text())
    assert [i["response"]["body"]["json"]["balance"] for i in data["interactions"]] == [123]


def test_mode_once_with_a_file_only_replays(
    fake: FakeKalshi, client: Callable[..., KalshiClient], cassette_file: Path
) -> None:
    record_balance_session(cassette_file, fake, client)
    with Cassette(cassette_file, mode="once") as cassette:
        kalshi = client(cassette.transport(no_network()))
        kalshi.exchange.status()
        with pytest.raises(CassetteMissError):
            kalshi.request("GET", "/markets")


def test_a_failed_block_does_not_save_a_half_recorded_cassette(
    fake: FakeKalshi, client: Callable[..., KalshiClient], cassette_file: Path
) -> None:
    with pytest.raises(RuntimeError), Cassette(cassette_file, mode="once") as cassette:
        client(cassette.transport(fake.mock())).exchange.status()
        raise RuntimeError("the test failed")
    assert not cassette_file.exists()


def test_replayed_errors_go_through_retries_and_error_mapping(
    fake: FakeKalshi, client: Callable[..., KalshiClient], cassette_file: Path
) -> None:
    fake.script = [(503, {"error": {"code": "busy", "message": "try later"}})]
    with Cassette(cassette_file, mode="once") as cassette:
        assert client(cassette.transport(fake.mock())).exchange.status().trading_active is True
    with Cassette(cassette_file) as replay:
        kalshi = client(replay.transport(no_network()))
        assert kalshi.exchange.status().trading_active is True  # the 503 replayed, retried, then the 200
    fake.script = [(500, {"error": {"code": "internal", "message": "boom"}})] * 3
    other = cassette_file.with_name("errors.json")
    with Cassette(other, mode="once") as cassette:
        with pytest.raises(ServerError):
            client(cassette.transport(fake.mock())).exchange.status()
    with Cassette(other) as replay, pytest.raises(ServerError) as caught:
        client(replay.transport(no_network())).exchange.status()
    assert caught.value.code == "internal"


def test_matcher_options(fake: FakeKalshi, client: Callable[..., KalshiClient], cassette_file: Path) -> None:
    with Cassette(cassette_file, mode="once") as cassette:
        kalshi = client(cassette.transport(fake.mock()))
        kalshi.request("GET", "/markets", params={"cursor": "abc", "tickers": ["A", "B"]})
        kalshi.request("POST", "/portfolio/events/orders", json={"ticker": "T", "client_order_id": "run-1"})
    # client_order_id is ignored by default (the SDK makes a fresh one per run)
    with Cassette(cassette_file) as replay:
        kalshi = client(replay.transport(no_network()))
        kalshi.request("POST", "/portfolio/events/orders", json={"ticker": "T", "client_order_id": "run-2"})
        with pytest.raises(CassetteMissError, match=r"tickers: \['B', 'A'\] != recorded \['A', 'B'\]"):
            kalshi.request("GET", "/markets", params={"cursor": "abc", "tickers": ["B", "A"]})
    strict = Matcher(ignore_body_fields=frozenset(), ignore_query={"cursor"})
    with Cassette(cassette_file, matcher=strict) as replay:
        kalshi = client(replay.transport(no_network()))
        kalshi.request("GET", "/markets", params={"cursor": "other", "tickers": ["A", "B"]})
        with pytest.raises(CassetteMissError, match=r"body \$.client_order_id is 'run-2', recorded 'run-1'"):
            kalshi.request("POST", "/portfolio/events/orders", json={"ticker": "T", "client_order_id": "run-2"})
    loose = Matcher(query=False, body=False)
    with Cassette(cassette_file, matcher=loose) as replay:
        kalshi = client(replay.transport(no_network()))
        kalshi.request("GET", "/markets", params={"anything": "goes"})
    by_host = Matcher(host=True)
    with Cassette(cassette_file, matcher=by_host) as replay:
        kalshi = client(replay.transport(no_network()), base_url="https://api.elections.kalshi.com/trade-api/v2")
        with pytest.raises(CassetteMissError, match=r"host https://api\.elections\.kalshi\.com != recorded"):
            kalshi.request("GET", "/markets", params={"cursor": "abc", "tickers": ["A", "B"]})


def test_allow_repeats_replays_the_last_answer_again(
    fake: FakeKalshi, client: Callable[..., KalshiClient], cassette_file: Path
) -> None:
    record_balance_session(cassette_file, fake, client)
    with Cassette(cassette_file, allow_repeats=True) as replay:
        kalshi = client(replay.transport(no_network()))
        assert [kalshi.portfolio.balance().balance for _ in range(4)] == [10000, 7500, 7500, 7500]


def test_loopback_http_with_gzip_is_stored_decoded(
    fake: FakeKalshi, client: Callable[..., KalshiClient], cassette_file: Path
) -> None:
    with fake.loopback(gzip_bodies=True) as origin, Cassette(cassette_file, mode="once") as cassette:
        kalshi = client(cassette.transport(), base_url=f"{origin}/trade-api/v2", allow_custom_host=True)
        assert kalshi.portfolio.balance().balance == 10000
    stored = json.loads(cassette_file.read_text())["interactions"][0]["response"]
    assert stored["body"] == {"json": {"balance": 10000, "portfolio_value": 25000, "updated_ts": 1768231443}}
    assert not {"content-encoding", "content-length"} & set(stored["headers"])
    with Cassette(cassette_file) as replay:
        kalshi = client(
            replay.transport(no_network()), base_url="http://127.0.0.1:9/trade-api/v2", allow_custom_host=True
        )
        assert kalshi.portfolio.balance().balance == 10000  # another port: the host is not matched


def test_unreadable_cassettes_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(CassetteFormatError, match="is not a JSON cassette"):
        Cassette(bad)
    bad.write_text(json.dumps({"interactions": []}))
    with pytest.raises(CassetteFormatError, match="is not a kalshi-ext cassette"):
        Cassette(bad)
    bad.write_text(json.dumps({"format": "kalshi-ext-cassette", "version": 2, "interactions": []}))
    with pytest.raises(CassetteFormatError, match=r"format version 2; this kalshi-ext reads versions 1\.\.1"):
        Cassette(bad)
    bad.write_text(json.dumps({"format": "kalshi-ext-cassette", "version": 1, "interactions": [{"request": {}}]}))
    with pytest.raises(CassetteFormatError, match="interaction 0 needs a request and a response"):
        Cassette(bad)


def test_bad_arguments_are_refused(cassette_file: Path) -> None:
    with pytest.raises(KalshiConfigurationError, match="matcher must be"):
        Cassette(cassette_file, mode="all", matcher="strict")  # type: ignore[arg-type]
    with pytest.raises(KalshiConfigurationError, match="needs upstream="):
        Cassette(cassette_file, mode="all").websocket()


def test_transport_errors_are_recorded_and_replayed(
    fake: FakeKalshi, client: Callable[..., KalshiClient], cassette_file: Path
) -> None:
    answers = fake.mock()
    failures = [httpx.ReadTimeout("the read timed out")]

    def flaky(request: httpx.Request) -> httpx.Response:
        if failures:
            raise failures.pop()
        return answers.handle_request(request)

    with Cassette(cassette_file, mode="once") as cassette:
        assert client(cassette.transport(httpx.MockTransport(flaky))).exchange.status().trading_active is True
    stored = json.loads(cassette_file.read_text())["interactions"]
    assert (
        stored[0]["error"] == {"type": "ReadTimeout", "message": "the read timed out"} and "response" not in stored[0]
    )
    with Cassette(cassette_file) as replay:
        kalshi = client(replay.transport(no_network()))
        assert kalshi.exchange.status().trading_active is True  # the timeout replayed, retried, then the answer
        assert replay.unplayed() == []
    with Cassette(cassette_file, allow_repeats=True) as replay:
        replay.data["interactions"].pop()  # only the timeout left: the client gives up as it would live
        with pytest.raises(KalshiTimeoutError):
            client(replay.transport(no_network())).exchange.status()


def test_the_key_id_is_scrubbed_from_paths_and_bodies(
    fake: FakeKalshi, client: Callable[..., KalshiClient], cassette_file: Path
) -> None:
    with Cassette(cassette_file, mode="once") as cassette:
        kalshi = client(cassette.transport(fake.mock()))
        assert [k.api_key_id for k in kalshi.get_api_keys().api_keys] == [KEY_ID]
        kalshi.delete_api_key(KEY_ID)  # deleting the signing key: its id is in the path
    text = cassette_file.read_text()
    assert KEY_ID not in text and "/trade-api/v2/api_keys/%3Cscrubbed%3E" in text
    with Cassette(cassette_file) as replay:
        kalshi = client(replay.transport(no_network()))
        assert [k.api_key_id for k in kalshi.get_api_keys().api_keys] == ["<scrubbed>"]
        kalshi.delete_api_key(KEY_ID)
        assert replay.unplayed() == []
