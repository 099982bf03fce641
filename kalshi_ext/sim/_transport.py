"""The in-process front end: an ``httpx.MockTransport`` calling the simulator directly (no sockets)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ._faults import ConnectionDroppedError

if TYPE_CHECKING:
    from ._simulator import Simulator


def make_transport(sim: Simulator) -> httpx.MockTransport:
    """A transport usable by ``httpx.Client`` and ``httpx.AsyncClient`` alike.

    A ``drop_after_write`` fault surfaces as ``httpx.ReadError`` after the engine applied the request,
    which is how a dropped connection looks to a client.
    """

    def handler(request: httpx.Request) -> httpx.Response:
        body = request.read()
        target = request.url.raw_path.decode("ascii")
        try:
            status, headers, data = sim.handle(request.method, target, dict(request.headers), body)
        except ConnectionDroppedError:
            raise httpx.ReadError(
                "connection dropped by the simulator after the write was applied", request=request
            ) from None
        return httpx.Response(status, headers=headers, content=data, request=request)

    return httpx.MockTransport(handler)
