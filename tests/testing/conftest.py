"""Fixtures for the record/replay tests: a runtime-generated key, the fake Kalshi, client factories."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from rr_fake import KEY_ID, KLEAR_TOKEN, REGISTRY, FakeKalshi, pem_lines, pem_private

from kalshi_ext import AsyncKalshiClient, KalshiClient, RetryPolicy

FAST_RETRY = RetryPolicy(max_attempts=3, backoff_base=0.001, backoff_max=0.002, total_budget=5.0)


@pytest.fixture(scope="session")
def private_key() -> Any:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def private_pem(private_key: Any) -> str:
    return pem_private(private_key)


@pytest.fixture(autouse=True)
def _no_secret_in_any_log_line(caplog: pytest.LogCaptureFixture, private_pem: str) -> Iterator[None]:
    """DEBUG logs captured for every test (websockets' included); afterwards no record may hold a
    signature, token or key line any fake saw or made."""
    caplog.set_level(logging.DEBUG)
    REGISTRY.clear()
    yield
    secrets = {KLEAR_TOKEN, *pem_lines(private_pem)}
    for fake in REGISTRY:
        secrets.update(fake.secrets)
    for record in [*caplog.get_records("setup"), *caplog.get_records("call"), *caplog.records]:
        text = record.getMessage() + (record.exc_text or "")
        leaked = [s for s in secrets if s in text]
        assert not leaked, f"secret in a log record from {record.name}: {text[:200]}"


@pytest.fixture
def fake(private_key: Any) -> FakeKalshi:
    return FakeKalshi(private_key)


@pytest.fixture
def cassette_file(tmp_path: Path) -> Path:
    return tmp_path / "cassettes" / "session.json"


@pytest.fixture
def client(private_pem: str) -> Iterator[Callable[..., KalshiClient]]:
    made: list[KalshiClient] = []

    def make(transport: Any, **options: Any) -> KalshiClient:
        options.setdefault("base_url", "https://demo-api.kalshi.co/trade-api/v2")
        c = KalshiClient(key_id=KEY_ID, private_key=private_pem, transport=transport, retry=FAST_RETRY, **options)
        made.append(c)
        return c

    yield make
    for c in made:
        c.close()


@pytest.fixture
def async_client(private_pem: str) -> Callable[..., AsyncKalshiClient]:
    def make(transport: Any, **options: Any) -> AsyncKalshiClient:
        options.setdefault("base_url", "https://demo-api.kalshi.co/trade-api/v2")
        return AsyncKalshiClient(
            key_id=KEY_ID, private_key=private_pem, transport=transport, retry=FAST_RETRY, **options
        )

    return make
