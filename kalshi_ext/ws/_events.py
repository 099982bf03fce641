"""What the clients deliver. Server messages are the generated models; the other events are the
client's own (not messages of the spec): book updates, gaps, errors, unknown frames, connection
state.

Every frame ends up in exactly one event, so nothing vanishes: a data message becomes a
:class:`Message` (or a :class:`BookUpdate` on order book subscriptions), a frame that does not
decode or parse becomes an :class:`ErrorEvent` carrying the raw frame, an ``error`` message
that answers no pending command becomes a :class:`ServerErrorMessage`, and an unknown ``type`` becomes
an :class:`UnknownMessage`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

from .._errors import KalshiResponseError
from ._book import PriceLevel

if TYPE_CHECKING:
    from ._book import OrderBook
    from ._channels import WsApi

M = TypeVar("M")


class MessageParseError(ValueError):
    """A frame whose JSON is fine but which the generated model rejects. ``raw`` is the frame."""

    def __init__(self, message: str, raw: Mapping[str, Any]) -> None:
        self.raw = raw
        super().__init__(message)


class Message(Generic[M]):
    """A server message on a subscription.

    Attributes:
        subscription_id: the client's handle for the subscription (stable across reconnects),
            or None for a message on a sid the client does not know.
        channel: the channel of the subscription.
        type: the message ``type`` (singular where the channel name is plural).
        sid: the server's subscription id on the current connection.
        seq: the sequence number, when the channel has one.
        raw: the decoded JSON frame.
    """

    __slots__ = ("_api", "_model", "channel", "raw", "seq", "sid", "subscription_id", "type")

    def __init__(  # noqa: PLR0917 - positional on purpose: built once per frame on the hot path
        self,
        api: WsApi,
        raw: Mapping[str, Any],
        kind: str,
        sid: int | None,
        seq: int | None,
        subscription_id: int | None,
        channel: str | None,
        model: Any = None,
    ) -> None:
        # Positional and unchecked: only the dispatcher builds messages, from values it checked.
        self._api = api
        self.raw = raw
        self.type = kind
        self.sid = sid
        self.seq = seq
        self.subscription_id = subscription_id
        self.channel = channel
        self._model = model

    @property
    def model(self) -> M:
        """The generated model of the message (``kalshi_ws_models`` / ``kalshi_perps_ws_models``).

        Built on first access for order book deltas (the client applies them from the decoded
        frame, which it validates itself); parsed up front for every other message.

        Raises:
            MessageParseError: the frame does not fit the generated model.
        """
        if self._model is None:
            self._model = parse_model(self._api, self.raw)
        return self._model  # type: ignore[no-any-return]

    @property
    def msg(self) -> Mapping[str, Any]:
        """The frame's ``msg`` object as decoded JSON (empty if absent)."""
        msg = self.raw.get("msg")
        return msg if isinstance(msg, Mapping) else {}

    def __repr__(self) -> str:
        return f"Message(type={self.type!r}, channel={self.channel!r}, sid={self.sid}, seq={self.seq})"


def parse_model(api: WsApi, raw: Mapping[str, Any]) -> Any:
    """Build the generated model for a decoded frame.

    Raises:
        MessageParseError: unknown type, or the model rejects the frame.
    """
    name = api.model_name(raw)
    if name is None:
        raise MessageParseError(f"no model for message type {str(raw.get('type'))[:40]!r}", raw)
    try:
        # validate() reads every field now: a missing required part (a ticker frame without its
        # msg) or a value of the wrong type becomes an ErrorEvent with the raw frame, not a
        # message that fails later when the user reads it.
        model = api.model_class(name).from_dict(raw).validate()
    except (ValueError, TypeError, KeyError, AttributeError, KalshiResponseError) as exc:
        # Generated models raise whatever the bad field provokes; one error type for users.
        raise MessageParseError(f"{name} rejected the frame: {type(exc).__name__}: {exc}", raw) from exc
    return model


