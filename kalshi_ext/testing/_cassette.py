"""A cassette: recorded REST interactions and WebSocket connections, the record mode, and the
decisions shared by the sync and async transports (play this request, or record it).

Record modes:

- ``"none"`` (the default): replay only. The file must exist; a request with no recorded
  answer raises :class:`CassetteMissError`. Nothing ever reaches the network.
- ``"once"``: replay if the file exists (as ``"none"``), else record everything and write it.
- ``"new"``: replay what is recorded; send and record what is not (appended on save).
- ``"all"``: send and record everything; the file is rewritten on save.

Each recorded interaction answers one request (in recording order among equal requests), so
a polled endpoint replays its successive answers; ``allow_repeats=True`` lets the last
matching interaction answer again once every matching one has been played.
"""

from __future__ import annotations

import os
import threading
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from .._errors import KalshiConfigurationError
from . import _format
from ._aliases import Aliases
from ._errors import CassetteMissError, CassetteNotFoundError
from ._format import Body, decode_body, encode_body
from ._match import Matcher, RequestView
from ._scrub import Scrubber, restore_keys

if TYPE_CHECKING:
    from ._rest import AsyncCassetteTransport, CassetteTransport
    from ._ws import WebSocketCassette

# Hop-by-hop and encoding headers are not replayed: the stored body is already decoded.
_DROPPED_RESPONSE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding", "connection"})


class RecordMode(StrEnum):
    """When a cassette goes to the network (see the module docstring)."""

    NONE = "none"
    ONCE = "once"
    NEW = "new"
    ALL = "all"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"kalshi-ext {version('kalshi-ext')}"
    except PackageNotFoundError:
        return "kalshi-ext"


