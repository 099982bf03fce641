"""The WebSocket fan-out, sans-IO: sessions take command text in and give frame text out.

Channels: ``orderbook_delta`` (snapshot, delta, ``get_snapshot``, ``use_yes_price``), ``ticker``,
``trade``, ``fill``, ``user_orders``, ``market_positions``, ``order_group_updates``,
``market_lifecycle_v2`` (``event_lifecycle`` rides on it); ``multivariate_market_lifecycle`` is
accepted and silent; ``communications``, ``cfbenchmarks_value(_5hz)`` and ``pyth_value`` answer error
10 "not supported in simulator". ``seq`` counts per sid on book, trade, lifecycle and order-group
messages, as in the AsyncAPI spec. Private channels carry only the session user's events. A book
delta carries ``client_order_id`` only on the connection of the user who caused it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import _ws_frames as frames
from ._profiles import wire_2026_06

if TYPE_CHECKING:
    from ._simulator import Simulator

FULL = (
    "orderbook_delta",
    "ticker",
    "trade",
    "fill",
    "user_orders",
    "market_positions",
    "order_group_updates",
    "market_lifecycle_v2",
)
SILENT = ("multivariate_market_lifecycle",)
UNSUPPORTED = ("communications", "cfbenchmarks_value", "cfbenchmarks_value_5hz", "pyth_value")
SEQUENCED = frozenset({"orderbook_delta", "trade", "market_lifecycle_v2", "order_group_updates"})
PRIVATE = frozenset({"fill", "user_orders", "market_positions", "order_group_updates"})
_TYPE = {
    "user_orders": "user_order",
    "market_positions": "market_position",
    "order_group_updates": "order_group_updates",
}


@dataclass(slots=True)
class Sub:
    sid: int
    channel: str
    tickers: set[str] | None  # None: every market
    use_yes_price: bool = False
    seq: int = 0


@dataclass(slots=True)
class WsSession:
    """One connection: its user, subscriptions and pending outgoing frames."""

    hub: WsHub
    user_id: str
    subs: dict[int, Sub] = field(default_factory=dict)
    outbox: list[str] = field(default_factory=list)
    wake: Callable[[], None] | None = None
    closed: bool = False
    next_sid: int = 0
    dropped: bool = False  # a ws_drop fault fired: the front end closes the connection

    def send(self, frame: dict[str, Any]) -> None:
        if self.hub.sim.profile == "wire-2026-06":
            frame = wire_2026_06(frame)
        self.outbox.append(json.dumps(frame, separators=(",", ":")))

    def drain(self) -> list[str]:
        out, self.outbox = self.outbox, []
        return out

    def close(self) -> None:
        self.hub.close(self)

    def _error(self, cmd_id: Any, code: int, msg: str, **extra: Any) -> None:
        frame: dict[str, Any] = {"type": "error", "msg": {"code": code, "msg": msg}}
        if isinstance(cmd_id, int):
            frame["id"] = cmd_id
        frame.update(extra)
        self.send(frame)

    def _framed(self, sub: Sub, kind: str, msg: Any, **extra: Any) -> None:
        faults = self.hub.sim.faults
        frame: dict[str, Any] = {"type": kind, "sid": sub.sid}
        if sub.channel in SEQUENCED:
            sub.seq += 1
            if faults.rules and faults.ws("seq_gap", sub.channel):
                sub.seq += 1  # a number the client never sees
            frame["seq"] = sub.seq
        frame.update(extra)
        frame["msg"] = msg
        self.send(frame)
        if faults.rules and not self.dropped and faults.ws("ws_drop", sub.channel):
            self.dropped = True

    # ---- commands --------------------------------------------------------------------------
    def receive(self, text: str) -> None:
        """Handle one command frame (under the simulator lock)."""
        try:
            cmd = json.loads(text)
        except ValueError:
            self._error(None, 1, "Unable to process message")
            return
        if not isinstance(cmd, dict):
            self._error(None, 1, "Unable to process message")
            return
        cmd_id = cmd.get("id")
        name = cmd.get("cmd")
        params = cmd.get("params")
        if name == "list_subscriptions":
            self.send(
                {"id": cmd_id, "type": "ok", "msg": [{"channel": s.channel, "sid": s.sid} for s in self.subs.values()]}
            )
            return
        if not isinstance(params, dict):
            self._error(cmd_id, 2, "Params required")
            return
        if name == "subscribe":
            self._subscribe(cmd_id, params)
        elif name == "unsubscribe":
            self._unsubscribe(cmd_id, params)
        elif name == "update_subscription":
            self._update(cmd_id, params)
        else:
            self._error(cmd_id, 5, "Unknown command")

    def _tickers(self, params: dict[str, Any]) -> list[str] | None:
        many = params.get("market_tickers")
        one = params.get("market_ticker")
        if many is None and one is None:
            return None
        out = list(many) if isinstance(many, list) else []
        if isinstance(one, str):
            out.append(one)
        return out

    def _subscribe(self, cmd_id: Any, params: dict[str, Any]) -> None:
        channels = params.get("channels")
        if not isinstance(channels, list) or not channels:
            self._error(cmd_id, 3, "Channels required")
            return
        tickers = self._tickers(params)
        for channel in channels:
            if channel in UNSUPPORTED:
                self._error(cmd_id, 10, "not supported in simulator")
                continue
            if channel not in FULL and channel not in SILENT:
                self._error(cmd_id, 8, "Unknown channel name")
                continue
            if channel == "orderbook_delta" and not tickers:
                self._error(cmd_id, 11, "Invalid parameter: market_tickers required for orderbook_delta")
                continue
            existing = next((s for s in self.subs.values() if s.channel == channel), None)
            if existing is not None:  # subscribing again is idempotent and adds markets
                new = [t for t in tickers or [] if existing.tickers is not None and t not in existing.tickers]
                if existing.tickers is not None and tickers:
                    existing.tickers.update(new)
                self.send({"id": cmd_id, "type": "subscribed", "msg": {"channel": channel, "sid": existing.sid}})
                if channel == "orderbook_delta":
                    for t in new:
                        self._snapshot(existing, t)
                continue
            self.next_sid += 1
            sub = Sub(self.next_sid, channel, set(tickers) if tickers else None, bool(params.get("use_yes_price")))
            self.subs[sub.sid] = sub
            self.send({"id": cmd_id, "type": "subscribed", "msg": {"channel": channel, "sid": sub.sid}})
            if channel == "orderbook_delta":
                for t in tickers or []:
                    self._snapshot(sub, t)
            elif channel == "ticker" and params.get("send_initial_snapshot"):
                for t in tickers or []:
                    self._ticker(sub, t)

    def _unsubscribe(self, cmd_id: Any, params: dict[str, Any]) -> None:
        sids = params.get("sids")
        if not isinstance(sids, list) or not sids:
            self._error(cmd_id, 4, "Subscription IDs required")
            return
        for sid in sids:
            sub = self.subs.pop(sid, None) if isinstance(sid, int) else None
            if sub is None:
                self._error(cmd_id, 7, "Unknown subscription ID")
                continue
            self.send({"id": cmd_id, "sid": sub.sid, "seq": sub.seq, "type": "unsubscribed"})

    def _update(self, cmd_id: Any, params: dict[str, Any]) -> None:
        sids = params.get("sids")
        sid = params.get("sid")
        if isinstance(sids, list):
            if len(sids) != 1:
                self._error(cmd_id, 12, "Exactly one subscription ID is required")
                return
            sid = sids[0]
        sub = self.subs.get(sid) if isinstance(sid, int) else None
        if sub is None:
            self._error(cmd_id, 7, "Unknown subscription ID")
            return
        action = params.get("action")
        tickers = self._tickers(params) or []
        if action == "add_markets":
            if sub.tickers is not None:
                sub.tickers.update(tickers)
            if sub.channel == "orderbook_delta":
                for t in tickers:
                    self._snapshot(sub, t)
        elif action == "delete_markets":
            if sub.tickers is not None:
                sub.tickers.difference_update(tickers)
        elif action == "get_snapshot":
            if sub.channel != "orderbook_delta":
                self._error(cmd_id, 13, "Unsupported action")
                return
            for t in tickers or sorted(sub.tickers or ()):
                self._snapshot(sub, t, cmd_id=cmd_id)
            return
        else:
            self._error(cmd_id, 13, "Unsupported action")
            return
        self.send(
            {
                "id": cmd_id,
                "sid": sub.sid,
                "seq": sub.seq,
                "type": "ok",
                "msg": {"market_tickers": sorted(sub.tickers or ())},
            }
        )

    # ---- engine events -----------------------------------------------------------------------
    def _snapshot(self, sub: Sub, ticker: str, cmd_id: Any = None) -> None:
        eng = self.hub.sim.engine
        market = eng.markets.get(ticker)
        if market is None:
            self._error(cmd_id, 11, "Invalid parameter: unknown market ticker", sid=sub.sid)
            return
        book = eng.books[ticker]
        msg = frames.book_snapshot(market, {"yes": book.levels("yes"), "no": book.levels("no")}, sub.use_yes_price)
        extra = {"id": cmd_id} if isinstance(cmd_id, int) else {}
        self._framed(sub, "orderbook_snapshot", msg, **extra)

    def _ticker(self, sub: Sub, ticker: str, last_size: int = 0) -> None:
        eng = self.hub.sim.engine
        market = eng.markets.get(ticker)
        if market is None:
            return
        book = eng.books[ticker]
        bid, no = book.best_yes_bid(), book.no.best()
        msg = frames.ticker(
            eng.clock,
            market,
            bid=bid,
            ask=book.best_yes_ask(),
            bid_size=book.size_at("yes", bid) if bid is not None else 0,
            ask_size=book.size_at("no", no) if no is not None else 0,
            last_size=last_size,
        )
        self._framed(sub, "ticker", msg)

    def on_event(self, kind: str, data: Any) -> None:
        for sub in list(self.subs.values()):
            self._route(sub, kind, data)
        if self.outbox and self.wake is not None:
            self.wake()

    def _wants(self, sub: Sub, ticker: str) -> bool:
        return sub.tickers is None or ticker in sub.tickers

    def _route(self, sub: Sub, kind: str, data: Any) -> None:
        eng = self.hub.sim.engine
        clock = eng.clock
        ch = sub.channel
        if kind == "book" and ch == "orderbook_delta":
            ticker, outcome, price, delta, user_id, client_id, book_clock = data
            if self._wants(sub, ticker):
                msg = frames.book_delta(
                    clock,
                    eng.markets[ticker],
                    outcome,
                    price=price,
                    delta=delta,
                    book_clock=book_clock,
                    use_yes_price=sub.use_yes_price,
                )
                if user_id == self.user_id:
                    msg["client_order_id"] = client_id
                self._framed(sub, "orderbook_delta", msg)
        elif kind == "trade" and ch == "trade" and self._wants(sub, data.ticker):
            self._framed(sub, "trade", frames.trade(data))
        elif kind == "fill" and ch == "fill" and data.user_id == self.user_id and self._wants(sub, data.ticker):
            self._framed(sub, "fill", frames.fill(data))
        elif (
            kind == "user_order"
            and ch == "user_orders"
            and data.user_id == self.user_id
            and self._wants(sub, data.ticker)
        ):
            self._framed(sub, "user_order", frames.user_order(clock, data))
        elif kind == "market_position" and ch == "market_positions":
            user_id, pos = data
            if user_id == self.user_id and self._wants(sub, pos.ticker):
                self._framed(sub, "market_position", frames.market_position(user_id, pos))
        elif kind == "ticker" and ch == "ticker" and self._wants(sub, data):
            last = eng.trades[-1].count if eng.trades and eng.trades[-1].ticker == data else 0
            self._ticker(sub, data, last)
        elif kind == "lifecycle" and ch == "market_lifecycle_v2":
            ticker, event_type, extra = data
            if self._wants(sub, ticker):
                self._framed(
                    sub, "market_lifecycle_v2", frames.lifecycle(clock, eng.markets[ticker], event_type, extra)
                )
        elif kind == "order_group" and ch == "order_group_updates":
            user_id, event_type, group_id, limit = data
            if user_id == self.user_id:
                self._framed(sub, "order_group_updates", frames.order_group(clock, event_type, group_id, limit))


class WsHub:
    """Every WebSocket session of one simulator; listens to the engine."""

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim
        self.sessions: list[WsSession] = []
        sim.engine.listeners.append(self._on_event)

    def open(self, user_id: str) -> WsSession:
        session = WsSession(self, user_id)
        self.sessions.append(session)
        return session

    def close(self, session: WsSession) -> None:
        session.closed = True
        if session in self.sessions:
            self.sessions.remove(session)

    def _on_event(self, kind: str, data: Any) -> None:
        for session in self.sessions:
            session.on_event(kind, data)
