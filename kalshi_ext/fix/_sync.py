"""``FixClient``: the synchronous facade, an :class:`AsyncFixClient` on an event loop in a thread.

Every method blocks until the async one finished; messages are read with :meth:`FixClient.receive`
or by iterating. The session, codec and store are the same objects the async client uses.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine, Iterable, Iterator
from concurrent.futures import Future
from typing import Any, Self, TypeVar

from ._book import FixBooks
from ._client import AsyncFixClient
from ._errors import FixSessionError
from ._events import Event, SentMessage

R = TypeVar("R")


class _Loop:
    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="kalshi-fix", daemon=True)
        self.thread.start()

    def call(self, coro: Coroutine[Any, Any, R], timeout: float | None = None) -> R:
        future: Future[R] = asyncio.run_coroutine_threadsafe(coro, self.loop)
        return future.result(timeout)

    def stop(self) -> None:
        if self.thread.is_alive():
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join()
            self.loop.close()


class FixClient:
    """Synchronous FIX session: the same keywords as :class:`AsyncFixClient`.

    ``with FixClient("RT", ...) as fix:`` logs on and closes. Calls block; ``on_message`` runs in
    the client's thread.

    Raises:
        KalshiConfigurationError / FixConfigurationError: any invalid argument, before connecting.
    """

    def __init__(self, session: str = "RT", **options: Any) -> None:
        self._loop = _Loop()
        try:
            self._client = self._loop.call(self._make(session, options))
        except BaseException:
            self._loop.stop()
            raise

    @staticmethod
    async def _make(session: str, options: dict[str, Any]) -> AsyncFixClient:
        return AsyncFixClient(session, **options)

    @classmethod
    def from_client(cls, client: Any, session: str = "RT", **options: Any) -> Self:
        """As :meth:`AsyncFixClient.from_client` (``kalshi.fix("RT")``)."""
        self = cls.__new__(cls)
        self._loop = _Loop()

        async def make() -> AsyncFixClient:
            return AsyncFixClient.from_client(client, session, **options)

        try:
            self._client = self._loop.call(make())
        except BaseException:
            self._loop.stop()
            raise
        return self

    def __enter__(self) -> Self:
        self.logon()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return repr(self._client).replace("AsyncFixClient", "FixClient", 1)

    @property
    def logged_on(self) -> bool:
        return self._client.logged_on

    @property
    def books(self) -> FixBooks:
        return self._client.books

    @property
    def next_seq_out(self) -> int:
        return self._client.next_seq_out

    @property
    def next_seq_in(self) -> int:
        return self._client.next_seq_in

    def logon(self, timeout: float = 15.0) -> None:
        """Raises as :meth:`AsyncFixClient.logon`."""
        self._loop.call(self._client.logon(timeout))

    def logout(self, text: str | None = None) -> None:
        self._loop.call(self._client.logout(text))

    def close(self) -> None:
        """Log out, close the connection and stop the client's thread."""
        if self._loop.thread.is_alive():
            try:
                self._loop.call(self._client.close())
            finally:
                self._loop.stop()

    def receive(self, timeout: float | None = None) -> Event:
        """The next message or event. Raises TimeoutError, or FixSessionError once closed."""
        return self._loop.call(self._client.receive(timeout))

    def __iter__(self) -> Iterator[Event]:
        while True:
            try:
                yield self.receive()
            except FixSessionError:
                return

    def _run(self, method: Callable[..., Coroutine[Any, Any, SentMessage]], **kwargs: Any) -> SentMessage:
        return self._loop.call(method(**kwargs))

    def new_order(self, **kwargs: Any) -> SentMessage:
        """As :meth:`AsyncFixClient.new_order`."""
        return self._run(self._client.new_order, **kwargs)

    def cancel(self, **kwargs: Any) -> SentMessage:
        return self._run(self._client.cancel, **kwargs)

    def replace(self, **kwargs: Any) -> SentMessage:
        return self._run(self._client.replace, **kwargs)

    def mass_cancel(self, **kwargs: Any) -> SentMessage:
        return self._run(self._client.mass_cancel, **kwargs)

    def order_group(self, **kwargs: Any) -> SentMessage:
        return self._run(self._client.order_group, **kwargs)

    def quote_request(self, **kwargs: Any) -> SentMessage:
        return self._run(self._client.quote_request, **kwargs)

    def quote(self, **kwargs: Any) -> SentMessage:
        return self._run(self._client.quote, **kwargs)

    def quote_cancel(self, **kwargs: Any) -> SentMessage:
        return self._run(self._client.quote_cancel, **kwargs)

    def quote_confirm(self, **kwargs: Any) -> SentMessage:
        return self._run(self._client.quote_confirm, **kwargs)

    def accept_quote(self, **kwargs: Any) -> SentMessage:
        return self._run(self._client.accept_quote, **kwargs)

    def rfq_cancel(self, **kwargs: Any) -> SentMessage:
        return self._run(self._client.rfq_cancel, **kwargs)

    def subscribe(self, symbols: Iterable[str]) -> SentMessage:
        return self._loop.call(self._client.subscribe(list(symbols)))

    def snapshot(self, symbols: Iterable[str]) -> SentMessage:
        return self._loop.call(self._client.snapshot(list(symbols)))

    def unsubscribe(self, symbols: Iterable[str] = ()) -> SentMessage:
        return self._loop.call(self._client.unsubscribe(list(symbols)))

    def event_resend(self, **kwargs: Any) -> SentMessage:
        return self._run(self._client.event_resend, **kwargs)

    def send_message(self, msg_type: str, fields: list[tuple[int, Any]]) -> SentMessage:
        return self._loop.call(self._client.send_message(msg_type, fields))
