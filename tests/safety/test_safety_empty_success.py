"""An empty success is not None: a 2xx with an empty body where the operation documents a body is a
KalshiResponseError; None only where the spec documents an empty answer."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from kalshi_ext import KalshiClient, KalshiResponseError


def _client(status: int) -> KalshiClient:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=b""))
    return KalshiClient(
        key_id="k",
        private_key=_key(),
        base_url="http://127.0.0.1:9/trade-api/v2",
        allow_custom_host=True,
        transport=transport,
    )


def _key() -> Any:
    from cryptography.hazmat.primitives.asymmetric import ed25519

    return ed25519.Ed25519PrivateKey.generate()


@pytest.mark.parametrize("status", [200, 201, 202, 204])
def test_empty_answer_where_a_body_is_documented_is_an_error(status: int) -> None:
    with _client(status) as kalshi, pytest.raises(KalshiResponseError) as info:
        kalshi.exchange.status()  # documents a 200 body
    assert "get_exchange_status" in str(info.value)


def test_documented_empty_answers_are_none() -> None:
    with _client(204) as kalshi:
        assert kalshi.delete_api_key("key-1") is None  # documents an empty 204
    with _client(200) as kalshi:
        assert kalshi.subaccounts.update_netting(subaccount_number=1, enabled=True) is None  # an empty 200
