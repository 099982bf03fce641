"""The :class:`Simulator`: one engine and one state behind every front end."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from . import _render as render
from ._agents import Agents
from ._auth import SCOPES, ApiKey, KeyRegistry, PublicKey, public_key_of
from ._catalogue import build_catalogue
from ._clock import DEFAULT_START_MS, SimClock
from ._errors import SimError
from ._faults import Faults
from ._lifecycle import Engine
from ._model import Market, Order
from ._profiles import PROFILES
from ._ratelimit import RateLimiter
from ._rest import RestApp
from ._schedule import schedule_markets
from ._units import MICRO, ONE

if TYPE_CHECKING:
    import httpx

    from kalshi_ext import AsyncKalshiClient, KalshiClient

    from ._persist import StateFile
    from ._servers import Served
    from ._ws import WsHub, WsSession

IN_PROCESS_BASE_URL = "https://sim.kalshi-ext.invalid/trade-api/v2"


def dollars(value: str | int | Decimal) -> int:
    """``"100.00"`` (or a Decimal or int of dollars) as micro-dollars.

    Raises:
        ValueError: a float, or more than 6 decimals.
    """
    if isinstance(value, float):
        raise ValueError("money must be a str, int or Decimal, not float")
    amount = Decimal(value) * MICRO
    if amount != amount.to_integral_value():
        raise ValueError("at most 6 decimals")
    return int(amount)


@dataclass(frozen=True, slots=True)
class SimUser:
    """A simulated account with one API key. ``private_key_pem`` is the only copy of the key."""

    user_id: str
    key_id: str
    private_key_pem: str = field(repr=False)
    key_type: str


def _generate_private_key(key_type: str) -> tuple[Any, str]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    if key_type == "rsa":
        rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = rsa_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
        )
        return rsa_key.public_key(), pem.decode()
    ed_key = ed25519.Ed25519PrivateKey.generate()
    pem = ed_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return ed_key.public_key(), pem.decode()


class Simulator:
    """An offline Kalshi exchange (see the package docstring for the whole API).

    ``rate_limits="basic"`` (or ``"advanced"``) enforces Kalshi's token buckets per user; off by default.
    ``profile``: ``"spec"`` (default), ``"wire-2026-06"`` or ``"quirks"`` (see ``_profiles``).

    Raises:
        ValueError: ``markets`` below 1, a float amount of money, an unknown ``rate_limits`` tier or
            ``profile``.
    """

    def __init__(
        self,
        seed: int = 0,
        *,
        markets: int = 12,
        start_ms: int = DEFAULT_START_MS,
        market_life_s: int = 6 * 3600,
        agents: bool = True,
        cash: str | int | Decimal = "1000.00",
        key_type: str = "ed25519",
        post_only: str = "reject",
        verify_signatures: bool = True,
        auth_window_s: float = 10.0,
        auth_clock: Callable[[], int] | None = None,
        auto_settle: bool = True,
        determination_delay_s: int = 30,
        taker_rate_per_min: float = 6.0,
        rate_limits: str | None = None,
        profile: str = "spec",
        _restore: dict[str, Any] | None = None,
    ) -> None:
        if markets < 1:
            raise ValueError("markets must be at least 1")
        if profile not in PROFILES:
            raise ValueError(f"profile must be one of {', '.join(PROFILES)}")
        self.profile = profile
        self.seed = seed
        self.clock = SimClock(start_ms)
        self.lock = threading.RLock()
        catalogue = build_catalogue(seed, markets, start_ms, market_life_s=market_life_s)
        self.engine = Engine(seed, self.clock, catalogue, post_only=post_only)
        self.keys = KeyRegistry(
            auth_clock or (lambda: time.time_ns() // 1_000_000), window_ms=int(auth_window_s * 1000)
        )
        self.keys.verify = verify_signatures
        self.faults = Faults(seed)
        self.rate_limiter = None if rate_limits is None else RateLimiter(rate_limits, self.keys.auth_now_ms)
        self.subaccounts: dict[str, dict[int, int]] = {}
        self.transfers: dict[str, list[tuple[str, int, int, int, int]]] = {}
        self._default_cash = dollars(cash)
        self._key_type = key_type
        from . import _routes_market, _routes_minimal, _routes_orders, _routes_portfolio

        routes = {
            **_routes_market.ROUTES,
            **_routes_orders.ROUTES,
            **_routes_portfolio.ROUTES,
            **_routes_minimal.ROUTES,
        }
        self.rest = RestApp(self, routes)
        self._ws_hub: WsHub | None = None
        self._results = random.Random(f"results:{seed}")  # noqa: S311 - seeded outcomes, not crypto
        self._winners: dict[str, str] = {}
        self._auto_settle = auto_settle
        self._determination_delay_s = determination_delay_s
        self.state_file: StateFile | None = None
        self.agents = Agents(self)
        if _restore is not None:
            from ._persist import restore

            restore(self, _restore)
        if agents:
            self.agents.install_defaults(taker_rate_per_min=taker_rate_per_min, start=_restore is None)
            if _restore is not None:
                from ._persist import restore_agents

                restore_agents(self, _restore)
        if _restore is not None:
            # the same account, a fresh key: private keys are never stored
            user_id = _restore["user_id"]
            key_id, pem = self.generate_key(user_id, "sim", key_type, ["read", "write"])
            self.user = SimUser(user_id, key_id, pem, key_type)
        else:
            self.user = self.new_user()
        schedule_markets(self)

    # ---- users and keys ---------------------------------------------------------------------
    def new_user(self, cash: str | int | Decimal | None = None, *, key_type: str | None = None) -> SimUser:
        """Open an account with ``cash`` dollars (default 1000.00) and register an API key for it."""
        with self.lock:
            user_id = self.engine.new_id()
            self.engine.open_account(user_id, self._default_cash if cash is None else dollars(cash))
            key_id, pem = self.generate_key(user_id, "sim", key_type or self._key_type, ["read", "write"])
            return SimUser(user_id, key_id, pem, key_type or self._key_type)

    def generate_key(self, user_id: str, name: str, key_type: str, scopes: list[str]) -> tuple[str, str]:
        """Make a key pair, register its public half for ``user_id``; return (key id, private PEM)."""
        public, pem = _generate_private_key(key_type)
        key_id = self.engine.new_id()
        self.keys.add(ApiKey(key_id, user_id, name, public, key_type, scopes, self.clock.now_ms()))
        return key_id, pem

    def register_key(
        self,
        *,
        key_id: str,
        public_key: str | bytes | PublicKey,
        user: SimUser | str | None = None,
        name: str = "registered",
        scopes: Sequence[str] = ("read", "write"),
    ) -> None:
        """Register a key made elsewhere: requests and WebSocket handshakes signed with its private
        half under ``key_id`` then authenticate as ``user`` (a :class:`SimUser` or user id; default
        :attr:`user`), as a key created with ``POST /api_keys`` would. ``public_key``: PEM text
        (SubjectPublicKeyInfo, or PKCS#1 for RSA) or a loaded RSA or Ed25519 public key. The key is
        listed by ``GET /api_keys`` and kept by a state file like any other.

        Raises:
            SimError: 400 ``invalid_parameters`` for a ``key_id`` that is empty, not a str, holds
                whitespace or is already registered (to any user); a ``public_key`` that is not an
                RSA or Ed25519 public key (bad PEM, a private key); an unknown scope. 404 for an
                unknown user.
        """
        if not isinstance(key_id, str) or not key_id or any(c.isspace() or not c.isprintable() for c in key_id):
            raise SimError.invalid_parameters("key_id must be a non-empty str without whitespace")
        public, key_type = public_key_of(public_key)
        if isinstance(scopes, str) or any(s not in SCOPES for s in scopes):
            raise SimError.invalid_parameters("unknown scope")
        user_id = self.user.user_id if user is None else user if isinstance(user, str) else user.user_id
        with self.lock:
            if user_id not in self.engine.accounts:
                raise SimError.not_found(f"user {user_id} not found")
            if key_id in self.keys.keys:
                raise SimError.invalid_parameters(f"api key {key_id} is already registered")
            self.keys.add(ApiKey(key_id, user_id, name, public, key_type, list(scopes), self.clock.now_ms()))
            self.save_state()

    def deposit(self, user: SimUser | str, amount: str | int | Decimal) -> None:
        """Credit ``amount`` dollars to a user's cash."""
        with self.lock:
            self.engine.deposit(user if isinstance(user, str) else user.user_id, dollars(amount))

    # ---- time ------------------------------------------------------------------------------
    def advance(self, seconds: float) -> None:
        """Move simulated time forward, running agents, expiries, closes and settlements on the way."""
        with self.lock:
            self.clock.advance(seconds)
            self.save_state()

    def save_state(self) -> None:
        """Write the snapshot (and pending journal rows) when a ``--state`` file is attached."""
        if self.state_file is not None:
            from ._persist import snapshot

            with self.lock:
                self.state_file.save(snapshot(self))

    def close(self) -> None:
        """Save and close the state file, if any (a simulator in memory needs no closing)."""
        if self.state_file is not None:
            self.save_state()
            self.state_file.close()
            self.state_file = None

    def now_ms(self) -> int:
        """The simulated time in milliseconds since the epoch."""
        return self.clock.now_ms()

    def now_s(self) -> float:
        """The simulated time in Unix seconds: the ``clock=`` of a client of this exchange (the
        order lookup after an open outcome lists orders from shortly before it)."""
        return self.clock.now_ms() / 1000

    # ---- scenario control ------------------------------------------------------------------
    def determine(self, ticker: str, result: str, settlement_value: str | None = None) -> None:
        """Close (if open) and determine a market; it settles ``settlement_timer_seconds`` later.

        Raises:
            SimError: unknown market or result.
        """
        with self.lock:
            value = None if settlement_value is None else int(Decimal(settlement_value) * ONE)
            self.engine.determine(ticker, result, value)

    def add_market(self, ticker: str, **options: Any) -> Market:
        """Open a new market now (see :func:`kalshi_ext.sim._scenario.add_market` for ``options``:
        ``event_ticker``, ``title``, ``structure``, ``fee_type``, ``market_type``, ``close_in_s``,
        ``fair_value``). Announced on ``market_lifecycle_v2``.

        Raises:
            SimError: the ticker exists, or an unknown structure, fee type or market type.
        """
        from ._scenario import add_market

        with self.lock:
            return add_market(self, ticker, **options)

    def set_event_fee(self, event_ticker: str, fee_type: str | None, multiplier: str | None = None) -> None:
        """Override (``None``: clear) an event's fee terms; sent as ``event_fee_update``.

        Raises:
            SimError: unknown event or fee type.
        """
        from ._scenario import set_event_fee

        with self.lock:
            set_event_fee(self, event_ticker, fee_type, multiplier)

    def pause(self, kind: str = "trading") -> None:
        """``"trading"`` (cancels still work) or ``"exchange"`` (nothing works)."""
        with self.lock:
            if kind == "exchange":
                self.engine.pause_exchange()
            else:
                self.engine.pause_trading()

    def resume(self) -> None:
        with self.lock:
            self.engine.resume()

    def deactivate(self, ticker: str) -> None:
        with self.lock:
            self.engine.deactivate(ticker)

    def activate(self, ticker: str) -> None:
        with self.lock:
            self.engine.activate(ticker)

    # ---- inspection ------------------------------------------------------------------------
    @property
    def state(self) -> Engine:
        """The live engine state (``.orders``, ``.books``, ``.accounts``, ``.markets``, ``.fills``)."""
        return self.engine

    def explain(self, order_id: str) -> list[dict[str, Any]]:
        """An order's history: creation, fills, amends, decreases and its end, with timestamps.

        Raises:
            KeyError: unknown order id.
        """
        return list(self.engine.orders[order_id].history)

    def balance(self, user: SimUser | str) -> Decimal:
        """A user's balance (cash net of resting collateral) in dollars."""
        account = self.engine.accounts[user if isinstance(user, str) else user.user_id]
        return Decimal(account.balance) / MICRO

    def view_order(self, order: Order) -> dict[str, Any]:
        return render.order(self.clock, order)

    def portfolio_value(self, user_id: str) -> int:
        """Open positions marked at the last trade (at cost where the market never traded)."""
        total = 0
        for pos in self.engine.account(user_id).positions.values():
            if pos.position == 0:
                continue
            market = self.engine.markets[pos.ticker]
            if not market.volume:
                total += pos.exposure
            elif pos.position > 0:
                total += market.last_price * pos.position
            else:
                total += (ONE - market.last_price) * -pos.position
        return total

    def after_request(self, operation: str, method: str) -> None:
        """Hook run after every handled request (under the lock): writes persist at once."""
        if method != "GET" and self.state_file is not None:
            self.save_state()

    # ---- front ends -------------------------------------------------------------------------
    def handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        """Serve one raw request (``target`` = path plus query as sent); returns (status, headers, body)."""
        from ._rest import Request

        response = self.rest.handle(Request.build(method, target, headers, body))
        return response.status, response.headers, response.body

    def transport(self) -> httpx.MockTransport:
        """An httpx transport (sync and async) that serves requests in-process, no sockets."""
        from ._transport import make_transport

        return make_transport(self)

    def client(self, user: SimUser | None = None, **options: Any) -> KalshiClient:
        """A :class:`kalshi_ext.KalshiClient` signed as ``user`` (default :attr:`user`), in-process.

        Its ``clock`` is the simulated one (:meth:`now_s`), so an order whose send fails after the
        exchange applied it is found by lookup whatever ``start_ms`` is; ``options`` may override it
        and take the client's other keywords. Requests are signed on the wall clock, which the
        signature check reads unless ``auth_clock`` says otherwise.
        """
        from kalshi_ext import KalshiClient

        who = user or self.user
        return KalshiClient(
            key_id=who.key_id,
            private_key=who.private_key_pem,
            base_url=IN_PROCESS_BASE_URL,
            allow_custom_host=True,
            transport=self.transport(),
            **{"clock": self.now_s, **options},
        )

    def async_client(self, user: SimUser | None = None, **options: Any) -> AsyncKalshiClient:
        """An :class:`kalshi_ext.AsyncKalshiClient` signed as ``user``, in-process (simulated ``clock``,
        as for :meth:`client`)."""
        from kalshi_ext import AsyncKalshiClient

        who = user or self.user
        return AsyncKalshiClient(
            key_id=who.key_id,
            private_key=who.private_key_pem,
            base_url=IN_PROCESS_BASE_URL,
            allow_custom_host=True,
            transport=self.transport(),
            **{"clock": self.now_s, **options},
        )

    @property
    def ws_hub(self) -> WsHub:
        """The WebSocket fan-out (created on first use; it listens to engine events)."""
        if self._ws_hub is None:
            from ._ws import WsHub

            self._ws_hub = WsHub(self)
        return self._ws_hub

    def ws_session(self, user: SimUser | None = None) -> WsSession:
        """An in-process WebSocket session (no sockets): ``receive(command_text)``, then ``drain()``
        the frames it sent. Engine events reach it as they happen; ``close()`` it when done."""
        with self.lock:
            return self.ws_hub.open((user or self.user).user_id)

    @contextmanager
    def serve(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        ws_port: int = 0,
        follow_wall: float | None = None,
        key_dir: str | None = None,
    ) -> Iterator[Served]:
        """Run the loopback REST and WebSocket servers; yields a :class:`Served` with both URLs, the
        default user's key id and the path of its private key file (mode 0600, removed on exit).

        ``follow_wall``: advance simulated time with the wall clock at this scale (1.0 = real time).
        """
        from ._servers import serve

        with serve(self, host=host, port=port, ws_port=ws_port, follow_wall=follow_wall, key_dir=key_dir) as served:
            yield served


__all__ = ["IN_PROCESS_BASE_URL", "SimError", "SimUser", "Simulator", "dollars"]
