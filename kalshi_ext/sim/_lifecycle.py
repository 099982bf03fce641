"""Order groups, market lifecycle, settlement and pauses (SIMULATOR.md 1.8-1.10)."""

from __future__ import annotations

from ._accounts import settle_position
from ._amend import AmendMixin
from ._errors import SimError
from ._model import Market, Order, OrderGroup
from ._units import ONE

GROUP_WINDOW_MS = 15_000


class Engine(AmendMixin):
    """The whole engine: order entry and matching, amend/cancel, groups, lifecycle."""

    # ---- order groups -----------------------------------------------------------------------
    def create_group(self, user_id: str, limit: int, subaccount: int = 0) -> OrderGroup:
        group = OrderGroup(self.new_id(), user_id, subaccount, limit, created_ms=self.clock.now_ms())
        self.groups[group.group_id] = group
        self.emit("order_group", (user_id, "created", group.group_id, limit))
        return group

    def group(self, user_id: str, group_id: str) -> OrderGroup:
        group = self.groups.get(group_id)
        if group is None or group.user_id != user_id:
            raise SimError(404, "order_group_not_found", "order group not found")
        return group

    def record_group_match(self, order: Order, count: int, now_ms: int) -> None:
        if order.order_group_id is None:
            return
        group = self.groups.get(order.order_group_id)
        if group is not None:
            group.window.append((now_ms, count))
            if group.group_id not in self.groups_matched:
                self.groups_matched.append(group.group_id)

    def _window_volume(self, group: OrderGroup) -> int:
        cutoff = self.clock.now_ms() - GROUP_WINDOW_MS
        group.window = [(ts, n) for ts, n in group.window if ts > cutoff]
        return sum(n for _, n in group.window)

    def check_groups(self) -> None:
        """After an action: trigger every group whose matched contracts in the rolling 15 s window
        exceed its limit (maker and taker groups alike)."""
        touched, self.groups_matched = self.groups_matched, []
        for group_id in touched:
            group = self.groups.get(group_id)
            if group is not None and not group.triggered and self._window_volume(group) > group.limit:
                self.trigger_group(group)

    def trigger_group(self, group: OrderGroup) -> None:
        """Cancel the group's resting orders and refuse new ones until a reset."""
        group.triggered = True
        for order in self.group_orders(group):
            if order.status == "resting":
                self._cancel_resting(order, "")
                self.publish(order, [], [])
        self.emit("order_group", (group.user_id, "triggered", group.group_id, None))

    def reset_group(self, group: OrderGroup) -> None:
        group.triggered = False
        group.window.clear()
        self.emit("order_group", (group.user_id, "reset", group.group_id, None))

    def update_group_limit(self, group: OrderGroup, limit: int) -> None:
        group.limit = limit
        self.emit("order_group", (group.user_id, "limit_updated", group.group_id, limit))
        if not group.triggered and self._window_volume(group) > limit:
            self.trigger_group(group)

    def delete_group(self, group: OrderGroup) -> None:
        for order in self.group_orders(group):
            if order.status == "resting":
                self._cancel_resting(order, "")
                self.publish(order, [], [])
        del self.groups[group.group_id]
        self.emit("order_group", (group.user_id, "deleted", group.group_id, None))

    def group_orders(self, group: OrderGroup) -> list[Order]:
        return [o for o in self.orders.values() if o.order_group_id == group.group_id]

    # ---- market lifecycle -------------------------------------------------------------------
    def _cancel_market_orders(self, market: Market, reason: str, *, only_flagged: bool = False) -> None:
        for order in list(self.books[market.ticker].orders()):
            if only_flagged and not order.cancel_on_pause:
                continue
            self._cancel_resting(order, reason)
            self.publish(order, [], [])

    def deactivate(self, ticker: str) -> None:
        """Pause one market (status ``inactive``): order operations are refused, orders stay."""
        market = self.market(ticker)
        if market.status == "active":
            market.status = "inactive"
            market.updated_ms = self.clock.now_ms()
            self.emit("lifecycle", (ticker, "deactivated", {}))

    def activate(self, ticker: str) -> None:
        """Reactivate a paused market; as on Kalshi, this cancels every resting order."""
        market = self.market(ticker)
        if market.status == "inactive":
            self._cancel_market_orders(market, "HaltCancel")
            market.status = "active"
            market.updated_ms = self.clock.now_ms()
            self.emit("lifecycle", (ticker, "activated", {}))

    def close(self, ticker: str) -> None:
        """Close at ``close_time``: resting orders cancel (CloseCancel); no WS event (implicit)."""
        market = self.market(ticker)
        if market.status in ("active", "inactive", "initialized"):
            market.status = "closed"
            market.updated_ms = self.clock.now_ms()
            self._cancel_market_orders(market, "CloseCancel")

    def set_close_time(self, ticker: str, close_ms: int) -> None:
        market = self.market(ticker)
        market.close_ms = close_ms
        market.updated_ms = self.clock.now_ms()
        self.emit("lifecycle", (ticker, "close_date_updated", {"close_ts": close_ms // 1000}))
        self.clock.at(close_ms, lambda: self.close(ticker))

    def determine(self, ticker: str, result: str, settlement_value: int | None = None) -> None:
        """Determine the result (``yes``, ``no`` or ``scalar`` with a YES value); settlement follows
        after ``settlement_timer_seconds``.

        Raises:
            SimError: 400 for an unknown result or a scalar without a value in [0, 1].
        """
        market = self.market(ticker)
        if result not in ("yes", "no", "scalar"):
            raise SimError.invalid_parameters("result must be yes, no or scalar")
        if result == "scalar" and (settlement_value is None or not 0 <= settlement_value <= ONE):
            raise SimError.invalid_parameters("a scalar result needs a settlement value in [0, 1]")
        if market.status in ("active", "inactive", "initialized"):
            self.close(ticker)
        if market.status != "closed":
            raise SimError.invalid_parameters(f"market is {market.status}")
        now = self.clock.now_ms()
        market.status = "determined"
        market.result = result
        market.settlement_value = settlement_value if result == "scalar" else (ONE if result == "yes" else 0)
        market.determined_ms = now
        market.updated_ms = now
        self.emit("lifecycle", (ticker, "determined", {"result": result, "settlement_value": market.settlement_value}))
        self.clock.after(market.settlement_timer_s * 1000, lambda: self.settle(ticker))

    def settle(self, ticker: str) -> None:
        """Pay every net position and finalize the market."""
        market = self.market(ticker)
        if market.status != "determined":
            return
        now = self.clock.now_ms()
        for user_id, account in self.accounts.items():
            row = settle_position(account, market, now)
            if row is not None:
                self.settlements.setdefault(user_id, []).append(row)
                self._emit_position(user_id, ticker)
        market.status = "finalized"
        market.settled_ms = now
        market.updated_ms = now
        market.open_interest = 0
        self.emit("lifecycle", (ticker, "settled", {}))

    # ---- pauses ------------------------------------------------------------------------------
    def pause_trading(self) -> None:
        """A trading pause: place and amend refused, cancels work, flagged orders cancel."""
        self.trading_active = False
        for market in self.markets.values():
            self._cancel_market_orders(market, "HaltCancel", only_flagged=True)

    def pause_exchange(self) -> None:
        """An exchange pause: every order operation refused, cancels included."""
        self.pause_trading()
        self.exchange_active = False

    def resume(self) -> None:
        self.exchange_active = True
        self.trading_active = True
