"""Changing and removing orders: amend, decrease, cancel, cancel-all, expiry (SIMULATOR.md 1.5)."""

from __future__ import annotations

from ._engine import EngineCore
from ._errors import SimError
from ._model import Order
from ._units import ONE


class AmendMixin(EngineCore):
    def live_order(self, user_id: str, order_id: str) -> Order:
        """The caller's resting order.

        Raises:
            SimError: 404 for an unknown, foreign, canceled or executed order (as the wire answers).
        """
        order = self.orders.get(order_id)
        if order is None or order.user_id != user_id or order.status != "resting":
            raise SimError(404, "not_found", "order not found")
        return order

    def amend(
        self,
        user_id: str,
        order_id: str,
        *,
        ticker: str,
        outcome: str,
        yes_price: int,
        count: int,
        updated_client_order_id: str | None = None,
        expiration_s: int | None = None,
        clear_expiration: bool = False,
    ) -> Order:
        """Amend price and/or total count (filled + resting); may cross and fill.

        Only a size decrease (or an expiry-only change) keeps the queue place.

        Raises:
            SimError: 404 (see :meth:`live_order`), 400 ``order_ticker_mismatch`` /
                ``order_side_mismatch``, ``invalid_order`` (count below the filled amount, off-grid
                price), ``insufficient_balance``, 409 for a reused ``updated_client_order_id``.
        """
        order = self.orders.get(order_id)
        if order is not None and order.user_id == user_id and order.status == "executed":
            raise SimError.invalid_order("cannot update a filled order")
        order = self.live_order(user_id, order_id)
        market = self.market(order.ticker)
        self.check_tradable(market)
        if ticker != order.ticker:
            raise SimError(400, "order_ticker_mismatch", "order ticker mismatch")
        if outcome != order.outcome:
            raise SimError(400, "order_side_mismatch", "order side mismatch")
        if not market.on_grid(yes_price):
            raise SimError(400, "invalid_price", "invalid price", service="exchange")
        if count < order.filled:
            raise SimError.invalid_order("invalid amend quantity for order: below the filled count")
        account = self.accounts[user_id]
        if updated_client_order_id and updated_client_order_id in account.client_ids:
            raise SimError(409, "order_already_exists", "order already exists", service="exchange")
        new_price = yes_price if order.outcome == "yes" else ONE - yes_price
        new_remaining = count - order.filled
        extra = new_price * new_remaining - order.collateral
        if extra > 0 and extra > account.balance:
            raise SimError(400, "insufficient_balance", "insufficient balance", service="exchange")
        if updated_client_order_id:
            account.client_ids.add(updated_client_order_id)
            order.client_order_id = updated_client_order_id
        if clear_expiration or expiration_s is not None:
            if order.expiry_timer is not None:
                order.expiry_timer.cancelled = True
                order.expiry_timer = None
            order.expiration_s = None if clear_expiration else expiration_s
            if order.expiration_s is not None:
                order.expiry_timer = self.clock.at(order.expiration_s * 1000, self._expirer(order))
        self._apply_amend(order, new_price, new_remaining, count)
        return order

    def _apply_amend(self, order: Order, new_price: int, new_remaining: int, count: int) -> None:
        """Change price and resting size: in place when priority is kept, else re-entered as a taker."""
        market = self.markets[order.ticker]
        user_id = order.user_id
        now = self.clock.now_ms()
        order.history.append({"ts_ms": now, "event": "amend", "count": count, "price": new_price})
        book = self.books[order.ticker]
        if new_remaining == 0:
            self._cancel_resting(order, "Amend")
            self.publish(order, [], [])
            return
        keeps_place = new_price == order.price and new_remaining <= order.remaining
        order.updated_ms = now
        order.last_update_reason = "Amend"
        order.initial = count  # the amended total (filled + resting)
        if keeps_place:
            delta = order.remaining - new_remaining
            if delta:
                order.remaining = new_remaining
                book.reduce(order, delta)
                self._release(order, delta * order.price)
                market.clock += 1
                self.emit(
                    "book",
                    (order.ticker, order.outcome, order.price, -delta, user_id, order.client_order_id, market.clock),
                )
            self.publish(order, [], [])
            return
        # loses priority: out of the book, re-entered as a taker at the new price, then rests at the back
        self._cancel_resting_silently(order)
        order.price = new_price
        order.remaining = new_remaining
        touched, parties = self.match(order)
        self.settle_taker(order)
        self.publish(order, touched, parties)
        self.check_groups()

    def _release(self, order: Order, amount: int) -> None:
        order.collateral -= amount
        self.accounts[order.user_id].locked -= amount

    def _cancel_resting_silently(self, order: Order) -> None:
        """Take a resting order out of the book (with a book delta) but keep it alive for re-entry."""
        market = self.markets[order.ticker]
        self.books[order.ticker].detach(order)
        market.clock += 1
        self.emit(
            "book",
            (
                order.ticker,
                order.outcome,
                order.price,
                -order.remaining,
                order.user_id,
                order.client_order_id,
                market.clock,
            ),
        )
        self._release(order, order.collateral)

    def decrease(self, user_id: str, order_id: str, *, reduce_by: int | None, reduce_to: int | None) -> Order:
        """Reduce the resting count, keeping priority; reducing to 0 cancels.

        Raises:
            SimError: 404 (see :meth:`live_order`); 400 ``invalid_parameters`` unless exactly one of
                ``reduce_by`` / ``reduce_to`` is given, or a non-positive ``reduce_by``.
        """
        if (reduce_by is None) == (reduce_to is None):
            raise SimError.invalid_parameters("exactly one of reduce_by and reduce_to is required")
        order = self.live_order(user_id, order_id)
        market = self.market(order.ticker)
        self.check_tradable(market, cancel=True)
        if reduce_by is not None:
            if reduce_by <= 0:
                raise SimError.invalid_parameters("reduce_by must be positive")
            target = max(order.remaining - reduce_by, 0)
        else:
            assert reduce_to is not None
            if reduce_to < 0:
                raise SimError.invalid_parameters("reduce_to must not be negative")
            target = min(reduce_to, order.remaining)
        order.history.append({"ts_ms": self.clock.now_ms(), "event": "decrease", "to": target})
        if target == 0:
            self._cancel_resting(order, "Decrease")
        elif target < order.remaining:
            delta = order.remaining - target
            order.remaining = target
            order.updated_ms = self.clock.now_ms()
            order.last_update_reason = "Decrease"
            self.books[order.ticker].reduce(order, delta)
            self._release(order, delta * order.price)
            market.clock += 1
            self.emit(
                "book", (order.ticker, order.outcome, order.price, -delta, user_id, order.client_order_id, market.clock)
            )
        self.publish(order, [], [])
        return order

    def cancel(self, user_id: str, order_id: str) -> tuple[Order, int]:
        """Cancel a resting order; returns it and the count removed.

        Raises:
            SimError: 404 for unknown, canceled or executed orders; ``market_inactive`` / pauses.
        """
        order = self.live_order(user_id, order_id)
        self.check_tradable(self.market(order.ticker), cancel=True)
        removed = self._cancel_resting(order, "")
        self.publish(order, [], [])
        return order, removed

    def cancel_all(self, user_id: str, subaccount: int | None = None) -> list[tuple[Order, int]]:
        """Cancel every resting order of the user (optionally one subaccount) on active markets."""
        if not self.exchange_active:
            raise SimError(400, "exchange_paused", "exchange paused", service="exchange")
        done = []
        for order in list(self.orders.values()):
            if order.user_id != user_id or order.status != "resting":
                continue
            if subaccount is not None and order.subaccount != subaccount:
                continue
            if self.markets[order.ticker].status != "active":
                continue
            removed = self._cancel_resting(order, "")
            self.publish(order, [], [])
            done.append((order, removed))
        return done

    def expire(self, order: Order) -> None:
        """Timer callback: a GTC order whose ``expiration_time`` has come."""
        order.expiry_timer = None
        if order.status == "resting":
            self._cancel_resting(order, "ExpiryCancel")
            self.publish(order, [], [])
