"""Fixtures for the hostile-input tests: a raw-socket loopback server and keys made at run time."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from safety_server import RawServer


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
