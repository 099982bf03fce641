"""Helpers shared by the WebSocket tests (importable, unlike conftest)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from wsfake import FakeKalshiServer

from kalshi_ext import RequestSigner
from kalshi_ext.ws import ReconnectPolicy

RSA_KEY_ID = "rsa-key-0123456789"
ED_KEY_ID = "ed-key-0123456789"


class Keys:
    def __init__(self) -> None:
        self.rsa = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.ed = ed25519.Ed25519PrivateKey.generate()

    @staticmethod
    def pem(key: Any) -> str:
        return key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode()

    def public(self) -> dict[str, Any]:
        return {RSA_KEY_ID: self.rsa.public_key(), ED_KEY_ID: self.ed.public_key()}

    def signer(self, kind: str = "ed25519") -> RequestSigner:
        if kind == "rsa":
            return RequestSigner(RSA_KEY_ID, self.rsa)
        return RequestSigner(ED_KEY_ID, self.ed)

    def fragments(self) -> list[str]:
        """Lines of both PEMs: a leak of key material would contain one of them."""
        lines = []
        for key in (self.rsa, self.ed):
            lines += [line for line in self.pem(key).splitlines() if line and not line.startswith("-----")]
        return lines


FAST = {
    "ack_timeout": 2.0,
    "open_timeout": 2.0,
    "close_timeout": 0.5,
    "reconnect": ReconnectPolicy(base=0.01, cap=0.05, healthy_after=60.0),
}


async def client_event(client: Any, wanted: Any, timeout: float = 3.0) -> Any:
    """The next event of ``client.events()`` that is an instance of ``wanted`` (a type) or a
    ConnectionEvent in state ``wanted`` (a ConnectionState)."""
    from kalshi_ext.ws import ConnectionEvent, ConnectionState

    async with asyncio.timeout(timeout):
        async for event in client.events():
            if isinstance(wanted, ConnectionState):
                if isinstance(event, ConnectionEvent) and event.state is wanted:
                    return event
            elif isinstance(event, wanted):
                return event
    raise AssertionError(f"no {wanted} event")


async def next_event(sub: Any, kind: type | tuple[type, ...] | None = None, timeout: float = 2.0) -> Any:
    """The next event of a subscription (of the given type, skipping others)."""
    async with asyncio.timeout(timeout):
        while True:
            event = await sub.__anext__()
            if kind is None or isinstance(event, kind):
                return event


async def until(predicate: Callable[[], bool], timeout: float = 2.0) -> None:
    """Wait (polling the loop) until ``predicate()`` holds."""
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.005)


def same_book(client: Any, server: FakeKalshiServer, market: str) -> bool:
    book = client.book(market)
    if book is None or not book.is_synced:
        return False
    fmt = server.api.book
    theirs = server.book(market)
    return all(book.side_levels(side) == theirs[side] for side in (fmt.bid_side, fmt.ask_side))


async def wait_same_book(client: Any, server: FakeKalshiServer, market: str) -> None:
    await until(lambda: same_book(client, server, market), timeout=3.0)


def seed(server: FakeKalshiServer, market: str = "M") -> None:
    server.set_book(market, bids=[("0.30", "10"), ("0.31", "4")], asks=[("0.60", "7")])
