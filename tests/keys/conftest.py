"""Fixtures for the API-key tests: an admin key made at runtime, the loopback key mock, and a
guard that no secret (private key line, passphrase, signature) reaches any log record."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from keymock import ADMIN_ID, FAST_RETRY, KeyMock, Secrets, pem_private

from kalshi_ext import AsyncKalshiClient, KalshiClient, RetryPolicy

FAST = RetryPolicy(**FAST_RETRY)


@pytest.fixture(scope="session")
def admin_private() -> Any:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def secrets(admin_private: Any) -> Secrets:
    registry = Secrets()
    registry.add_pem(pem_private(admin_private))
    return registry


@pytest.fixture(autouse=True)
def _no_secret_in_any_log_record(caplog: pytest.LogCaptureFixture, secrets: Secrets) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    # caplog.records after the yield holds only the teardown phase: read every phase.
    for record in [*caplog.get_records("setup"), *caplog.get_records("call"), *caplog.records]:
        text = record.getMessage() + (record.exc_text or "")
        assert not secrets.leaks(text), f"secret in a log record of {record.name}"


@pytest.fixture
def mock(secrets: Secrets, admin_private: Any) -> Iterator[KeyMock]:
    server = KeyMock(secrets, ADMIN_ID, admin_private)
    try:
        yield server
    finally:
        server.close()


def client_options(mock: KeyMock, admin_private: Any) -> dict[str, Any]:
    return {
        "key_id": ADMIN_ID,
        "private_key": admin_private,
        "base_url": mock.base_url,
        "allow_custom_host": True,
        "retry": FAST,
    }


@pytest.fixture
def client(mock: KeyMock, admin_private: Any) -> Iterator[KalshiClient]:
    with KalshiClient(**client_options(mock, admin_private)) as kalshi:
        yield kalshi


@pytest.fixture
async def async_client(mock: KeyMock, admin_private: Any) -> AsyncIterator[AsyncKalshiClient]:
    async with AsyncKalshiClient(**client_options(mock, admin_private)) as kalshi:
        yield kalshi
