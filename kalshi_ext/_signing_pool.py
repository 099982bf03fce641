"""Signing RSA requests off the event loop, in batches.

An RSA-PSS signature takes 0.3-0.5 ms; cryptography releases the GIL while it works, so signing in
worker threads keeps the event loop free and, on two cores, lets two signatures proceed at once.
Handing each signature to an executor separately costs the loop a future and a wake-up per request,
which under load eats a good part of that gain. Here each worker takes every job waiting in the
queue (up to ``MAX_BATCH``), signs them, and wakes the loop once for the whole batch.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._auth import HeaderAuth

MAX_BATCH = 32
_STOP = None

_Job = tuple["asyncio.Future[dict[str, str]]", "HeaderAuth", str, str]
_Outcome = tuple["asyncio.Future[dict[str, str]]", "dict[str, str] | None", "BaseException | None"]


def _settle(outcomes: list[_Outcome]) -> None:
    for future, headers, error in outcomes:
        if future.done():  # the caller was cancelled meanwhile
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(headers)  # type: ignore[arg-type]


class SigningPool:
    """Worker threads that sign for one event loop. Create it on the loop; ``close`` it there."""

    def __init__(self, loop: asyncio.AbstractEventLoop, workers: int) -> None:
        self._loop = loop
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._work, name=f"kalshi-ext-sign-{n}", daemon=True) for n in range(workers)
        ]
        for thread in self._threads:
            thread.start()

    def headers(self, auth: HeaderAuth, method: str, path: str) -> asyncio.Future[dict[str, str]]:
        """A future of ``auth.headers(method, path)``, computed in a worker thread."""
        future: asyncio.Future[dict[str, str]] = self._loop.create_future()
        self._jobs.put((future, auth, method, path))
        return future

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is _STOP:
                return
            batch = [job]
            while len(batch) < MAX_BATCH:
                try:
                    more = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if more is _STOP:
                    self._jobs.put(_STOP)  # for this thread, once the batch is done
                    break
                batch.append(more)
            outcomes: list[_Outcome] = []
            for future, auth, method, path in batch:
                try:
                    outcomes.append((future, auth.headers(method, path), None))
                except Exception as exc:  # delivered to the awaiting request, not lost in a thread
                    outcomes.append((future, None, exc))
            try:
                self._loop.call_soon_threadsafe(_settle, outcomes)
            except RuntimeError:  # the loop is closed: nobody is waiting any more
                return

    def close(self) -> None:
        """Stop the workers once the queued jobs are signed; wait briefly for them to end."""
        for _ in self._threads:
            self._jobs.put(_STOP)
        for thread in self._threads:
            thread.join(timeout=2.0)
