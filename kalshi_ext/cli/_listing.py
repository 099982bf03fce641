"""List commands: one page (``--limit``, ``--cursor``) or every page (``--all``, with progress)."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, TextIO

from ._output import Clock, Column, is_unset, print_json, render_table

Handler = Callable[[argparse.Namespace, TextIO, TextIO], None]


def add_page_options(parser: argparse.ArgumentParser, *, max_limit: int = 1000) -> None:
    parser.add_argument(
        "--limit", type=int, metavar="N", help=f"page size, 1-{max_limit} (the API's default when omitted)"
    )
    parser.add_argument("--cursor", metavar="CURSOR", help="continue from this cursor (printed after a page)")
    parser.add_argument("--all", action="store_true", help="fetch every page (--limit is then the page size)")


class Progress:
    """``fetched N markets`` on stderr, redrawn in place, only when stderr is a terminal."""

    def __init__(self, err: TextIO, noun: str, *, interval: float = 0.2) -> None:
        isatty = getattr(err, "isatty", None)
        self._on = bool(callable(isatty) and isatty())
        self._err = err
        self._noun = noun
        self._interval = interval
        self._last = 0.0
        self.count = 0

    def step(self) -> None:
        self.count += 1
        now = time.monotonic()
        if self._on and now - self._last >= self._interval:
            self._last = now
            self._err.write(f"\rfetched {self.count} {self._noun}...")
            self._err.flush()

    def done(self) -> None:
        if self._on and self._last:
            self._err.write("\r\x1b[K")
            self._err.flush()


def collect(items: Iterable[Any], err: TextIO, noun: str) -> list[Any]:
    progress = Progress(err, noun)
    result: list[Any] = []
    try:
        for item in items:
            result.append(item)
            progress.step()
    finally:
        progress.done()
    return result


def given(**params: Any) -> dict[str, Any]:
    """Only the parameters the user gave (None means "not given": the API's default applies)."""
    return {k: v for k, v in params.items() if v is not None}


def page_args(args: argparse.Namespace) -> dict[str, Any]:
    """``limit``/``cursor`` keywords for a single-page call (only what the user gave)."""
    params: dict[str, Any] = {}
    if args.limit is not None:
        params["limit"] = args.limit
    if args.cursor is not None and not args.all:
        params["cursor"] = args.cursor
    return params


def items_of(page: Any, key: str) -> list[Any]:
    value = getattr(page, key, None)
    return [] if is_unset(value) else list(value)


def run_listing(
    args: argparse.Namespace,
    out: TextIO,
    err: TextIO,
    *,
    key: str,
    noun: str,
    columns: Sequence[Column],
    page: Callable[[dict[str, Any]], Any],
    every: Callable[[dict[str, Any]], Iterator[Any]] | None,
    params: dict[str, Any],
) -> None:
    """Fetch one page or all of them and print the ``key`` list as JSON or a table.

    JSON: the API's response for one page (``{key: [...], "cursor": ...}``), ``{key: [...]}``
    for ``--all``.
    """
    if args.all and every is not None:
        if args.cursor is not None:
            err.write("kalshi-ext: note: --cursor is ignored with --all\n")
        paging = dict(params)
        if args.limit is not None:
            paging["limit"] = args.limit
        items = collect(every(paging), err, noun)
        if args.json:
            print_json(out, {key: items})
            return
        _table(out, columns, items, noun, None)
        return
    response = page({**params, **page_args(args)})
    items = items_of(response, key)
    if args.json:
        print_json(out, response)
        return
    cursor = getattr(response, "cursor", None)
    _table(out, columns, items, noun, None if is_unset(cursor) else str(cursor))


def _table(out: TextIO, columns: Sequence[Column], items: list[Any], noun: str, cursor: str | None) -> None:
    if not items:
        print(f"No {noun}.", file=out)
    else:
        render_table(out, columns, items)
    if cursor:
        print(f"(more: --cursor {cursor}, or --all)", file=out)


def listing_command(
    doc: str,
    *,
    client: Callable[[argparse.Namespace], AbstractContextManager[Any]],
    key: str,
    columns: Callable[[Clock], Sequence[Column]],
    params: Callable[[argparse.Namespace], dict[str, Any]],
    page: Callable[[Any], Callable[..., Any]],
    every: Callable[[Any], Callable[..., Iterator[Any]]],
    noun: str | None = None,
) -> Handler:
    """A list command's handler, from what differs between list commands (one handler for all of them).

    ``page`` and ``every`` pick the one-page and every-page methods off the open client
    (``lambda c: c.orders.list``); ``params`` maps the parsed options to the API's filters (only
    what the user gave); ``noun`` (default ``key``) is what the table and the progress line call
    an item. The handler raises what the client raises (see :func:`run_listing`).
    """

    def handler(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
        filters = params(args)
        with client(args) as open_client:
            run_listing(
                args,
                out,
                err,
                key=key,
                noun=noun or key,
                columns=columns(Clock(args.utc)),
                page=lambda p: page(open_client)(**p),
                every=lambda p: every(open_client)(**p),
                params=filters,
            )

    handler.__doc__ = doc
    return handler
