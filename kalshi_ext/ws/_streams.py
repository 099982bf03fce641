"""Bounded event streams between the connection's reader and the consumers.

The reader never waits for a consumer: a slow consumer must not stall the socket (Kalshi
would then overflow the subscription's server-side buffer and end it with error 25). So a full
stream applies its overflow policy instead:

* ``DROP_OLDEST``: the oldest event is discarded and counted;
* ``ERROR``: new events are discarded and counted; the consumer first gets everything queued
  before the overflow, then :class:`StreamOverflowError` (once), then the stream carries on.

Producers run on the client's event loop. Consumers may be coroutines on that loop or, for the
synchronous facade, other threads (``get_blocking``); a lock keeps both views consistent.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import deque
from typing import Generic, TypeVar

from ._channels import Overflow
from ._errors import StreamOverflowError

T = TypeVar("T")
log = logging.getLogger("kalshi_ext.ws")


class EndOfStream(Exception):  # noqa: N818 - a signal, like StopIteration
    """The stream was closed normally and is empty."""


class EventStream(Generic[T]):
    """A bounded FIFO with an overflow policy, readable from coroutines and threads.

    Attributes:
        name: what the stream carries (for messages).
        maxsize: capacity (fixed: the unlocked put path keeps its own copy).
        overflow: the policy applied when full.
        dropped: events discarded so far, under either policy.
    """

    def __init__(self, maxsize: int, overflow: Overflow, name: str) -> None:
        self.name = name
        self.maxsize = maxsize
        self.overflow = overflow
        self.dropped = 0
        self._items: deque[T] = deque()
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._blocked = 0  # threads waiting in get_blocking: notify only then (notify is not free)
        # Set (for good) by the first get_blocking: from then on another thread reads this stream and
        # every put and get takes the lock. Until then the event loop is the only reader and writer.
        self._shared = False
        self._waiters: list[asyncio.Future[None]] = []
        self._unreported = 0  # ERROR policy: dropped since the consumer was last told
        self._closed = False
        self._close_error: BaseException | None = None
        # How many items put() may hold without the lock: maxsize while the stream is unshared,
        # open and owes the consumer no overflow report, else 0 (every put takes the locked path).
        # One comparison per event instead of four (see _refresh).
        self._fast_max = maxsize

    def __len__(self) -> int:
        return len(self._items)

    @property
    def closed(self) -> bool:
        return self._closed

    def _refresh(self) -> None:
        """Recompute ``_fast_max`` after ``_shared``, ``_closed`` or ``_unreported`` changed."""
        plain = not self._shared and not self._closed and not self._unreported
        self._fast_max = self.maxsize if plain else 0

    def put(self, item: T) -> bool:
        """Queue an event (event loop thread only); return False if it was dropped."""
        items = self._items
        if len(items) < self._fast_max:
            # Only the loop thread touches the stream: no lock (this runs for every frame).
            items.append(item)
            if self._blocked:  # a thread started waiting meanwhile: wake it, as the locked path does
                with self._lock:
                    self._cond.notify()
            if self._waiters:
                self._wake()
            return True
        with self._lock:
            if self._closed:
                return False
            if self._unreported or len(self._items) >= self.maxsize:
                return self._overflow(item)
            self._items.append(item)
            if self._blocked:
                self._cond.notify()
        if self._waiters:
            self._wake()
        return True

    def _overflow(self, item: T) -> bool:
        # Called with the lock held.
        self.dropped += 1
        if self._unreported:
            self._unreported += 1
            return False
        if self.overflow is Overflow.ERROR:
            self._unreported = 1
            self._fast_max = 0
            log.warning(
                "%s is full (%d events): dropping events until the consumer catches up", self.name, self.maxsize
            )
            return False
        self._items.popleft()
        self._items.append(item)
        if self.dropped == 1 or self.dropped % 1000 == 0:
            log.warning("%s is full: dropped %d oldest events so far", self.name, self.dropped)
        if self._blocked:
            self._cond.notify()
        return True

    def close(self, error: BaseException | None = None) -> None:
        """End the stream: consumers drain what is queued, then stop (or get ``error``)."""
        with self._cond:
            if self._closed:
                return
            self._closed = True
            self._fast_max = 0
            self._close_error = error
            self._cond.notify_all()
        self._wake()

    def _wake(self) -> None:
        waiters, self._waiters = self._waiters, []
        for fut in waiters:
            if not fut.done():
                fut.set_result(None)

    def _take(self) -> T:
        """Next item, or raise; the caller holds the lock. Raises IndexError when there is nothing."""
        if self._items:
            return self._items.popleft()
        if self._unreported:
            dropped, self._unreported = self._unreported, 0
            self._refresh()
            raise StreamOverflowError(
                f"{self.name} overflowed: {dropped} events were dropped because the consumer fell behind",
                dropped=dropped,
            )
        if self._closed:
            if self._close_error is not None:
                raise self._close_error
            raise EndOfStream
        raise IndexError

    def get_nowait(self) -> T:
        """The next event without waiting.

        Raises:
            IndexError: nothing queued. StreamOverflowError, EndOfStream or the close error as
                for :meth:`get`.
        """
        if not self._shared and self._items:
            return self._items.popleft()  # the loop thread is the only reader (see put)
        with self._lock:  # the condition's own lock: Condition.__enter__ is Python code, the lock's is not
            return self._take()

    async def get(self) -> T:
        """Wait for the next event (on the producer's event loop).

        Raises:
            StreamOverflowError: events were dropped (``ERROR`` policy), once per overflow.
            EndOfStream: closed and drained.
            BaseException: the error the stream was closed with.
        """
        if not self._shared and self._items:
            return self._items.popleft()  # the loop thread is the only reader (see put)
        while True:
            with self._lock:
                try:
                    return self._take()
                except IndexError:
                    pass
                fut = asyncio.get_running_loop().create_future()
                self._waiters.append(fut)
            try:
                await fut
            finally:
                if fut in self._waiters:
                    self._waiters.remove(fut)

    def get_blocking(self, timeout: float | None = None) -> T:
        """Wait for the next event from another thread.

        Raises:
            TimeoutError: nothing arrived within ``timeout`` seconds. Otherwise as :meth:`get`.
        """
        with self._cond:
            self._shared = True
            self._fast_max = 0
            self._blocked += 1
            try:
                ready = self._cond.wait_for(
                    lambda: bool(self._items) or bool(self._unreported) or self._closed, timeout=timeout
                )
            finally:
                self._blocked -= 1
            if not ready:
                raise TimeoutError(f"no event on {self.name} within {timeout} s")
            return self._take()
