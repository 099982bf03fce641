"""Fixtures for the hostile-input tests: a raw-socket loopback server and keys made at run time."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from safety_server import RawServer

from kalshi_ext import RetryPolicy

NO_RETRY = RetryPolicy(max_attempts=1)


@pytest.fixture(scope="session")
def ed_private() -> Any:
    return ed25519.Ed25519PrivateKey.generate()


@pytest.fixture
def server() -> Iterator[RawServer]:
    srv = RawServer()
    try:
        yield srv
    finally:
        srv.close()


def options(server: RawServer, key: Any, prefix: str = "/trade-api/v2", **extra: Any) -> dict[str, Any]:
    """Keyword arguments for a Kalshi/Perps client pointed at ``server``."""
    return {
        "key_id": "key-safety",
        "private_key": key,
        "base_url": server.url + prefix,
        "allow_custom_host": True,
        "retry": NO_RETRY,
        **extra,
    }
