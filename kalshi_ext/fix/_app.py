"""The application API of :class:`AsyncFixClient`: orders, order groups, RFQ, market data, drop copy.

Each method checks its arguments (:mod:`._requests`), then sends one message and returns a
``SentMessage``; the answers (ExecutionReport, OrderCancelReject, ...) arrive on the message stream.
``new_order`` refuses a ClOrdID the store already holds for this session.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kalshi_fix_dictionary import MESSAGES

from . import _requests as rq
from ._codec import Value
from ._errors import FixConfigurationError

if TYPE_CHECKING:
    from ._events import SentMessage

Number = Decimal | int | str


class AppMethods:
    _use_dollars: bool

    async def _send(self, msg_type: str, fields: list[tuple[int, Value]], cl_ord_id: str | None = None) -> SentMessage:
        raise NotImplementedError

    async def new_order(
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
        """NewOrderSingle (35=D), a limit order. ``side``: "buy" (Yes) or "sell" (No).

        ``price`` is in dollars (``Decimal("0.55")``) with ``use_dollars`` (the default), else in
        cents (1-99). ``time_in_force``: "day", "gtc", "ioc", "fok", "gtd" (with ``expire_time``).

        Raises:
            FixConfigurationError: a bad argument (floats are refused).
            FixDuplicateOrderError: ``cl_ord_id`` was already sent on this session.
            FixSessionError: not logged on.
        """
        msg_type, fields = rq.new_order(
            cl_ord_id=cl_ord_id,
            symbol=symbol,
            side=side,
            qty=qty,
            price=price,
            use_dollars=self._use_dollars,
            time_in_force=time_in_force,
            expire_time=expire_time,
            post_only=post_only,
            self_trade_prevention=self_trade_prevention,
            order_group_id=order_group_id,
            cancel_order_on_pause=cancel_order_on_pause,
            max_execution_cost=max_execution_cost,
            subaccount=subaccount,
        )
        return await self._send(msg_type, fields, cl_ord_id)

    async def cancel(
        self, *, cl_ord_id: str, orig_cl_ord_id: str, symbol: str, side: str, order_id: str | None = None
    ) -> SentMessage:
        """OrderCancelRequest (35=F). Raises as :meth:`new_order` (bad arguments, not logged on)."""
        msg_type, fields = rq.cancel(
            cl_ord_id=cl_ord_id, orig_cl_ord_id=orig_cl_ord_id, symbol=symbol, side=side, order_id=order_id
        )
        return await self._send(msg_type, fields, cl_ord_id)

    async def replace(
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
        """OrderCancelReplaceRequest (35=G): new quantity and/or price. Raises as :meth:`new_order`."""
        msg_type, fields = rq.replace(
            cl_ord_id=cl_ord_id,
            orig_cl_ord_id=orig_cl_ord_id,
            symbol=symbol,
            side=side,
            qty=qty,
            price=price,
            use_dollars=self._use_dollars,
            order_id=order_id,
        )
        return await self._send(msg_type, fields, cl_ord_id)

    async def mass_cancel(self, *, cl_ord_id: str) -> SentMessage:
        """OrderMassCancelRequest (35=q): cancel every order of this session."""
        msg_type, fields = rq.mass_cancel(cl_ord_id=cl_ord_id)
        return await self._send(msg_type, fields, cl_ord_id)

    async def order_group(
        self, *, action: str, order_group_id: str | None = None, contracts_limit: int | None = None
    ) -> SentMessage:
        """OrderGroupRequest (35=UOG): action "create", "reset", "delete", "trigger_cancel", "update"."""
        msg_type, fields = rq.order_group(action=action, order_group_id=order_group_id, contracts_limit=contracts_limit)
        return await self._send(msg_type, fields)

    async def quote_request(
        self, *, quote_req_id: str, symbol: str, qty: Number | None = None, cash_qty: Number | None = None
    ) -> SentMessage:
        """QuoteRequest (35=R), an RFQ: exactly one of ``qty`` (contracts) and ``cash_qty`` (dollars)."""
        msg_type, fields = rq.quote_request(quote_req_id=quote_req_id, symbol=symbol, qty=qty, cash_qty=cash_qty)
        return await self._send(msg_type, fields)

    async def quote(
        self,
        *,
        quote_id: str,
        quote_req_id: str,
        symbol: str,
        bid_px: Number | None = None,
        offer_px: Number | None = None,
        qty: Number | None = None,
    ) -> SentMessage:
        """Quote (35=S) answering an RFQ (KalshiRFQ session)."""
        msg_type, fields = rq.quote(
            quote_id=quote_id, quote_req_id=quote_req_id, symbol=symbol, bid_px=bid_px, offer_px=offer_px, qty=qty
        )
        return await self._send(msg_type, fields)

    async def quote_cancel(self, *, quote_id: str) -> SentMessage:
        """QuoteCancel (35=Z)."""
        return await self._send(*rq.quote_cancel(quote_id=quote_id))

    async def quote_confirm(self, *, quote_id: str) -> SentMessage:
        """QuoteConfirm (35=U7): the quoter confirms an accepted quote."""
        return await self._send(*rq.quote_confirm(quote_id=quote_id))

    async def accept_quote(self, *, quote_id: str, side: str, qty: Number | None = None) -> SentMessage:
        """AcceptQuote (35=UA): the requester accepts a quote."""
        return await self._send(*rq.accept_quote(quote_id=quote_id, side=side, qty=qty))

    async def rfq_cancel(self, *, quote_req_id: str | None = None, rfq_id: str | None = None) -> SentMessage:
        """RFQCancel (35=UE), by our QuoteReqID or Kalshi's RfqId."""
        return await self._send(*rq.rfq_cancel(quote_req_id=quote_req_id, rfq_id=rfq_id))

    async def subscribe(self, symbols: Iterable[str]) -> SentMessage:
        """MarketDataRequest (35=V, snapshot plus updates) on KalshiMD; ``self.books`` follows."""
        return await self._send(*rq.market_data(request="subscribe", symbols=symbols))

    async def snapshot(self, symbols: Iterable[str]) -> SentMessage:
        """MarketDataRequest (35=V, one snapshot)."""
        return await self._send(*rq.market_data(request="snapshot", symbols=symbols))

    async def unsubscribe(self, symbols: Iterable[str] = ()) -> SentMessage:
        """MarketDataRequest (35=V, disable); no symbols cancels every subscription."""
        return await self._send(*rq.market_data(request="unsubscribe", symbols=symbols))

    async def event_resend(self, *, begin_exec_id: str, end_exec_id: str | None = None) -> SentMessage:
        """EventResendRequest (35=U1) on KalshiDC: execution reports from ``begin_exec_id`` on."""
        return await self._send(*rq.event_resend(begin_exec_id=begin_exec_id, end_exec_id=end_exec_id))

    async def send_message(self, msg_type: str, fields: list[tuple[int, Any]]) -> SentMessage:
        """Any application message of the dictionary, fields as (tag, value) pairs.

        Raises:
            FixConfigurationError: an unknown or admin MsgType; a value the codec refuses.
        """
        definition = MESSAGES.get(msg_type)
        if definition is None or definition.category != "app":
            raise FixConfigurationError(f"{msg_type!r} is not an application message of the dictionary")
        return await self._send(msg_type, list(fields))
