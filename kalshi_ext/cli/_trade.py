"""Commands that trade: ``order create|amend|cancel`` and ``cancel-all``.

Each one checks its arguments, refuses production unless ``--prod`` (or ``KALSHI_CLI_PROD=1``),
says what it is about to do and asks for confirmation on the terminal unless ``--yes``. With
no terminal to ask (a pipe, a cron job) and no ``--yes`` it refuses: a piped ``y`` is not consent.
Orders are placed through the SDK's safe ``create_v2`` (a ``client_order_id`` is chosen here,
shown, and a send whose outcome is unknown is looked up by it rather than sent twice).
"""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, TextIO

from ._keys import UsageError
from ._output import Column, field, is_unset, print_json, render_pairs, render_table, text
from ._target import describe, require_trading_allowed, trade_client

Handler = Callable[[argparse.Namespace, TextIO, TextIO], None]

TIME_IN_FORCE = {
    "gtc": "good_till_canceled",
    "good_till_canceled": "good_till_canceled",
    "ioc": "immediate_or_cancel",
    "immediate_or_cancel": "immediate_or_cancel",
    "fok": "fill_or_kill",
    "fill_or_kill": "fill_or_kill",
}
_CANCEL_BATCH = 20  # legs per BatchCancelOrdersV2 request: the smallest tier's batch size


class DeclinedError(Exception):
    """The user answered no (exit status 1: nothing was done)."""


class PartialFailureError(Exception):
    """Some legs of a batch failed (exit status 1); the others were done and printed."""


def _decimal(value: str, *, places: int, low: Decimal, high: Decimal | None) -> Decimal:
    # argparse turns ArgumentTypeError into "argument --price: ..." and exit status 2.
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{value!r} is not a decimal number") from None
    if not number.is_finite():
        raise argparse.ArgumentTypeError(f"{value!r} is not a finite number")
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        raise argparse.ArgumentTypeError(f"at most {places} decimal places, got {value!r}")
    if number <= low or (high is not None and number >= high):
        bounds = f"between {low} and {high} (exclusive)" if high is not None else f"more than {low}"
        raise argparse.ArgumentTypeError(f"must be {bounds}, got {value}")
    return number


def price_arg(value: str) -> Decimal:
    """A YES price in dollars: ``0.56`` (strictly between 0 and 1, at most 4 decimals)."""
    return _decimal(value, places=4, low=Decimal(0), high=Decimal(1))


def count_arg(value: str) -> Decimal:
    """A contract count: ``10`` or ``2.5`` (above 0, at most 2 decimals)."""
    return _decimal(value, places=2, low=Decimal(0), high=None)


def confirm(args: argparse.Namespace, err: TextIO, plan: list[str], question: str) -> None:
    """Print the plan; ask unless ``--yes``.

    Raises:
        UsageError: no ``--yes`` and standard input is not a terminal.
        DeclinedError: the user did not answer yes.
    """
    for line in plan:
        print(line, file=err)
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise UsageError("refusing to trade without confirmation: pass --yes (standard input is not a terminal)")
    err.write(f"{question} [y/N] ")
    err.flush()
    answer = sys.stdin.readline()
    if answer.strip().lower() not in ("y", "yes"):
        raise DeclinedError("nothing was sent")


def _cost_line(side: str, count: Decimal, price: Decimal) -> str:
    if side == "bid":
        return f"buys {count} YES at {price} (at most ${count * price} plus fees)"
    return (
        f"sells {count} YES at {price}, i.e. buys {count} NO at {1 - price} (at most ${count * (1 - price)} plus fees)"
    )


