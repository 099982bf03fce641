"""Fixtures for the migration tests: a key pair made at run time and the local stand-in exchange."""

from __future__ import annotations

import pytest
from standin import StandIn, new_ed25519_pem


@pytest.fixture(scope="session")
def pem() -> str:
    return new_ed25519_pem()


@pytest.fixture
def standin(pem: str) -> StandIn:
    return StandIn(pem)
