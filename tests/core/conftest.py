"""Fixtures for kalshi_ext tests: runtime-generated keys, a loopback HTTP server that records
requests, and a guard that no secret ever reaches a log line."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from kx_support import KeyPair, LoopbackServer, MockRecorder, SecretRegistry, pem_of


@pytest.fixture(scope="session")
def rsa_key() -> KeyPair:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return KeyPair(key, pem_of(key))


@pytest.fixture(scope="session")
def ed_key() -> KeyPair:
    key = ed25519.Ed25519PrivateKey.generate()
    return KeyPair(key, pem_of(key))


@pytest.fixture(scope="session")
def ec_key() -> KeyPair:
    key = ec.generate_private_key(ec.SECP256R1())
    return KeyPair(key, pem_of(key))


@pytest.fixture(params=["rsa", "ed25519"])
def any_key(request: pytest.FixtureRequest, rsa_key: KeyPair, ed_key: KeyPair) -> KeyPair:
    return rsa_key if request.param == "rsa" else ed_key


@pytest.fixture
def secrets(rsa_key: KeyPair, ed_key: KeyPair) -> SecretRegistry:
    registry = SecretRegistry()
    registry.add(*rsa_key.secret_fragments(), *ed_key.secret_fragments())
    return registry


@pytest.fixture(autouse=True)
def _no_secret_in_any_log_line(caplog: pytest.LogCaptureFixture, secrets: SecretRegistry) -> Iterator[None]:
    """Every test runs with DEBUG logging captured; no record may contain a registered secret."""
    caplog.set_level(logging.DEBUG)
    yield
    # caplog.records after the yield holds only the teardown phase: read every phase.
    for record in [*caplog.get_records("setup"), *caplog.get_records("call"), *caplog.records]:
        text = record.getMessage() + (record.exc_text or "")
        assert not secrets.leaks(text), f"secret in log line: {record.name}: {text[:200]}"


@pytest.fixture
def server(secrets: SecretRegistry) -> Iterator[LoopbackServer]:
    srv = LoopbackServer(secrets)
    try:
        yield srv
    finally:
        srv.close()


@pytest.fixture
def recorder(secrets: SecretRegistry) -> Callable[[Callable[[Any], Any]], MockRecorder]:
    def make(handler: Callable[[Any], Any]) -> MockRecorder:
        return MockRecorder(secrets, handler)

    return make
