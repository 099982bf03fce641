"""The pure signer: pre-sign text, RSA-PSS and Ed25519 signatures, headers, repr, pickling."""

from __future__ import annotations

import base64
import copy
import pickle

import pytest
from cryptography.exceptions import InvalidSignature
from kx_support import KeyPair, verify_signature

from kalshi_ext import KalshiConfigurationError, RequestSigner
from kalshi_ext._signing import presign_text, signing_path


@pytest.mark.parametrize(
    ("path", "signed"),
    [
        ("/trade-api/v2/markets", "/trade-api/v2/markets"),
        ("/trade-api/v2/markets?limit=5&cursor=abc", "/trade-api/v2/markets"),
        ("/trade-api/v2/markets#frag", "/trade-api/v2/markets"),
        ("/trade-api/v2/markets/A%20B?x=1#f", "/trade-api/v2/markets/A%20B"),
        ("/trade-api/v2/", "/trade-api/v2/"),
    ],
)
def test_signing_path_drops_query_and_fragment_keeps_escapes(path: str, signed: str) -> None:
    assert signing_path(path) == signed


def test_presign_text_is_timestamp_method_path() -> None:
    assert presign_text(1700000000123, "get", "/trade-api/v2/portfolio/balance?x=1") == (
        "1700000000123GET/trade-api/v2/portfolio/balance"
    )


def test_headers_verify_with_public_key(any_key: KeyPair) -> None:
    signer = RequestSigner("key-123", any_key.private)
    headers = signer.headers("post", "/trade-api/v2/portfolio/events/orders?dry=1", timestamp_ms=1700000000000)
    assert set(headers) == {"KALSHI-ACCESS-KEY", "KALSHI-ACCESS-TIMESTAMP", "KALSHI-ACCESS-SIGNATURE"}
    assert headers["KALSHI-ACCESS-KEY"] == "key-123"
    assert headers["KALSHI-ACCESS-TIMESTAMP"] == "1700000000000"
    lower = {k.lower(): v for k, v in headers.items()}
    verify_signature(any_key.public, lower, "POST", "/trade-api/v2/portfolio/events/orders")
    with pytest.raises(InvalidSignature):  # the query is not part of the signed text
        verify_signature(any_key.public, lower, "POST", "/trade-api/v2/portfolio/events/orders?dry=1")


def test_rsa_uses_pss_with_digest_length_salt(rsa_key: KeyPair) -> None:
    signer = RequestSigner("k", rsa_key.private)
    sig = base64.b64decode(signer.sign_text("hello"))
    assert len(sig) == 256  # 2048-bit RSA
    # verify_signature pins salt_length=DIGEST_LENGTH; a different salt length would fail it.
    verify_signature(
        rsa_key.public,
        {"kalshi-access-timestamp": "", "kalshi-access-signature": signer.sign_text("GET/x")},
        "GET",
        "/x",
    )
    assert signer.algorithm == "rsa"
    assert signer.is_slow


def test_ed25519_signatures_are_64_bytes(ed_key: KeyPair) -> None:
    signer = RequestSigner("k", ed_key.private)
    assert len(base64.b64decode(signer.sign_text("hello"))) == 64
    assert signer.algorithm == "ed25519"
    assert not signer.is_slow


def test_default_timestamp_is_now_in_ms(ed_key: KeyPair) -> None:
    import time

    signer = RequestSigner("k", ed_key.private)
    before = int(time.time() * 1000)
    ts = int(signer.headers("GET", "/trade-api/v2/x")["KALSHI-ACCESS-TIMESTAMP"])
    after = int(time.time() * 1000)
    assert before <= ts <= after


def test_signer_accepts_pem_text(rsa_key: KeyPair) -> None:
    signer = RequestSigner("k", rsa_key.pem)
    verify_signature(
        rsa_key.public,
        {k.lower(): v for k, v in signer.headers("GET", "/trade-api/v2/a", timestamp_ms=1).items()},
        "GET",
        "/trade-api/v2/a",
    )


def test_public_key_pem_matches(rsa_key: KeyPair) -> None:
    signer = RequestSigner("k", rsa_key.private)
    assert signer.public_key_pem().startswith("-----BEGIN PUBLIC KEY-----")


@pytest.mark.parametrize("key_id", ["", "   ", " padded", "line\nbreak", 123, None])
def test_bad_key_id_refused(rsa_key: KeyPair, key_id: object) -> None:
    with pytest.raises(KalshiConfigurationError, match="key_id"):
        RequestSigner(key_id, rsa_key.private)  # type: ignore[arg-type]


def test_repr_hides_key_and_shortens_key_id(any_key: KeyPair) -> None:
    signer = RequestSigner("abcdef-0123456789", any_key.private)
    text = repr(signer)
    assert "abcdef-0123456789" not in text
    assert "abcd" in text
    for fragment in any_key.secret_fragments():
        assert fragment not in text


def test_signer_refuses_pickle_and_copy(rsa_key: KeyPair) -> None:
    signer = RequestSigner("k", rsa_key.private)
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(signer)
    with pytest.raises(TypeError):
        copy.copy(signer)
    with pytest.raises(TypeError):
        copy.deepcopy(signer)
