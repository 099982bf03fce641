"""The async signing pool: every job answered (result or error), in batches, threads gone after close."""

from __future__ import annotations

import asyncio
import threading

import pytest

from kalshi_ext._signing_pool import SigningPool


class CountingAuth:
    is_slow = True

    def __init__(self) -> None:
        self.calls = 0

    def headers(self, method: str, path: str) -> dict[str, str]:
        self.calls += 1
        if path == "/boom":
            raise ValueError("cannot sign this")
        return {"X-Signed": f"{method} {path}"}

    def secrets(self) -> tuple[str, ...]:
        return ()


async def test_every_job_gets_its_own_answer_and_errors_reach_the_caller() -> None:
    pool = SigningPool(asyncio.get_running_loop(), workers=2)
    auth = CountingAuth()
    try:
        results = await asyncio.gather(*(pool.headers(auth, "GET", f"/p/{i}") for i in range(200)))
        assert results == [{"X-Signed": f"GET /p/{i}"} for i in range(200)]
        with pytest.raises(ValueError, match="cannot sign this"):
            await pool.headers(auth, "POST", "/boom")
        assert auth.calls == 201
    finally:
        pool.close()
    assert not [t for t in threading.enumerate() if t.name.startswith("kalshi-ext-sign")]


async def test_a_cancelled_request_does_not_break_the_others() -> None:
    pool = SigningPool(asyncio.get_running_loop(), workers=1)
    try:
        first = pool.headers(CountingAuth(), "GET", "/a")
        first.cancel()
        assert await pool.headers(CountingAuth(), "GET", "/b") == {"X-Signed": "GET /b"}
    finally:
        pool.close()
