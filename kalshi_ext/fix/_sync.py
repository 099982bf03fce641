"""``FixClient``: the synchronous facade, an :class:`AsyncFixClient` on an event loop in a thread.

Every method blocks until the async one finished; messages are read with :meth:`FixClient.receive`
or by iterating. The session, codec and store are the same objects the async client uses.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine, Iterable, Iterator
from concurrent.futures import Future
from datetime import datetime
from typing import Any, Self, TypeVar

from ._app import Number
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
    def session_id(self) -> str:
        return self._client.session_id

    @property
    def session_type(self) -> str:
        return self._client.session_type

    @property
    def next_seq_in(self) -> int:
        return self._client.next_seq_in

    def logon(self, timeout: float = 15.0) -> None:
        """Raises as :meth:`AsyncFixClient.logon`."""
        self._loop.call(self._client.logon(timeout))

    def logout(self, text: str | None = None, timeout: float = 5.0) -> None:
        """Send a Logout and wait (up to ``timeout``) for the counterparty's."""
        self._loop.call(self._client.logout(text, timeout))

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
        return self.messages()

    def messages(self) -> Iterator[Event]:
        """Every inbound message and event, in order, until the session is closed."""
        while True:
            try:
                yield self.receive()
            except FixSessionError:
                return

    def new_order(
        self,
        *,
        cl_ord_id: str,
        symbol: str,
        side: str,
        qty: Number,
        price: Number,
        time_in_force: str | None = None,
        expire_time: datetime | None = None,
        post_only: bool = False,
        self_trade_prevention: str | None = None,
        order_group_id: str | None = None,
        cancel_order_on_pause: bool | None = None,
        max_execution_cost: Number | None = None,
        subaccount: int | None = None,
    ) -> SentMessage:
        """As :meth:`AsyncFixClient.new_order` (and raises the same)."""
        return self._loop.call(
            self._client.new_order(
                cl_ord_id=cl_ord_id,
                symbol=symbol,
                side=side,
                qty=qty,
                price=price,
                time_in_force=time_in_force,
                expire_time=expire_time,
                post_only=post_only,
                self_trade_prevention=self_trade_prevention,
                order_group_id=order_group_id,
                cancel_order_on_pause=cancel_order_on_pause,
                max_execution_cost=max_execution_cost,
                subaccount=subaccount,
            )
        )

    def cancel(
        self, *, cl_ord_id: str, orig_cl_ord_id: str, symbol: str, side: str, order_id: str | None = None
    ) -> SentMessage:
        """As :meth:`AsyncFixClient.cancel`."""
        return self._loop.call(
            self._client.cancel(
                cl_ord_id=cl_ord_id, orig_cl_ord_id=orig_cl_ord_id, symbol=symbol, side=side, order_id=order_id
            )
        )

    def replace(
        self,
        *,
        cl_ord_id: str,
        orig_cl_ord_id: str,
        symbol: str,
        side: str,
        qty: Number,
        price: Number | None = None,
        order_id: str | None = None,
    ) -> SentMessage:
        """As :meth:`AsyncFixClient.replace`."""
        return self._loop.call(
            self._client.replace(
                cl_ord_id=cl_ord_id,
                orig_cl_ord_id=orig_cl_ord_id,
                symbol=symbol,
                side=side,
                qty=qty,
                price=price,
                order_id=order_id,
            )
        )

    def mass_cancel(self, *, cl_ord_id: str) -> SentMessage:
        """As :meth:`AsyncFixClient.mass_cancel`."""
        return self._loop.call(self._client.mass_cancel(cl_ord_id=cl_ord_id))

    def order_group(
        self, *, action: str, order_group_id: str | None = None, contracts_limit: int | None = None
    ) -> SentMessage:
        """As :meth:`AsyncFixClient.order_group`."""
        return self._loop.call(
            self._client.order_group(action=action, order_group_id=order_group_id, contracts_limit=contracts_limit)
        )

    def quote_request(
        self, *, quote_req_id: str, symbol: str, qty: Number | None = None, cash_qty: Number | None = None
    ) -> SentMessage:
        """As :meth:`AsyncFixClient.quote_request`."""
        return self._loop.call(
            self._client.quote_request(quote_req_id=quote_req_id, symbol=symbol, qty=qty, cash_qty=cash_qty)
        )

    def quote(
        self,
        *,
        quote_id: str,
        quote_req_id: str,
        symbol: str,
        bid_px: Number | None = None,
        offer_px: Number | None = None,
        qty: Number | None = None,
    ) -> SentMessage:
        """As :meth:`AsyncFixClient.quote`."""
        return self._loop.call(
            self._client.quote(
                quote_id=quote_id, quote_req_id=quote_req_id, symbol=symbol, bid_px=bid_px, offer_px=offer_px, qty=qty
            )
        )

    def quote_cancel(self, *, quote_id: str) -> SentMessage:
        """As :meth:`AsyncFixClient.quote_cancel`."""
        return self._loop.call(self._client.quote_cancel(quote_id=quote_id))

    def quote_confirm(self, *, quote_id: str) -> SentMessage:
        """As :meth:`AsyncFixClient.quote_confirm`."""
        return self._loop.call(self._client.quote_confirm(quote_id=quote_id))

    def accept_quote(self, *, quote_id: str, side: str, qty: Number | None = None) -> SentMessage:
        """As :meth:`AsyncFixClient.accept_quote`."""
        return self._loop.call(self._client.accept_quote(quote_id=quote_id, side=side, qty=qty))

    def rfq_cancel(self, *, quote_req_id: str | None = None, rfq_id: str | None = None) -> SentMessage:
        """As :meth:`AsyncFixClient.rfq_cancel`."""
        return self._loop.call(self._client.rfq_cancel(quote_req_id=quote_req_id, rfq_id=rfq_id))

    def subscribe(self, symbols: Iterable[str]) -> SentMessage:
        """As :meth:`AsyncFixClient.subscribe`; ``books`` follows."""
        return self._loop.call(self._client.subscribe(list(symbols)))

    def snapshot(self, symbols: Iterable[str]) -> SentMessage:
        """As :meth:`AsyncFixClient.snapshot`."""
        return self._loop.call(self._client.snapshot(list(symbols)))

    def unsubscribe(self, symbols: Iterable[str] = ()) -> SentMessage:
        """As :meth:`AsyncFixClient.unsubscribe`."""
        return self._loop.call(self._client.unsubscribe(list(symbols)))

    def event_resend(self, *, begin_exec_id: str, end_exec_id: str | None = None) -> SentMessage:
        """As :meth:`AsyncFixClient.event_resend`."""
        return self._loop.call(self._client.event_resend(begin_exec_id=begin_exec_id, end_exec_id=end_exec_id))

    def send_message(self, msg_type: str, fields: list[tuple[int, Any]]) -> SentMessage:
        """As :meth:`AsyncFixClient.send_message`."""
        return self._loop.call(self._client.send_message(msg_type, fields))