class BookUpdate:
    """A local order book changed: a snapshot replaced it or a delta was applied.

    Treat it as read-only. ``best_bid`` / ``best_ask`` are taken when the update is applied; ``book`` is the live book
    (read it on the client's event loop; the synchronous facade gives a copy instead).
    ``message`` is the snapshot or delta applied; it is None for the first event of
    ``book_updates()``, which replays the book's state at the time the iterator started.
    Unpacks, compares and hashes like the tuple of its fields (``_fields`` order), as the
    ``NamedTuple`` it used to be.
    """

    # One object per delta (the dispatcher's hot path, which sets these slots itself on a bare
    # object): a slotted class whose ``message`` is built on first read. Until then ``_message``
    # holds the decoded frame (a dict, never a Message) and ``_api`` the API it belongs to.
    __slots__ = ("_api", "_message", "best_ask", "best_bid", "book", "is_snapshot", "market_ticker", "subscription_id")
    _fields = ("subscription_id", "market_ticker", "is_snapshot", "message", "book", "best_bid", "best_ask")

    subscription_id: int
    market_ticker: str
    is_snapshot: bool
    book: OrderBook
    best_bid: PriceLevel | None
    best_ask: PriceLevel | None

    def __init__(  # noqa: PLR0917 - the NamedTuple's positional signature, kept
        self,
        subscription_id: int,
        market_ticker: str,
        is_snapshot: bool,
        message: Message[Any] | None,
        book: OrderBook,
        best_bid: PriceLevel | None,
        best_ask: PriceLevel | None,
    ) -> None:
        self.subscription_id = subscription_id
        self.market_ticker = market_ticker
        self.is_snapshot = is_snapshot
        self._message: Message[Any] | dict[str, Any] | None = message
        self._api: WsApi | None = None
        self.book = book
        self.best_bid = best_bid
        self.best_ask = best_ask

    @property
    def message(self) -> Message[Any] | None:
        """The snapshot or delta message applied (None for the replayed first ``book_updates()`` event)."""
        message = self._message
        if type(message) is dict:  # a delta from the fast path: its sid and seq were checked ints
            assert self._api is not None
            message = self._message = Message(
                self._api, message, message["type"], message["sid"], message["seq"], self.subscription_id, _BOOK
            )
        return message  # type: ignore[return-value]

    @property
    def seq(self) -> int | None:
        message = self._message
        if type(message) is dict:
            return message["seq"]  # type: ignore[no-any-return]
        return None if message is None else message.seq  # type: ignore[union-attr]

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.subscription_id,
            self.market_ticker,
            self.is_snapshot,
            self.message,
            self.book,
            self.best_bid,
            self.best_ask,
        )

    def __iter__(self) -> Iterator[Any]:
        return iter(self._astuple())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BookUpdate):
            return NotImplemented
        return self._astuple() == other._astuple()

    def __hash__(self) -> int:
        return hash(self._astuple())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self._astuple(), strict=True))
        return f"BookUpdate({fields})"


_BOOK = "orderbook_delta"  # the channel of every book update


@dataclass(frozen=True, slots=True)
class BookInvalidated:
    """Local books were dropped because they can no longer be trusted.

    The client has asked for fresh snapshots; a :class:`BookUpdate` with ``is_snapshot=True``
    follows for every market once it arrives. ``reason`` is ``"sequence_gap"``,
    ``"sequence_backwards"``, ``"bad_delta"``, ``"bad_snapshot"``, ``"bad_sequence"`` (a book frame
    whose ``seq`` is missing or not an integer), ``"reconnect"`` or ``"resubscribe"``.
    """

    subscription_id: int
    market_tickers: tuple[str, ...]
    reason: str
    sid: int | None = None
    expected_seq: int | None = None
    received_seq: int | None = None


@dataclass(frozen=True, slots=True)
class SequenceGap:
    """Messages were lost (or replayed) on a subscription that has no book to repair.

    ``received_seq < expected_seq`` means a replay or restart rather than a loss.
    """

    subscription_id: int
    channel: str
    sid: int
    expected_seq: int
    received_seq: int


@dataclass(frozen=True, slots=True)
class ErrorEvent:
    """A frame that could not be decoded, parsed or applied. ``raw`` is the frame as received."""

    raw: str | bytes
    error: Exception
    subscription_id: int | None = None


@dataclass(frozen=True, slots=True)
class ServerErrorMessage:
    """An ``error`` message from the server that answers no pending command.

    ``terminal`` errors (codes 10 and 25) end the subscription on the server; the client then
    subscribes again under the same handle.
    """

    code: int | None
    message: str
    raw: Mapping[str, Any]
    subscription_id: int | None = None
    sid: int | None = None
    terminal: bool = False


@dataclass(frozen=True, slots=True)
class UnknownMessage:
    """A well-formed frame whose ``type`` the client does not know (a newer server, perhaps)."""

    type: str | None
    raw: Mapping[str, Any]
    subscription_id: int | None = None


class ConnectionState(StrEnum):
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"
    RECONNECTED = "reconnected"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class ConnectionEvent:
    """The connection changed state. ``attempt`` counts reconnect attempts; ``error`` is why it dropped."""

    state: ConnectionState
    attempt: int = 0
    error: str | None = None
    restored: int = 0


SubscriptionEvent: TypeAlias = (
    Message[M] | BookUpdate | BookInvalidated | SequenceGap | ErrorEvent | ServerErrorMessage | UnknownMessage
)
"""What iterating a ``Subscription[M]`` yields."""

ClientEvent: TypeAlias = (
    Message[Any] | ErrorEvent | ServerErrorMessage | UnknownMessage | ConnectionEvent | SequenceGap | BookInvalidated
)
"""What ``client.events()`` yields: everything not tied to one subscription, and connection state."""
