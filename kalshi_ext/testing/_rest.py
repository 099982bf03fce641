"""Record/replay httpx transports (sync and async) for the REST clients.

Pass one as the client's ``transport=``: the client still signs every request (the signature is
scrubbed before anything is stored) and still applies its retries and error mapping to the
replayed answers, so a replayed 429 or 500 is retried exactly as a live one would be. A request
that got no answer (timeout, dropped connection) is recorded too, and replays as the same
``httpx`` exception, so the client's order-safety lookups replay as well.
"""

from __future__ import annotations

import httpx

from ._cassette import Cassette


def _live_headers(response: httpx.Response) -> list[tuple[str, str]]:
    # read() already undid the content and transfer encodings: their headers would now lie.
    return [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _ENCODING_HEADERS]


_ENCODING_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class CassetteTransport(httpx.BaseTransport):
    """Sync transport: answers from the cassette, or sends through ``inner`` and records.

    Raises (from ``handle_request``):
        CassetteMissError: no recorded answer and the record mode does not allow sending.
    """

    def __init__(self, cassette: Cassette, inner: httpx.BaseTransport | None = None) -> None:
        self.cassette = cassette
        self._inner = inner

    def _network(self) -> httpx.BaseTransport:
        if self._inner is None:
            self._inner = httpx.HTTPTransport()
        return self._inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        cassette = self.cassette
        live = cassette.view(request)
        found = cassette.lookup(live)
        if found is not None:
            return cassette.replay(found, request)
        if not cassette.recording:
            raise cassette.miss(live)
        try:
            response = self._network().handle_request(request)
            try:
                response.read()
            finally:
                response.close()
        except httpx.TransportError as exc:
            cassette.record_error(live, exc)
            raise
        cassette.record(live, response)
        # The caller gets the live answer (a generated private key must reach the key file).
        return httpx.Response(
            response.status_code,
            headers=_live_headers(response),
            content=response.content,
            request=request,
        )

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()


class AsyncCassetteTransport(httpx.AsyncBaseTransport):
    """Async transport: as :class:`CassetteTransport`, for ``AsyncKalshiClient`` and friends.

    Raises (from ``handle_async_request``):
        CassetteMissError: no recorded answer and the record mode does not allow sending.
    """

    def __init__(self, cassette: Cassette, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self.cassette = cassette
        self._inner = inner

    def _network(self) -> httpx.AsyncBaseTransport:
        if self._inner is None:
            self._inner = httpx.AsyncHTTPTransport()
        return self._inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        cassette = self.cassette
        live = cassette.view(request)
        found = cassette.lookup(live)
        if found is not None:
            return cassette.replay(found, request)
        if not cassette.recording:
            raise cassette.miss(live)
        try:
            response = await self._network().handle_async_request(request)
            try:
                await response.aread()
            finally:
                await response.aclose()
        except httpx.TransportError as exc:
            cassette.record_error(live, exc)
            raise
        cassette.record(live, response)
        return httpx.Response(
            response.status_code,
            headers=_live_headers(response),
            content=response.content,
            request=request,
        )

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()
