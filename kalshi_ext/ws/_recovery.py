"""Repairing subscriptions whose data can no longer be trusted.

After a sequence gap or a bad delta, the books of a subscription are refreshed with
``get_snapshot``; if that fails, or the server ends a subscription (terminal errors 10 and
25), the subscription is made again under the same handle with a new sid.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Any

from ._errors import WebSocketCommandError, WebSocketConnectionError, WebSocketTimeoutError
from ._protocol import unsubscribe_command, update_command
from ._subscription import Subscription

if TYPE_CHECKING:
    from ._session import Session

log = logging.getLogger("kalshi_ext.ws")


class Recovery:
    """The session's repair worker (the dispatcher calls :meth:`resync` and :meth:`server_ended`)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def resync(self, sub: Subscription[Any], markets: tuple[str, ...]) -> None:
        """Ask for fresh snapshots of ``markets`` (all of the subscription's when empty)."""
        sub.stats.resyncs += 1
        sub.resync_pending.update(markets or sub.markets)
        if not sub.resyncing and not self.session.closing:
            sub.resyncing = True
            self.session.spawn(self._worker(sub), f"kalshi-ws-resync-{sub.id}")

    async def _worker(self, sub: Subscription[Any]) -> None:
        # One worker per subscription; a gap found while a request is in flight queues another
        # request, so every gap is followed by a snapshot requested after it.
        try:
            while sub.resync_pending and not sub.closed:
                sid = sub.sid
                if sid is None or self.session.conn is None:
                    return  # restoring on the next connection brings fresh snapshots
                markets = sorted(sub.resync_pending)
                sub.resync_pending.clear()
                try:
                    await self.session.command(
                        lambda cid, sid=sid, markets=markets: update_command(  # type: ignore[misc]
                            cid, sid, "get_snapshot", {"market_tickers": markets}
                        )
                    )
                except WebSocketConnectionError:
                    return
                except (WebSocketCommandError, WebSocketTimeoutError) as exc:
                    log.warning("get_snapshot failed for subscription %d (%s); subscribing again", sub.id, exc)
                    await self._resubscribe(sub)
                    return
        finally:
            sub.resyncing = False
            sub.resync_pending.clear()

    def server_ended(self, sub: Subscription[Any]) -> None:
        """The server ended the subscription (terminal error): make it again."""
        if not self.session.closing:
            self.session.spawn(self._resubscribe(sub, server_ended=True), f"kalshi-ws-resubscribe-{sub.id}")

    async def _resubscribe(self, sub: Subscription[Any], *, server_ended: bool = False) -> None:
        """Replace the server subscription behind ``sub`` with a new one (new sid, new snapshots)."""
        if sub.closed:
            return
        old_sid = sub.sid
        sub.active.clear()
        self.session.dispatcher.unbind(sub)
        self.session.dispatcher.invalidate_books(sub, "resubscribe")
        if old_sid is not None and not server_ended and self.session.conn is not None:
            # Best effort: the old sid is no longer routed either way.
            with contextlib.suppress(WebSocketCommandError, WebSocketTimeoutError, WebSocketConnectionError):
                await self.session.command(lambda cid: unsubscribe_command(cid, [old_sid]))
        if sub.closed:  # unsubscribed meanwhile
            return
        try:
            await self.session.activate(sub, self.session.generation)
        except WebSocketConnectionError:
            sub.generation = 0  # the next connection restores it
        except (WebSocketCommandError, WebSocketTimeoutError) as exc:
            log.error("could not subscribe again to %s (subscription %d): %s", sub.channel, sub.id, exc)
            self.session.subs.pop(sub.id, None)
            sub.close(exc)
