"""The scrubber: headers, fields, PEM blocks anywhere, learned credentials, key placeholders."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from rr_fake import pem_lines, pem_private

from kalshi_ext.testing import SCRUBBED, Scrubber
from kalshi_ext.testing._scrub import key_kind, restore_keys


def test_credential_headers_are_scrubbed_and_learned() -> None:
    scrub = Scrubber()
    items = scrub.header_map(
        [
            ("KALSHI-ACCESS-KEY", "key-id-123"),
            ("KALSHI-ACCESS-SIGNATURE", "c2lnbmF0dXJlLXZhbHVlLTEyMzQ1Ng=="),
            ("KALSHI-ACCESS-TIMESTAMP", "1764576000000"),
            ("Authorization", "Bearer admin-7:tok-abcdefgh12345"),
            ("Accept", "application/json"),
        ]
    )
    assert items == {
        "kalshi-access-key": SCRUBBED,
        "kalshi-access-signature": SCRUBBED,
        "kalshi-access-timestamp": SCRUBBED,
        "authorization": f"Bearer {SCRUBBED}",
        "accept": "application/json",
    }
    assert scrub.header_map([("Vary", "a"), ("vary", "b"), ("Set-Cookie", "s=1"), ("Set-Cookie", "t=2")]) == {
        "vary": "a, b",
        "set-cookie": SCRUBBED,
    }
    # values seen in credential headers are removed from bodies too
    echoed = scrub.json({"msg": "token tok-abcdefgh12345 and c2lnbmF0dXJlLXZhbHVlLTEyMzQ1Ng== seen", "n": 3})
    assert echoed == {"msg": f"token {SCRUBBED} and {SCRUBBED} seen", "n": 3}
    # the key id is hunted too (GET /api_keys lists it); the timestamp is not (a bare number)
    assert scrub.text("key-id-123 at 1764576000000") == f"{SCRUBBED} at 1764576000000"


def test_secret_fields_at_any_depth_and_in_queries() -> None:
    scrub = Scrubber(secrets=["my-literal-secret"])
    body = {
        "api_key_id": "abc",
        "nested": [{"access_token": "t0k3n-value", "password": 12345, "token": "x" * 10, "tokens": 4}],
        "passphrase": None,
        "client_secret": "",
        "note": "has my-literal-secret inside",
    }
    assert scrub.json(body) == {
        "api_key_id": "abc",
        "nested": [{"access_token": SCRUBBED, "password": SCRUBBED, "token": SCRUBBED, "tokens": 4}],
        "passphrase": None,
        "client_secret": "",
        "note": f"has {SCRUBBED} inside",
    }
    assert scrub.query([("limit", "5"), ("access_token", "abc123456789")]) == [
        ("limit", "5"),
        ("access_token", SCRUBBED),
    ]


def test_private_keys_keep_their_kind_and_replay_as_fresh_keys() -> None:
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pkcs1 = pem_private(rsa_key, serialization.PrivateFormat.TraditionalOpenSSL)
    ed = pem_private(ed25519.Ed25519PrivateKey.generate())
    scrub = Scrubber()
    stored = scrub.json({"private_key": pkcs1, "other": f"text before\n{ed.strip()}\nafter"})
    assert stored == {
        "private_key": "<scrubbed private key: rsa pkcs1>",
        "other": "text before\n<scrubbed private key: ed25519 pkcs8>\nafter",
    }
    assert key_kind(pem_private(rsa_key)) == "rsa pkcs8"
    restored = restore_keys(stored)
    fresh = load_pem_private_key(restored["private_key"].encode(), password=None)
    assert isinstance(fresh, rsa.RSAPrivateKey) and fresh.key_size == 2048
    assert restored["private_key"].startswith("-----BEGIN RSA ")  # PKCS#1 again
    assert not set(pem_lines(restored["private_key"])) & set(pem_lines(pkcs1))  # a new key, not the recorded one
    assert "ed25519" not in restored["other"] and restored["other"].startswith("text before\n-----BEGIN ")


def test_short_or_odd_values_are_left_alone() -> None:
    scrub = Scrubber(secrets=["short", ""])
    assert scrub.text("a short text") == "a short text"
    assert scrub.header("Authorization", "opaque-credential-value") == SCRUBBED
    assert scrub.text("contains opaque-credential-value") == f"contains {SCRUBBED}"
    assert scrub.json([1, True, None, 2.5]) == [1, True, None, 2.5]
