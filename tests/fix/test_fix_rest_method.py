"""``kalshi.fix(session)`` on the REST clients: the FIX client of the matching kind and product."""

from __future__ import annotations

from typing import Any

from kalshi_ext import AsyncKalshiClient, AsyncPerpsClient, KalshiClient, PerpsClient
from kalshi_ext.fix import AsyncFixClient, FixClient

KEY_ID = "11111111-2222-3333-4444-555555555555"


def test_sync_clients_give_a_fix_client(rsa_key: Any) -> None:
    with KalshiClient(key_id=KEY_ID, private_key=rsa_key, demo=True) as kalshi:
        fix = kalshi.fix("RT", heartbeat_interval=10)
        try:
            assert isinstance(fix, FixClient) and fix.session_type == "RT"
            assert "fix.demo.kalshi.co" in repr(fix) and "8230" in repr(fix)
        finally:
            fix.close()
    with PerpsClient(key_id=KEY_ID, private_key=rsa_key) as perps:
        fix = perps.fix("MD")
        try:
            assert "margin-marketdata.fix.elections.kalshi.com" in repr(fix)
        finally:
            fix.close()


async def test_async_clients_give_an_async_fix_client(rsa_key: Any) -> None:
    async with AsyncKalshiClient(key_id=KEY_ID, private_key=rsa_key) as kalshi:
        fix = kalshi.fix("PT")
        assert isinstance(fix, AsyncFixClient) and "fix.elections.kalshi.com" in repr(fix) and "8231" in repr(fix)
    async with AsyncPerpsClient(key_id=KEY_ID, private_key=rsa_key, demo=True) as perps:
        assert "margin-fix.demo.kalshi.co" in repr(perps.fix("NR"))
