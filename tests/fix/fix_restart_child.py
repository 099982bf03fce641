"""Child process for the restart test: log on to KalshiRT with a store, send orders, wait to be killed.

python fix_restart_child.py PORT CAFILE KEYFILE STORE_DIR COUNT
"""

from __future__ import annotations

import asyncio
import sys
from decimal import Decimal

from kalshi_ext.fix import AsyncFixClient

KEY_ID = "11111111-2222-3333-4444-555555555555"


async def main(port: int, cafile: str, keyfile: str, store: str, count: int) -> None:
    client = AsyncFixClient(
        "RT",
        key_id=KEY_ID,
        private_key_path=keyfile,
        host="127.0.0.1",
        port=port,
        allow_custom_host=True,
        cafile=cafile,
        store=store,
        reconnect=False,
    )
    await client.logon()
    seqs = []
    for n in range(count):
        sent = await client.new_order(
            cl_ord_id=f"restart-{n}", symbol="KXTEST-1", side="buy", qty=Decimal(n + 1), price="0.5"
        )
        seqs.append(sent.seq)
    print("SENT", *seqs, flush=True)
    await asyncio.sleep(3600)  # killed here, without a Logout


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])))
