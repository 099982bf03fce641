"""``--state FILE``: a paper-trading exchange kept across restarts (stdlib ``sqlite3``, WAL).

The file holds a snapshot of the whole engine state plus a journal of engine events (what the
WebSocket fan-out sees, one row each). Persistence never replays API calls (LocalStack's lesson):
the snapshot *is* the state, written after every request that may change it and at least once a
second while simulated time runs, in one transaction with the journal rows since the last one.
Private keys are never stored: a restarted exchange gives its default user a fresh key.
"""

from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import fields, is_dataclass
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._fees import FeeSchedule, RoundingAccumulator
from ._model import Account, Event, Fill, Market, Order, OrderGroup, Position, Series, SettlementRow, Trade

if TYPE_CHECKING:
    from ._simulator import Simulator

SCHEMA_VERSION = 1
_SKIP = {"expiry_timer"}


def _enc(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _enc(getattr(value, f.name)) for f in fields(value) if f.name not in _SKIP}
    if isinstance(value, Fraction):
        return str(value)
    if isinstance(value, set):
        return sorted(value)
    if isinstance(value, dict):
        return {str(k): _enc(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_enc(v) for v in value]
    return value


def _rng_state(rng: random.Random) -> list[Any]:
    version, internal, gauss = rng.getstate()
    return [version, list(internal), gauss]


def _set_rng(rng: random.Random, state: list[Any]) -> None:
    rng.setstate((state[0], tuple(state[1]), state[2]))


def _fees(d: dict[str, Any]) -> FeeSchedule:
    return FeeSchedule(d["fee_type"], Fraction(d["multiplier"]), d["flat_per_contract"])


def snapshot(sim: Simulator) -> dict[str, Any]:
    """The whole state as JSON-ready data."""
    eng = sim.engine
    books = {
        t: {
            "yes": [o.order_id for o in b.orders() if o.outcome == "yes"],
            "no": [o.order_id for o in b.orders() if o.outcome == "no"],
        }
        for t, b in eng.books.items()
    }
    return {
        "version": SCHEMA_VERSION,
        "seed": sim.seed,
        "now_ms": sim.clock.now_ms(),
        "ids": _rng_state(eng._ids),
        "results": _rng_state(sim._results),
        "winners": sim._winners,
        "series": _enc(list(eng.series.values())),
        "events": _enc(list(eng.events.values())),
        "markets": _enc(list(eng.markets.values())),
        "accounts": _enc(list(eng.accounts.values())),
        "orders": _enc(list(eng.orders.values())),
        "books": books,
        "fills": _enc(eng.fills),
        "trades": _enc(eng.trades),
        "settlements": _enc(eng.settlements),
        "groups": _enc(list(eng.groups.values())),
        "exchange_active": eng.exchange_active,
        "trading_active": eng.trading_active,
        "subaccounts": {u: {str(n): b for n, b in subs.items()} for u, subs in sim.subaccounts.items()},
        "transfers": sim.transfers,
        "keys": [
            {
                "key_id": k.key_id,
                "user_id": k.user_id,
                "name": k.name,
                "pem": _public_pem(k.public_key),
                "key_type": k.key_type,
                "scopes": k.scopes,
                "created_ms": k.created_ms,
            }
            for k in sim.keys.keys.values()
        ],
        "user_id": sim.user.user_id,
        "agents": [{"user_id": a.user_id, "rng": _rng_state(a.rng), "n": a._n} for a in sim.agents.agents],
    }


def _public_pem(key: Any) -> str:
    from cryptography.hazmat.primitives import serialization

    return str(key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode())


def restore(sim: Simulator, data: dict[str, Any]) -> None:
    """Replace a freshly built simulator's state with ``data`` (from :func:`snapshot`)."""
    from ._auth import ApiKey, load_public_key
    from ._book import Book

    eng = sim.engine
    _set_rng(eng._ids, data["ids"])
    _set_rng(sim._results, data["results"])
    sim._winners = dict(data["winners"])
    eng.series = {d["ticker"]: Series(**{**d, "fees": _fees(d["fees"])}) for d in data["series"]}
    eng.events = {d["event_ticker"]: Event(**d) for d in data["events"]}
    eng.markets = {}
    for saved in data["markets"]:
        fields_ = dict(saved, fees=_fees(saved["fees"]), bands=[tuple(b) for b in saved["bands"]])
        eng.markets[saved["ticker"]] = Market(**fields_)
    eng.accounts = {}
    for a in data["accounts"]:
        positions = {t: Position(**p) for t, p in a["positions"].items()}
        account = Account(
            **{
                **a,
                "positions": positions,
                "client_ids": set(a["client_ids"]),
                "deposits": [tuple(d) for d in a["deposits"]],
            }
        )
        eng.accounts[account.user_id] = account
    eng.orders = {}
    for o in data["orders"]:
        order = Order(**{**o, "rounding": RoundingAccumulator(**o["rounding"])})
        eng.orders[order.order_id] = order
    eng.books = {t: Book() for t in eng.markets}
    for ticker, sides in data["books"].items():
        for side in ("yes", "no"):
            for order_id in sides[side]:
                eng.books[ticker].add(eng.orders[order_id])
    eng.fills = [Fill(**f) for f in data["fills"]]
    eng.trades = [Trade(**t) for t in data["trades"]]
    eng.settlements = {u: [SettlementRow(**r) for r in rows] for u, rows in data["settlements"].items()}
    eng.groups = {}
    for g in data["groups"]:
        group = OrderGroup(**{**g, "window": [tuple(w) for w in g["window"]]})
        eng.groups[group.group_id] = group
    eng.exchange_active = data["exchange_active"]
    eng.trading_active = data["trading_active"]
    sim.subaccounts = {u: {int(n): b for n, b in subs.items()} for u, subs in data["subaccounts"].items()}
    sim.transfers = {u: [(t[0], t[1], t[2], t[3], t[4]) for t in rows] for u, rows in data["transfers"].items()}
    sim.keys.keys.clear()
    for k in data["keys"]:
        public, _ = load_public_key(k["pem"])
        sim.keys.add(ApiKey(k["key_id"], k["user_id"], k["name"], public, k["key_type"], k["scopes"], k["created_ms"]))


def restore_agents(sim: Simulator, data: dict[str, Any]) -> None:
    """Give re-installed agents their RNG streams and counters back."""
    saved = {a["user_id"]: a for a in data["agents"]}
    for agent in sim.agents.agents:
        if agent.user_id in saved:
            _set_rng(agent.rng, saved[agent.user_id]["rng"])
            agent._n = saved[agent.user_id]["n"]


def open_state(path: str | Path, *, seed: int = 0, markets: int = 12, **options: Any) -> Simulator:
    """A simulator kept in the SQLite file ``path``: restored from its snapshot if there is one, else
    new (``seed``, ``markets`` and ``options`` as for :class:`Simulator`; a restored one keeps its seed).

    Raises:
        sqlite3.DatabaseError: ``path`` is not a simulator state file.
    """
    from ._simulator import Simulator

    state = StateFile(path)
    data = state.load()
    if data is None:
        sim = Simulator(seed=seed, markets=markets, **options)
    else:
        options["start_ms"] = data["now_ms"]
        sim = Simulator(seed=data["seed"], markets=markets, _restore=data, **options)
    sim.state_file = state
    sim.engine.listeners.append(lambda kind, payload: state.record(sim.clock.now_ms(), kind, payload))
    sim.save_state()
    return sim


class StateFile:
    """The SQLite file: one snapshot row and the event journal."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.db = sqlite3.connect(self.path, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(
            """
            CREATE TABLE IF NOT EXISTS snapshot
                (id INTEGER PRIMARY KEY CHECK (id = 1), taken_ms INTEGER, state TEXT);
            CREATE TABLE IF NOT EXISTS journal
                (seq INTEGER PRIMARY KEY AUTOINCREMENT, ts_ms INTEGER, kind TEXT, data TEXT);
            """
        )
        self.pending: list[tuple[int, str, str]] = []

    def load(self) -> dict[str, Any] | None:
        row = self.db.execute("SELECT state FROM snapshot WHERE id = 1").fetchone()
        if row is None:
            return None
        state: dict[str, Any] = json.loads(row[0])
        return state

    def record(self, ts_ms: int, kind: str, data: Any) -> None:
        self.pending.append((ts_ms, kind, json.dumps(_enc(data), separators=(",", ":"), default=str)))

    def save(self, state: dict[str, Any]) -> None:
        with self.db:
            if self.pending:
                self.db.executemany("INSERT INTO journal (ts_ms, kind, data) VALUES (?, ?, ?)", self.pending)
                self.pending = []
            self.db.execute(
                "INSERT INTO snapshot (id, taken_ms, state) VALUES (1, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET taken_ms = excluded.taken_ms, state = excluded.state",
                (state["now_ms"], json.dumps(state, separators=(",", ":"))),
            )

    def journal(self) -> list[tuple[int, int, str, Any]]:
        """Every journaled event: (seq, ts_ms, kind, data)."""
        rows = self.db.execute("SELECT seq, ts_ms, kind, data FROM journal ORDER BY seq").fetchall()
        return [(s, t, k, json.loads(d)) for s, t, k, d in rows]

    def close(self) -> None:
        self.db.close()
