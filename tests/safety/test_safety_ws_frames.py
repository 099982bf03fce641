"""WebSocket frames are capped like REST bodies, after permessage-deflate decompression, and
``max_size=None`` does not lift the cap."""

from __future__ import annotations

import pytest

websockets = pytest.importorskip("websockets")

from websockets.asyncio.server import ServerConnection, serve  # noqa: E402
from websockets.exceptions import ConnectionClosedError  # noqa: E402

from kalshi_ext.ws._connection import DEFAULT_MAX_FRAME_BYTES, ConnectOptions, open_connection  # noqa: E402

MIB = 1024 * 1024


@pytest.mark.parametrize(
    ("max_size", "size", "compression"),
    [(None, DEFAULT_MAX_FRAME_BYTES + MIB, False), (MIB, 2 * MIB, False), (MIB, 40 * MIB, True)],
    ids=["None means the default cap", "explicit cap", "deflate bomb"],
)
async def test_an_oversized_frame_closes_the_connection(max_size: int | None, size: int, compression: bool) -> None:
    async def handler(conn: ServerConnection) -> None:
        await conn.send("0" * size)  # compresses ~1000:1 with permessage-deflate
        await conn.wait_closed()

    async with serve(handler, "127.0.0.1", 0, compression="deflate" if compression else None, max_size=None) as srv:
        port = srv.sockets[0].getsockname()[1]
        options = ConnectOptions(max_size=max_size, compression=compression, ping_interval=None)
        conn = await open_connection(f"ws://127.0.0.1:{port}/", "/", None, options)
        with pytest.raises(ConnectionClosedError) as info:
            await conn.recv()
        assert info.value.sent is not None and info.value.sent.code == 1009  # message too big