class Cassette:
    """Recorded traffic in one JSON file, used by the record/replay transports and WS server.

    ``with Cassette(path, mode="once") as cassette:`` saves on a clean exit (not when the block
    raises: a half-recorded cassette would make the next run fail in confusing ways).

    Raises:
        KalshiConfigurationError: an unknown mode, or a matcher/scrubber of the wrong type.
        CassetteNotFoundError: mode ``"none"`` and no file at ``path``.
        CassetteFormatError: the file exists but is not a readable cassette.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        mode: RecordMode | str = RecordMode.NONE,
        matcher: Matcher | None = None,
        scrubber: Scrubber | None = None,
        allow_repeats: bool = False,
    ) -> None:
        try:
            self.mode = RecordMode(mode)
        except ValueError:
            raise KalshiConfigurationError(
                f"record mode must be one of {[m.value for m in RecordMode]}, not {mode!r}"
            ) from None
        if matcher is not None and not isinstance(matcher, Matcher):
            raise KalshiConfigurationError("matcher must be a kalshi_ext.testing.Matcher")
        if scrubber is not None and not isinstance(scrubber, Scrubber):
            raise KalshiConfigurationError("scrubber must be a kalshi_ext.testing.Scrubber")
        self.path = Path(path)
        self.matcher = matcher or Matcher()
        self.scrubber = scrubber or Scrubber()
        self.allow_repeats = allow_repeats
        exists = self.path.exists()
        if self.mode is RecordMode.NONE and not exists:
            raise CassetteNotFoundError(
                f"cassette {self.path} does not exist and the record mode is 'none' (replay only); "
                "record it with mode 'once' (pytest: --kalshi-record-mode=once)"
            )
        self.replaying = self.mode in (RecordMode.NONE, RecordMode.NEW) or (self.mode is RecordMode.ONCE and exists)
        self.recording = self.mode in (RecordMode.NEW, RecordMode.ALL) or (self.mode is RecordMode.ONCE and not exists)
        keep = exists and self.mode is not RecordMode.ALL
        self.data: dict[str, Any] = _format.load(self.path) if keep else _format.empty(_version())
        self._played: list[int] = [0] * len(self.data["interactions"])
        self._ws_next = 0  # WebSocket connections are replayed in recording order
        self._lock = threading.Lock()
        self._servers: list[WebSocketCassette] = []
        self.aliases = Aliases()
        self.dirty = False

    # -- the public handles ------------------------------------------------------------------

    def transport(self, inner: httpx.BaseTransport | None = None) -> CassetteTransport:
        """A sync httpx transport for ``KalshiClient(transport=...)`` (and Perps, Klear clients).

        ``inner`` is where requests go when recording (default: a plain ``httpx.HTTPTransport``;
        a simulator's in-process transport works too). When only replaying it is never used.
        """
        from ._rest import CassetteTransport

        return CassetteTransport(self, inner)

    def async_transport(self, inner: httpx.AsyncBaseTransport | None = None) -> AsyncCassetteTransport:
        """The async counterpart of :meth:`transport`, for ``AsyncKalshiClient(transport=...)``."""
        from ._rest import AsyncCassetteTransport

        return AsyncCassetteTransport(self, inner)

    def websocket(self, upstream: str | None = None) -> WebSocketCassette:
        """A loopback WebSocket server (``ws://127.0.0.1:<port>``) that replays recorded
        connections and, when recording, forwards to ``upstream`` (a ``ws://`` or ``wss://``
        origin such as ``wss://api.elections.kalshi.com``) and records every frame. Use it as a
        context manager and point a WebSocket client at ``server.url_for(path)``.

        Raises:
            KalshiConfigurationError: recording without ``upstream``.
        """
        from ._ws import WebSocketCassette

        if self.recording and self.mode is not RecordMode.NEW and upstream is None:
            raise KalshiConfigurationError("recording WebSocket traffic needs upstream='wss://...' (or ws://)")
        server = WebSocketCassette(self, upstream)
        self._servers.append(server)
        return server

    # -- REST decisions (shared by the sync and async transports) ------------------------------

    def view(self, request: httpx.Request) -> RequestView:
        """The scrubbed form of a live request, as it would be stored (learning its secrets)."""
        headers = self.scrubber.header_map(request.headers.multi_items())  # first: it learns the credentials
        url = request.url
        query: list[tuple[str, str | int | float | bool | None]] = list(self.scrubber.query(url.params.multi_items()))
        bare = url.copy_with(query=None)
        path = self.scrubber.text(bare.path)
        if path != bare.path:  # a credential in the path (deleting the signing key by its id)
            bare = bare.copy_with(path=path)
        scrubbed = bare.copy_merge_params(httpx.QueryParams(query)) if query else bare
        body = encode_body(request.content, request.headers.get("content-type"))
        if body is not None and "json" in body:
            body = {"json": self.scrubber.json(body["json"])}
        elif body is not None and "text" in body:
            body = {"text": self.scrubber.text(body["text"])}
        return RequestView(request.method, str(scrubbed), headers, body)

    def lookup(self, live: RequestView) -> dict[str, Any] | None:
        """The first unplayed recorded interaction matching ``live`` (marked played), or None."""
        if not self.replaying:
            return None
        wanted = self.aliases.as_recorded(live)
        with self._lock:
            chosen: int | None = None
            fallback: int | None = None
            for index, entry in enumerate(self.data["interactions"]):
                if self.matcher.difference(wanted, _recorded_view(entry)) is not None:
                    continue
                if self._played[index] == 0:
                    chosen = index
                    break
                if self.allow_repeats:
                    fallback = index  # the last matching one: the most recent state recorded
            if chosen is None:
                chosen = fallback
            if chosen is None:
                return None
            self._played[chosen] += 1
            found: dict[str, Any] = self.data["interactions"][chosen]
        self.aliases.learn(live.body, found["request"].get("body"), self.matcher.ignore_body_fields)
        return found

    def replay(self, entry: dict[str, Any], request: httpx.Request) -> httpx.Response:
        """The recorded answer of ``entry`` as a response to ``request``.

        Raises:
            httpx.TransportError: the recorded failure (the same class), when one was recorded.
        """
        error = entry.get("error")
        if isinstance(error, dict):
            cls = getattr(httpx, str(error.get("type")), None)
            if not (isinstance(cls, type) and issubclass(cls, httpx.TransportError)):
                cls = httpx.TransportError
            raise cls(str(error.get("message", "recorded transport error")), request=request)
        status, headers, content = self.response_parts(entry["response"])
        return httpx.Response(status, headers=headers, content=content, request=request)

    def miss(self, live: RequestView) -> CassetteMissError:
        """The error for a request nothing answers (quoting the nearest recorded requests)."""
        near: list[str] = []
        for index, entry in enumerate(self.data["interactions"]):
            recorded = _recorded_view(entry)
            if recorded.method.upper() == live.method.upper() and recorded.path == live.path:
                reason = self.matcher.difference(live, recorded) or "already played (allow_repeats=False)"
                near.append(f"  #{index} {recorded.describe()}: {reason}")
        detail = "\n".join(near[:5]) if near else "  no recorded request has this method and path"
        return CassetteMissError(
            f"no recorded interaction in {self.path} matches {live.describe()} (record mode "
            f"'{self.mode.value}'; nothing was sent)\n{detail}\n"
            "Re-record with --kalshi-record-mode=new (or 'all'), or change the Matcher."
        )

    def response_parts(self, stored: dict[str, Any]) -> tuple[int, list[tuple[str, str]], bytes]:
        """Status, headers and body bytes to replay (private-key placeholders get fresh keys)."""
        body: Body = stored.get("body")
        if body is not None and "json" in body:
            body = {"json": self.aliases.to_live(restore_keys(body["json"]))}
        elif body is not None and "text" in body:
            body = {"text": restore_keys(body["text"])}
        headers = [
            (str(n), str(v))
            for n, v in stored.get("headers", {}).items()
            if str(n).lower() not in _DROPPED_RESPONSE_HEADERS
        ]
        return int(stored["status"]), headers, decode_body(body)

    def record(self, live: RequestView, response: httpx.Response) -> None:
        """Store one interaction (``response`` already read; its stored copy is scrubbed)."""
        if not self.recording:
            return
        body = encode_body(response.content, response.headers.get("content-type"))
        if body is not None and "json" in body:
            body = {"json": self.scrubber.json(body["json"])}
        elif body is not None and "text" in body:
            body = {"text": self.scrubber.text(body["text"])}
        headers = {
            name: value
            for name, value in self.scrubber.header_map(response.headers.multi_items()).items()
            if name not in _DROPPED_RESPONSE_HEADERS
        }
        self._store(live, "response", {"status": response.status_code, "headers": headers, "body": body})

    def record_error(self, live: RequestView, exc: httpx.TransportError) -> None:
        """Store a request that got no answer (timeout, dropped connection): replay raises it again."""
        if self.recording:
            self._store(live, "error", {"type": type(exc).__name__, "message": self.scrubber.text(str(exc))})

    def _store(self, live: RequestView, kind: str, outcome: dict[str, Any]) -> None:
        request = {"method": live.method, "url": live.url, "headers": dict(live.headers), "body": live.body}
        with self._lock:
            self.data["interactions"].append({"request": request, kind: outcome})
            self._played.append(1)
            self.dirty = True

    # -- WebSocket bookkeeping (used by the loopback server) ----------------------------------

    def next_connection(self) -> dict[str, Any] | None:
        """The next recorded WebSocket connection to replay, or None when all have been."""
        with self._lock:
            conns = self.data["websockets"]
            if not self.replaying or self._ws_next >= len(conns):
                return None
            conn: dict[str, Any] = conns[self._ws_next]
            self._ws_next += 1
            return conn

    def add_connection(self, conn: dict[str, Any]) -> None:
        with self._lock:
            self.data["websockets"].append(conn)
            self._ws_next = len(self.data["websockets"])
            self.dirty = True

    # -- lifecycle ---------------------------------------------------------------------------

    def unplayed(self) -> list[str]:
        """Recorded REST requests not replayed so far (``"#index METHOD /path"``)."""
        with self._lock:
            return [
                f"#{i} {_recorded_view(e).describe()}"
                for i, e in enumerate(self.data["interactions"])
                if self._played[i] == 0
            ]

    def save(self) -> bool:
        """Write the file if anything was recorded; return whether it was written."""
        with self._lock:
            if not (self.recording and self.dirty):
                return False
            _format.save(self.path, self.data)
            self.dirty = False
            return True

    def close(self) -> list[str]:
        """Stop the WebSocket servers still running; return every miss they saw (empty: none)."""
        problems: list[str] = []
        for server in self._servers:
            server.stop()
            problems.extend(f"WebSocket replay from {self.path}: {error}" for error in server.errors)
        return problems

    def __enter__(self) -> Cassette:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        problems = self.close()
        if exc_type is None:
            self.save()
            if problems:
                raise CassetteMissError("\n".join(problems))

    def __repr__(self) -> str:
        n_rest, n_ws = len(self.data["interactions"]), len(self.data["websockets"])
        return f"Cassette({str(self.path)!r}, mode={self.mode.value!r}, interactions={n_rest}, websockets={n_ws})"


def _recorded_view(entry: dict[str, Any]) -> RequestView:
    request = entry["request"]
    headers = {str(n).lower(): str(v) for n, v in request.get("headers", {}).items()}
    return RequestView(str(request["method"]), str(request["url"]), headers, request.get("body"))
