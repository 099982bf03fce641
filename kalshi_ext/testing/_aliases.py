"""Values the SDK makes afresh on every run (``client_order_id``), mapped between the recording
and the live run so that replayed answers and later requests stay consistent.

When a live request matches a recorded one while differing in an ignored body field (see
``Matcher.ignore_body_fields``), the pair (recorded value, live value) is learned. From then on
replayed JSON answers carry the live value wherever the recorded one was (the order the SDK
placed comes back with the id the SDK sent), and a live request carrying the live value is
matched as if it carried the recorded one (a lookup by ``client_order_id`` finds the recording).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from ._format import Body
from ._match import RequestView


def _pairs(live: Any, recorded: Any, names: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(recorded, live) string pairs of ignored fields found at the same place in both values."""
    if isinstance(live, dict) and isinstance(recorded, dict):
        for key in live.keys() & recorded.keys():
            a, b = live[key], recorded[key]
            if key in names and isinstance(a, str) and isinstance(b, str) and a != b:
                yield b, a
            else:
                yield from _pairs(a, b, names)
    elif isinstance(live, list) and isinstance(recorded, list):
        for a, b in zip(live, recorded, strict=False):
            yield from _pairs(a, b, names)


def _replace(value: Any, table: dict[str, str]) -> Any:
    if isinstance(value, str):
        return table.get(value, value)
    if isinstance(value, dict):
        return {k: _replace(v, table) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace(v, table) for v in value]
    return value


class Aliases:
    """The learned (recorded -> live) table of one cassette; thread-safe."""

    def __init__(self) -> None:
        self._to_live: dict[str, str] = {}
        self._to_recorded: dict[str, str] = {}
        self._lock = threading.Lock()

    def learn(self, live: Body, recorded: Body, names: frozenset[str]) -> None:
        if live is None or recorded is None or "json" not in live or "json" not in recorded:
            return
        with self._lock:
            for old, new in _pairs(live["json"], recorded["json"], names):
                self._to_live[old] = new
                self._to_recorded[new] = old

    def as_recorded(self, view: RequestView) -> RequestView:
        """``view`` with live values translated back to the recorded ones (query and JSON body)."""
        with self._lock:
            table = dict(self._to_recorded)
        if not table:
            return view
        from urllib.parse import urlencode, urlsplit, urlunsplit

        parts = urlsplit(view.url)
        query = urlencode([(k, table.get(v, v)) for k, v in view.query()])
        body = view.body
        if body is not None and "json" in body:
            body = {"json": _replace(body["json"], table)}
        return RequestView(view.method, urlunsplit(parts._replace(query=query)), view.headers, body)

    def to_live(self, value: Any) -> Any:
        """A replayed JSON value with recorded values replaced by their live twins."""
        with self._lock:
            table = dict(self._to_live)
        return _replace(value, table) if table else value