def order_create(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``order create``: POST /portfolio/events/orders (CreateOrderV2)."""
    from kalshi_trade_api.models.book_side import BookSide
    from kalshi_trade_api.models.create_order_v2_request import CreateOrderV2Request
    from kalshi_trade_api.models.create_order_v2_request_time_in_force import CreateOrderV2RequestTimeInForce
    from kalshi_trade_api.models.self_trade_prevention_type import SelfTradePreventionType

    tif = TIME_IN_FORCE[args.time_in_force]
    if args.reduce_only and tif != "immediate_or_cancel":
        raise UsageError("--reduce-only needs --time-in-force ioc (Kalshi rejects it otherwise)")
    client_order_id = args.client_order_id or str(uuid.uuid4())
    extra: dict[str, Any] = {}
    for name in ("post_only", "reduce_only", "cancel_order_on_pause"):
        if getattr(args, name):
            extra[name] = True
    for name in ("expiration_time", "subaccount", "order_group_id"):
        if getattr(args, name) is not None:
            extra[name] = getattr(args, name)
    body = CreateOrderV2Request(
        ticker=args.ticker,
        side=BookSide(args.side),
        count=args.count,
        price=args.price,
        time_in_force=CreateOrderV2RequestTimeInForce(tif),
        self_trade_prevention_type=SelfTradePreventionType(args.self_trade_prevention),
        client_order_id=client_order_id,
        **extra,
    )
    with trade_client(args) as client:
        require_trading_allowed(args, client)
        flags = "".join(f", {name.replace('_', ' ')}" for name in extra if extra[name] is True)
        plan = [
            f"Order on {describe(client)}:",
            f"  {args.ticker}: {args.side} {args.count} @ {args.price} {tif}{flags}",
            f"  {_cost_line(args.side, args.count, args.price)}",
            f"  client_order_id {client_order_id}",
        ]
        confirm(args, err, plan, "Place this order?")
        response = client.orders.create_v2(body=body)
    if args.json:
        print_json(out, response)
        return
    render_pairs(
        out,
        [
            ("order id", text(response.order_id)),
            ("client order id", text(response.client_order_id)),
            ("filled", text(response.fill_count)),
            ("remaining", text(response.remaining_count)),
            ("average fill price", text(response.average_fill_price)),
        ],
        title="Order placed.",
    )


def _order_line(order: Any) -> str:
    # getattr with a default: a field the server left out raises an AttributeError when read.
    def get(name: str) -> str:
        return text(getattr(order, name, None))

    return (
        f"{get('ticker')}: {get('book_side')} {get('remaining_count_fp')} left "
        f"(of {get('initial_count_fp')}) @ {get('yes_price_dollars')}, {get('status')}"
    )


def order_amend(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``order amend ID``: POST /portfolio/events/orders/{id}/amend with the new price and total count."""
    from kalshi_trade_api.models.amend_order_v2_request import AmendOrderV2Request
    from kalshi_trade_api.models.book_side import BookSide

    if args.price is None and args.count is None:
        raise UsageError("give --price and/or --count (the new total: filled plus resting)")
    with trade_client(args) as client:
        require_trading_allowed(args, client)
        order = client.orders.get(args.order_id).order
        if is_unset(order):
            raise UsageError(f"order {args.order_id}: the exchange returned no order")
        price = args.price if args.price is not None else order.yes_price_dollars
        count = args.count
        if count is None and not (is_unset(order.fill_count_fp) or is_unset(order.remaining_count_fp)):
            count = order.fill_count_fp + order.remaining_count_fp  # unchanged total: filled plus resting
        if is_unset(price) or is_unset(count):
            raise UsageError(f"order {args.order_id}: give both --price and --count (the exchange did not say)")
        body = AmendOrderV2Request(
            ticker=text(order.ticker), side=BookSide(text(order.book_side)), price=price, count=count
        )
        plan = [
            f"Amend on {describe(client)}: order {args.order_id}",
            f"  now: {_order_line(order)}",
            f"  to:  {text(order.book_side)} {count} in total @ {price}",
        ]
        confirm(args, err, plan, "Amend this order?")
        response = client.orders.amend_v2(args.order_id, body=body)
    if args.json:
        print_json(out, response)
        return
    print(f"Order {text(response.order_id)} amended: remaining {text(response.remaining_count)}.", file=out)


def order_cancel(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``order cancel ID``: DELETE /portfolio/events/orders/{id}."""
    with trade_client(args) as client:
        require_trading_allowed(args, client)
        order = client.orders.get(args.order_id).order
        plan = [f"Cancel on {describe(client)}: order {args.order_id}"]
        if not is_unset(order):
            plan.append(f"  {_order_line(order)}")
        confirm(args, err, plan, "Cancel this order?")
        response = client.orders.cancel_v2(args.order_id)
    if args.json:
        print_json(out, response)
        return
    print(f"Order {text(response.order_id)} canceled ({text(response.reduced_by)} contracts taken off).", file=out)


def cancel_all(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``cancel-all [--ticker T]``: every resting order (DELETE /portfolio/events/orders), or one market's."""
    from kalshi_trade_api.models.batch_cancel_orders_v2_request import BatchCancelOrdersV2Request
    from kalshi_trade_api.models.batch_cancel_orders_v2_request_orders_item import (
        BatchCancelOrdersV2RequestOrdersItem as Item,
    )

    params: dict[str, Any] = {"status": "resting"}
    if args.ticker:
        params["ticker"] = args.ticker
    if args.subaccount is not None:
        params["subaccount"] = args.subaccount
    with trade_client(args) as client:
        require_trading_allowed(args, client)
        resting = list(client.orders.list_all(**params))
        scope = f"market {args.ticker}" if args.ticker else "every market"
        if not resting and args.ticker:
            _print_cancelled(args, out, [], [])
            return
        plan = [f"Cancel all resting orders in {scope} on {describe(client)}: {len(resting)} found now"]
        plan += [f"  {text(o.order_id)}  {_order_line(o)}" for o in resting[:20]]
        if len(resting) > 20:
            plan.append(f"  ... and {len(resting) - 20} more")
        confirm(args, err, plan, "Cancel them?")
        if not args.ticker:
            # The exchange's own cancel-all also catches orders placed after the listing above.
            client.orders.cancel_all_v2(**({"subaccount": args.subaccount} if args.subaccount is not None else {}))
            _print_cancelled(args, out, [text(o.order_id) for o in resting], [], whole_account=True)
            return
        done: list[str] = []
        failed: list[dict[str, Any]] = []
        for start in range(0, len(resting), _CANCEL_BATCH):
            chunk = resting[start : start + _CANCEL_BATCH]
            items = [Item(order_id=text(o.order_id), market_ticker=args.ticker) for o in chunk]
            if args.subaccount is not None:
                for item in items:
                    item.subaccount = args.subaccount
            answer = client.orders.batch_cancel_v2(body=BatchCancelOrdersV2Request(orders=items))
            legs = [] if is_unset(answer.orders) else list(answer.orders)
            for sent, leg in zip(chunk, legs, strict=False):
                error = leg.error
                if error is None or is_unset(error):
                    done.append(text(leg.order_id) if not is_unset(leg.order_id) else text(sent.order_id))
                else:
                    failed.append({"order_id": text(sent.order_id), "error": error})
            for missing in chunk[len(legs) :]:
                failed.append({"order_id": text(missing.order_id), "error": "no answer for this leg"})
    _print_cancelled(args, out, done, failed)
    if failed:
        raise PartialFailureError(f"{len(failed)} of {len(done) + len(failed)} cancels failed")


def _print_cancelled(
    args: argparse.Namespace, out: TextIO, done: list[str], failed: list[dict[str, Any]], *, whole_account: bool = False
) -> None:
    if args.json:
        print_json(out, {"canceled": done, "failed": failed, "whole_account": whole_account})
        return
    if whole_account:
        print(f"Canceled every resting order ({len(done)} were listed just before).", file=out)
        return
    print(f"Canceled {len(done)} order(s).", file=out)
    if failed:
        columns = [Column("ORDER ID", field("order_id")), Column("ERROR", field("error", _error_text))]
        render_table(out, columns, failed, title="Not canceled:")


def _error_text(error: Any) -> str:
    if isinstance(error, str):
        return error
    return " ".join(
        text(getattr(error, name, None)) for name in ("code", "message") if not is_unset(getattr(error, name, None))
    )


def register(commands: Any, common: list[argparse.ArgumentParser]) -> None:
    """Add ``order create|amend|cancel`` and ``cancel-all``."""
    order = commands.add_parser("order", help="place, amend or cancel an order (asks first)")
    actions = order.add_subparsers(dest="order_action", metavar="ACTION", required=True)

    def add(name: str, handler: Handler, help_text: str, where: Any = actions) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = where.add_parser(name, parents=common, help=help_text, description=help_text)
        parser.set_defaults(handler=handler)
        parser.add_argument("-y", "--yes", action="store_true", help="do not ask for confirmation")
        return parser

    p = add("create", order_create, "place an order (CreateOrderV2)")
    p.add_argument("--ticker", required=True, metavar="TICKER")
    p.add_argument("--side", required=True, choices=("bid", "ask"), help="bid buys YES; ask sells YES (buys NO)")
    p.add_argument("--count", required=True, type=count_arg, metavar="N", help="contracts (up to 2 decimals)")
    p.add_argument("--price", required=True, type=price_arg, metavar="DOLLARS", help="YES price, e.g. 0.56")
    p.add_argument(
        "--time-in-force",
        "--tif",
        default="gtc",
        choices=sorted(TIME_IN_FORCE),
        help="default gtc (good till canceled)",
    )
    p.add_argument(
        "--self-trade-prevention",
        "--stp",
        default="taker_at_cross",
        choices=("taker_at_cross", "maker"),
        help="default taker_at_cross",
    )
    p.add_argument("--post-only", action="store_true", help="rejected if it would cross")
    p.add_argument("--reduce-only", action="store_true", help="only reduce a position (with --tif ioc)")
    p.add_argument("--cancel-order-on-pause", action="store_true")
    p.add_argument("--expiration-time", type=int, metavar="UNIX_SECONDS")
    p.add_argument("--client-order-id", metavar="ID", help="default: a new UUID (shown before sending)")
    p.add_argument("--order-group-id", metavar="ID")
    p.add_argument("--subaccount", type=int, metavar="N")

    p = add("amend", order_amend, "change an order's price and/or total count (AmendOrderV2)")
    p.add_argument("order_id", metavar="ORDER_ID")
    p.add_argument("--price", type=price_arg, metavar="DOLLARS", help="new YES price")
    p.add_argument("--count", type=count_arg, metavar="N", help="new total count (filled plus resting)")

    p = add("cancel", order_cancel, "cancel one order (CancelOrderV2)")
    p.add_argument("order_id", metavar="ORDER_ID")

    p = add("cancel-all", cancel_all, "cancel every resting order, or one market's (--ticker)", where=commands)
    p.add_argument("--ticker", metavar="TICKER", help="only this market's orders")
    p.add_argument("--subaccount", type=int, metavar="N")
