"""The sans-IO exchange: accounts, order entry and matching (SIMULATOR.md 1.2-1.7).

Everything is synchronous and deterministic: ids come from one seeded RNG, time from the
:class:`~kalshi_ext.sim._clock.SimClock`. Each public method is one engine action; what it changed is
appended to :attr:`Engine.outbox` as ``(kind, data)`` events in the documented order of one match
(book delta, trade, fills taker then maker, user orders makers then taker, positions, ticker), which
the WebSocket fan-out and the journal read.
"""

from __future__ import annotations

import copy
import random
import uuid
from collections.abc import Callable
from typing import Any

from ._accounts import apply_fill
from ._book import Book
from ._catalogue import Catalogue
from ._clock import SimClock
from ._entry import OrderRequest
from ._errors import SimError
from ._model import Account, Fill, Market, Order, OrderGroup, Outcome, SettlementRow, Trade
from ._units import ONE

Listener = Callable[[str, Any], None]


class EngineCore:
    """State and order entry; amend/cancel and lifecycle live in mixins (``_amend``, ``_lifecycle``)."""

    def __init__(self, seed: int, clock: SimClock, catalogue: Catalogue, *, post_only: str = "reject") -> None:
        self.seed = seed
        self.clock = clock
        self._ids = random.Random(f"ids:{seed}")  # noqa: S311 - seeded ids, reproducible by design
        self.series = catalogue.series
        self.events = catalogue.events
        self.markets: dict[str, Market] = catalogue.markets
        self.books: dict[str, Book] = {t: Book() for t in self.markets}
        self.accounts: dict[str, Account] = {}
        self.orders: dict[str, Order] = {}
        self.fills: list[Fill] = []
        self.trades: list[Trade] = []
        self.settlements: dict[str, list[SettlementRow]] = {}
        self.groups: dict[str, OrderGroup] = {}
        self.exchange_active = True
        self.trading_active = True
        self.post_only_mode = post_only  # "reject" (observed on demo) or "cancel" (the docs)
        self.listeners: list[Listener] = []
        self.seq = 0  # one counter over every engine event, for the journal
        self.groups_matched: list[str] = []  # groups with matches in the current action
        self.tape: dict[str, list[tuple[int, int, int, int, int]]] = {}  # ts, yes price, count, bid, ask

    # ---- ids and events -------------------------------------------------------------------
    def new_id(self) -> str:
        return str(uuid.UUID(int=self._ids.getrandbits(128), version=4))

    def emit(self, kind: str, data: Any) -> None:
        if self.listeners:
            self.seq += 1
            for listener in self.listeners:
                listener(kind, data)

    def _emit_order(self, order: Order) -> None:
        if self.listeners:
            self.emit("user_order", copy.copy(order))

    def _emit_position(self, user_id: str, ticker: str) -> None:
        if self.listeners:
            pos = self.accounts[user_id].position(ticker)
            self.emit("market_position", (user_id, copy.copy(pos)))

    # ---- accounts ---------------------------------------------------------------------------
    def open_account(self, user_id: str, cash: int = 0, *, precision: int = 100) -> Account:
        account = self.accounts.get(user_id)
        if account is None:
            account = self.accounts[user_id] = Account(user_id, precision=precision)
        if cash:
            self.deposit(user_id, cash)
        return account

    def deposit(self, user_id: str, amount: int) -> None:
        account = self.accounts[user_id]
        account.cash += amount
        account.deposits.append((self.new_id(), amount, self.clock.now_ms()))
        account.updated_ms = self.clock.now_ms()

    def account(self, user_id: str) -> Account:
        account = self.accounts.get(user_id)
        if account is None:
            account = self.open_account(user_id)
        return account

    def market(self, ticker: str) -> Market:
        market = self.markets.get(ticker)
        if market is None:
            raise SimError(404, "market_not_found", "market not found", details=ticker)
        return market

    # ---- order entry ------------------------------------------------------------------------
    def check_tradable(self, market: Market, *, cancel: bool = False) -> None:
        """Raises SimError when the exchange, trading or the market refuses order operations."""
        if not self.exchange_active:
            raise SimError(400, "exchange_paused", "exchange paused", service="exchange")
        if not cancel and not self.trading_active:
            raise SimError(400, "trading_paused", "trading paused", service="exchange")
        if market.status != "active":
            raise SimError(400, "market_inactive", "market inactive", details=market.status, service="exchange")

    def place(self, user_id: str, req: OrderRequest) -> Order:
        """Place one order: validate against state, match, rest what is left. Returns the order.

        Raises:
            SimError: 409 ``order_already_exists`` (client ids are never freed), 400
                ``invalid_price`` (off the grid), ``insufficient_balance``, ``invalid_order`` (post
                only cross), ``market_inactive`` / pauses, order-group refusals; 409
                ``fill_or_kill_insufficient_resting_volume``.
        """
        account = self.account(user_id)
        market = self.market(req.ticker)
        self.check_tradable(market)
        if req.client_order_id in account.client_ids:
            raise SimError(409, "order_already_exists", "order already exists", service="exchange")
        if not market.on_grid(req.yes_price):
            raise SimError(400, "invalid_price", "invalid price", service="exchange")
        if req.order_group_id is not None:
            group = self.groups.get(req.order_group_id)
            if group is None or group.user_id != user_id:
                raise SimError(404, "order_group_not_found", "order group not found")
            if group.triggered:
                raise SimError(400, "order_group_triggered", "exceeded order group risk limit", service="exchange")
        book = self.books[req.ticker]
        price = req.own_price
        count = req.count
        reason = ""
        if req.reduce_only:
            held = account.position(req.ticker).position
            closable = -held if req.outcome == "yes" else held
            if closable < count:
                count = max(closable, 0)
                reason = "ReduceOnlyCancel"
        crosses = any(True for _ in book.crossing(req.outcome, price))
        if req.post_only and crosses and self.post_only_mode == "reject":
            raise SimError.invalid_order("post only cross")
        worst = price * count + market.fees.trade_fee(count, price, taker=True)
        if worst > account.balance:
            raise SimError(400, "insufficient_balance", "insufficient balance", service="exchange")
        if (
            req.tif == "fill_or_kill"
            and self._fillable(user_id, req.ticker, req.outcome, price=price, count=count, stp=req.stp) < count
        ):
            raise SimError(409, "fill_or_kill_insufficient_resting_volume", "fill or kill insufficient resting volume")
        now = self.clock.now_ms()
        account.client_ids.add(req.client_order_id)
        order = Order(
            order_id=self.new_id(),
            user_id=user_id,
            client_order_id=req.client_order_id,
            ticker=req.ticker,
            outcome=req.outcome,
            price=price,
            initial=req.count,
            remaining=count,
            tif=req.tif,
            stp=req.stp,
            created_ms=now,
            updated_ms=now,
            subaccount=req.subaccount,
            post_only=req.post_only,
            reduce_only=req.reduce_only,
            cancel_on_pause=req.cancel_on_pause,
            expiration_s=req.expiration_s,
            order_group_id=req.order_group_id,
            last_update_reason=reason,
        )
        order.history.append({"ts_ms": now, "event": "created", "count": req.count, "price": price})
        self.orders[order.order_id] = order
        if req.post_only and crosses:  # the docs' behaviour: accepted, then canceled
            self._finish(order, "canceled", "PostOnlyCrossCancel")
            self._emit_order(order)
            return order
        touched, parties = self.match(order)
        self.settle_taker(order)
        self.publish(order, touched, parties)
        self.check_groups()
        return order

    def settle_taker(self, order: Order) -> None:
        """After matching: rest a GTC remainder; otherwise give the order its final status."""
        if order.status != "resting":
            return
        if order.remaining > 0 and order.tif == "good_till_canceled":
            self._rest(order)
        else:
            self._finish(order, "executed" if order.remaining == 0 else "canceled", order.last_update_reason)

    def publish(self, taker: Order, touched: list[Order], parties: list[str]) -> None:
        """Events after one action: user orders (makers, then the taker), positions, ticker."""
        if not self.listeners:
            return
        for maker in touched:
            self._emit_order(maker)
        self._emit_order(taker)
        if taker.filled and parties:
            for user in [taker.user_id, *parties]:
                self._emit_position(user, taker.ticker)
            self.emit("ticker", taker.ticker)

    def _fillable(self, user_id: str, ticker: str, outcome: Outcome, *, price: int, count: int, stp: str) -> int:
        """Contracts an order could fill now (stopping where taker-side STP would stop it)."""
        other = self.books[ticker].opposite(outcome)
        total = 0
        for level_price in reversed(other.prices):
            if level_price + price < ONE:
                break
            for resting in other.levels[level_price].values():
                if resting.user_id == user_id:
                    if stp == "maker":
                        continue
                    return total
                total += resting.remaining
                if total >= count:
                    return total
        return total

    def _rest(self, order: Order) -> None:
        account = self.accounts[order.user_id]
        order.collateral = order.price * order.remaining
        account.locked += order.collateral
        book = self.books[order.ticker]
        book.add(order)
        market = self.markets[order.ticker]
        market.clock += 1
        self.emit(
            "book",
            (
                order.ticker,
                order.outcome,
                order.price,
                order.remaining,
                order.user_id,
                order.client_order_id,
                market.clock,
            ),
        )
        if order.expiration_s is not None and order.expiry_timer is None:
            order.expiry_timer = self.clock.at(order.expiration_s * 1000, self._expirer(order))

    def _expirer(self, order: Order) -> Callable[[], None]:
        return lambda: self.expire(order)

    def _finish(self, order: Order, status: str, reason: str) -> None:
        """Take the order off the book (if resting) and give it its final status."""
        if order.collateral:
            self.accounts[order.user_id].locked -= order.collateral
            order.collateral = 0
        order.status = status
        if status == "canceled":
            order.remaining = 0
        order.last_update_reason = reason
        order.updated_ms = self.clock.now_ms()
        if order.expiry_timer is not None:
            order.expiry_timer.cancelled = True
            order.expiry_timer = None
        order.history.append({"ts_ms": order.updated_ms, "event": status, "reason": reason})

    # ---- matching ---------------------------------------------------------------------------
    def match(self, taker: Order) -> tuple[list[Order], list[str]]:
        """Walk the opposite side from its best level while the taker's limit crosses; fills are at
        the resting (maker) price. Self-trade prevention per the taker's ``stp``."""
        book = self.books[taker.ticker]
        market = self.markets[taker.ticker]
        touched: list[Order] = []
        parties: list[str] = []
        stopped = False
        for maker in book.crossing(taker.outcome, taker.price):
            if taker.remaining == 0:
                break
            if maker.user_id == taker.user_id:
                if taker.stp == "maker":
                    self._cancel_resting(maker, "SelfTradeCancel")
                    touched.append(maker)
                    continue
                stopped = True
                break
            count = min(taker.remaining, maker.remaining)
            self._execute(market, book, taker, maker, count)
            if maker not in touched:
                touched.append(maker)
            if maker.user_id not in parties:
                parties.append(maker.user_id)
        if stopped:
            self._finish(taker, "canceled", "SelfTradeCancel")
        return touched, parties

    def _execute(self, market: Market, book: Book, taker: Order, maker: Order, count: int) -> None:
        now = self.clock.now_ms()
        maker_price = maker.price
        taker_price = ONE - maker_price
        yes_price = maker.yes_price
        taker_fee = market.fees.trade_fee(count, taker_price, taker=True)
        maker_fee = market.fees.trade_fee(count, maker_price, taker=False)
        self._fill_maker(maker, count, maker_fee, now)
        book.reduce(maker, count)
        taker.remaining -= count
        taker.filled += count
        taker.taker_cost += taker_price * count
        taker.taker_fees += taker_fee
        taker.updated_ms = now
        market.clock += 1
        market.previous_price = market.last_price
        market.last_price = yes_price
        market.volume += count
        trade = Trade(self.new_id(), market.ticker, count, yes_price, taker.outcome, now)
        self.trades.append(trade)
        bid, ask = book.best_yes_bid(), book.best_yes_ask()
        self.tape.setdefault(market.ticker, []).append((now, yes_price, count, bid or 0, ONE if ask is None else ask))
        self.emit(
            "book",
            (market.ticker, maker.outcome, maker_price, -count, maker.user_id, maker.client_order_id, market.clock),
        )
        self.emit("trade", trade)
        for order, price, fee, is_taker in (
            (taker, taker_price, taker_fee, True),
            (maker, maker_price, maker_fee, False),
        ):
            account = self.accounts[order.user_id]
            pos = account.position(market.ticker)
            before = abs(pos.position)
            revenue, _ = apply_fill(account, pos, order.outcome, count, price, now_ms=now)
            change, _rounding = order.rounding.settle(revenue, fee, account.precision)
            account.cash += change
            pos.fees_paid += fee
            market.open_interest += abs(pos.position) - before
            fill = Fill(
                fill_id=self.new_id(),
                trade_id=trade.trade_id,
                order_id=order.order_id,
                user_id=order.user_id,
                client_order_id=order.client_order_id,
                ticker=market.ticker,
                outcome=order.outcome,
                count=count,
                yes_price=yes_price,
                is_taker=is_taker,
                fee=fee,
                ts_ms=now,
                subaccount=order.subaccount,
                post_position=pos.position,
            )
            self.fills.append(fill)
            self.emit("fill", fill)
            self.record_group_match(order, count, now)
        taker.history.append({"ts_ms": now, "event": "fill", "count": count, "yes_price": yes_price, "taker": True})
        maker.history.append({"ts_ms": now, "event": "fill", "count": count, "yes_price": yes_price, "taker": False})

    def _fill_maker(self, maker: Order, count: int, fee: int, now: int) -> None:
        """The resting side of a fill: its collateral for this part becomes cost."""
        cost = maker.price * count
        maker.collateral -= cost
        self.accounts[maker.user_id].locked -= cost
        maker.remaining -= count
        maker.filled += count
        maker.maker_cost += cost
        maker.maker_fees += fee
        maker.updated_ms = now
        if maker.remaining == 0:
            maker.status = "executed"
            maker.last_update_reason = "Trade"
            if maker.expiry_timer is not None:
                maker.expiry_timer.cancelled = True
                maker.expiry_timer = None

    def _cancel_resting(self, order: Order, reason: str) -> int:
        """Cancel a resting order; returns the count it took off the book."""
        removed = order.remaining
        self.books[order.ticker].detach(order)
        market = self.markets[order.ticker]
        market.clock += 1
        self.emit(
            "book",
            (order.ticker, order.outcome, order.price, -removed, order.user_id, order.client_order_id, market.clock),
        )
        order.remaining = 0
        self._finish(order, "canceled", reason)
        return removed

    # Hooks the mixins provide.
    def expire(self, order: Order) -> None:  # pragma: no cover - replaced in Engine
        raise NotImplementedError

    def record_group_match(self, order: Order, count: int, now_ms: int) -> None:  # pragma: no cover
        raise NotImplementedError

    def check_groups(self) -> None:  # pragma: no cover
        raise NotImplementedError
