"""Fixtures: keys and TLS certificates made at run time, an acceptor per test, a client factory."""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
import trustme
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from fixacceptor import KEY_ID, Acceptor

from kalshi_ext.fix import AsyncFixClient


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def server_ssl(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


@pytest.fixture(scope="session")
def client_ssl(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


@pytest.fixture(scope="session")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def ed_key() -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.generate()


def make_acceptor(rsa_key: Any, server_ssl: ssl.SSLContext, *, retransmission: bool = True) -> Acceptor:
    return Acceptor({KEY_ID: rsa_key.public_key()}, server_ssl, retransmission=retransmission)


@pytest.fixture
async def acceptor(rsa_key: rsa.RSAPrivateKey, server_ssl: ssl.SSLContext) -> AsyncIterator[Acceptor]:
    server = make_acceptor(rsa_key, server_ssl)
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def make_client(
    acceptor: Acceptor, rsa_key: rsa.RSAPrivateKey, client_ssl: ssl.SSLContext
) -> Callable[..., AsyncFixClient]:
    def factory(session: str = "RT", **options: Any) -> AsyncFixClient:
        options.setdefault("key_id", KEY_ID)
        options.setdefault("private_key", rsa_key)
        options.setdefault("reconnect", False)
        return AsyncFixClient(
            session,
            host="127.0.0.1",
            port=acceptor.port,
            allow_custom_host=True,
            ssl_context=client_ssl,
            **options,
        )

    return factory
