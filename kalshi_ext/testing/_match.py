"""Deciding whether a live request is a recorded one (the request matcher).

A request matches a recorded one when, after the live request has been scrubbed exactly as a
recording would have been:

- the **method** is the same;
- the **path** is the same (the full URL path, ``/trade-api/v2/...``); scheme, host and port are
  ignored unless ``host=True`` (loopback servers get a new port on every run);
- the **query** has the same parameters with the same values, in any order of parameters (the
  order of repeated values of one parameter counts: ``tickers=a&tickers=b``); names in
  ``ignore_query`` are left out;
- the **body** is the same: JSON compared as decoded values (key order and whitespace do not
  count), anything else byte for byte; fields named in ``ignore_body_fields`` are left out at
  any depth. The default ignores ``client_order_id`` and ``public_key``, which the SDK makes
  afresh on every run (order placement without an id, ``create_api_key``);
- each header named in ``headers`` has the same value (credential headers are always scrubbed,
  so naming them compares placeholders).

WebSocket frames a client sends are compared the same way as bodies, leaving out the fields
named in ``ignore_frame_fields`` (none by default: the SDK numbers its commands ``id`` 1, 2, ...
deterministically).

:meth:`Matcher.difference` says why two requests differ; a miss error quotes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from ._format import Body


@dataclass(frozen=True, slots=True)
class RequestView:
    """A request as the matcher sees it (already scrubbed)."""

    method: str
    url: str
    headers: dict[str, str]
    body: Body

    @property
    def path(self) -> str:
        return urlsplit(self.url).path or "/"

    @property
    def host(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"

    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.url).query, keep_blank_values=True)

    def describe(self) -> str:
        query = urlsplit(self.url).query
        return f"{self.method} {self.path}{'?' + query if query else ''}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _drop_fields(value: Any, names: frozenset[str]) -> Any:
    if isinstance(value, dict):
        return {k: _drop_fields(v, names) for k, v in value.items() if k not in names}
    if isinstance(value, list):
        return [_drop_fields(v, names) for v in value]
    return value


def _first_difference(live: Any, recorded: Any, where: str = "$") -> str | None:
    """Where two decoded JSON values first differ (a JSONPath-like location), or None."""
    if isinstance(live, dict) and isinstance(recorded, dict):
        for key in sorted(set(live) | set(recorded)):
            if key not in recorded:
                return f"{where}.{key} is sent but was not recorded"
            if key not in live:
                return f"{where}.{key} was recorded but is not sent"
            found = _first_difference(live[key], recorded[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(live, list) and isinstance(recorded, list):
        if len(live) != len(recorded):
            return f"{where} has {len(live)} items, {len(recorded)} recorded"
        for index, (a, b) in enumerate(zip(live, recorded, strict=True)):
            found = _first_difference(a, b, f"{where}[{index}]")
            if found:
                return found
        return None
    if live != recorded or type(live) is not type(recorded):
        return f"{where} is {_short(live)}, recorded {_short(recorded)}"
    return None


def _query_key(pairs: Iterable[tuple[str, str]], ignored: frozenset[str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for name, value in pairs:
        if name not in ignored:
            grouped.setdefault(name, []).append(value)
    return grouped


@dataclass(frozen=True, slots=True)
class Matcher:
    """Which parts of a request must equal the recorded one (see the module docstring)."""

    method: bool = True
    host: bool = False
    path: bool = True
    query: bool = True
    body: bool = True
    ignore_query: frozenset[str] = field(default_factory=frozenset)
    ignore_body_fields: frozenset[str] = frozenset({"client_order_id", "public_key"})
    headers: tuple[str, ...] = ()
    ignore_frame_fields: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        # Accept any iterable of names (a list or set from a marker) while staying hashable.
        object.__setattr__(self, "ignore_query", frozenset(self.ignore_query))
        object.__setattr__(self, "ignore_body_fields", frozenset(self.ignore_body_fields))
        object.__setattr__(self, "headers", tuple(h.lower() for h in self.headers))
        object.__setattr__(self, "ignore_frame_fields", frozenset(self.ignore_frame_fields))

    def difference(self, live: RequestView, recorded: RequestView) -> str | None:
        """None when ``live`` matches ``recorded``, else the first reason they differ."""
        if self.method and live.method.upper() != recorded.method.upper():
            return f"method {live.method} != recorded {recorded.method}"
        if self.path and live.path != recorded.path:
            return f"path {live.path} != recorded {recorded.path}"
        if self.host and live.host != recorded.host:
            return f"host {live.host} != recorded {recorded.host}"
        if self.query:
            a, b = _query_key(live.query(), self.ignore_query), _query_key(recorded.query(), self.ignore_query)
            if a != b:
                names = sorted(n for n in set(a) | set(b) if a.get(n) != b.get(n))
                return "query differs in " + ", ".join(f"{n}: {a.get(n)} != recorded {b.get(n)}" for n in names[:3])
        for name in self.headers:
            if live.headers.get(name) != recorded.headers.get(name):
                return (
                    f"header {name}: {_short(live.headers.get(name))} != recorded {_short(recorded.headers.get(name))}"
                )
        if self.body:
            return self._body_difference(live.body, recorded.body)
        return None

    def _body_difference(self, live: Body, recorded: Body) -> str | None:
        if live is None or recorded is None:
            if live is recorded:
                return None
            return "body is empty, recorded one is not" if live is None else "body is sent, recorded one is empty"
        if "json" in live and "json" in recorded:
            found = _first_difference(
                _drop_fields(live["json"], self.ignore_body_fields),
                _drop_fields(recorded["json"], self.ignore_body_fields),
            )
            return None if found is None else f"body {found}"
        if live != recorded:
            return f"body {_short(live)} != recorded {_short(recorded)}"
        return None


def frame_difference(live: Body, recorded: Body, ignore_fields: frozenset[str] = frozenset()) -> str | None:
    """Why a WebSocket frame the client sent differs from the recorded one (None: the same)."""
    return Matcher(ignore_body_fields=ignore_fields)._body_difference(live, recorded)
