"""Shared fixtures for the facade tests: a key and a client factory over httpx.MockTransport."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519


@pytest.fixture(scope="session")
def pem() -> str:
    key = ed25519.Ed25519PrivateKey.generate()
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


@pytest.fixture
def mock(pem: str) -> Callable[..., Any]:
    """``mock(ClientClass, handler, **options)``: a signed client whose network is ``handler``."""

    def make(client_cls: Any, handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> Any:
        transport = httpx.MockTransport(handler)
        if "Klear" in client_cls.__name__:
            return client_cls(admin_user_id="admin-1", access_token="tok-1", transport=transport, **options)
        return client_cls(key_id="key-1", private_key=pem, transport=transport, **options)

    return make
