from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import httpx

from typing import cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_historical_cutoff_response import GetHistoricalCutoffResponse
from ...types import Response, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = False
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        500,
    }
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/historical/cutoff",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetHistoricalCutoffResponse | None:
    if response.status_code == 200:
        response_200 = GetHistoricalCutoffResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetHistoricalCutoffResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GetHistoricalCutoffResponse]:
    """Get Historical Cutoff Timestamps

     Returns the archive's cutoff timestamps. For positions, the cutoff is the backfill horizon;
    visibility in the historical API waits for a buffered, whole-event handoff.

    ## Cutoff fields
    - `market_settled_ts` : Markets that **settled** before this timestamp, and their candlesticks, must
    be accessed via `GET /historical/markets` and `GET /historical/markets/{ticker}/candlesticks`.
    - `trades_created_ts` : Trades that were **filled** before this timestamp must be accessed via `GET
    /historical/fills`.
    - `orders_updated_ts` : Orders that were **canceled or fully executed** before this timestamp must
    be accessed via `GET /historical/orders`. Resting (active) orders are always available in `GET
    /portfolio/orders`.
    - `market_positions_last_updated_ts` : Backfill horizon for settled positions, not a guaranteed
    archive-visibility boundary. An event moves to `GET /historical/positions` only after its buffered
    handoff completes. Until then, its settled positions remain available via `GET
    /portfolio/positions?settlement_status=settled`. Unsettled positions remain available in `GET
    /portfolio/positions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetHistoricalCutoffResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | GetHistoricalCutoffResponse | None:
    """Get Historical Cutoff Timestamps

     Returns the archive's cutoff timestamps. For positions, the cutoff is the backfill horizon;
    visibility in the historical API waits for a buffered, whole-event handoff.

    ## Cutoff fields
    - `market_settled_ts` : Markets that **settled** before this timestamp, and their candlesticks, must
    be accessed via `GET /historical/markets` and `GET /historical/markets/{ticker}/candlesticks`.
    - `trades_created_ts` : Trades that were **filled** before this timestamp must be accessed via `GET
    /historical/fills`.
    - `orders_updated_ts` : Orders that were **canceled or fully executed** before this timestamp must
    be accessed via `GET /historical/orders`. Resting (active) orders are always available in `GET
    /portfolio/orders`.
    - `market_positions_last_updated_ts` : Backfill horizon for settled positions, not a guaranteed
    archive-visibility boundary. An event moves to `GET /historical/positions` only after its buffered
    handoff completes. Until then, its settled positions remain available via `GET
    /portfolio/positions?settlement_status=settled`. Unsettled positions remain available in `GET
    /portfolio/positions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetHistoricalCutoffResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GetHistoricalCutoffResponse]:
    """Get Historical Cutoff Timestamps

     Returns the archive's cutoff timestamps. For positions, the cutoff is the backfill horizon;
    visibility in the historical API waits for a buffered, whole-event handoff.

    ## Cutoff fields
    - `market_settled_ts` : Markets that **settled** before this timestamp, and their candlesticks, must
    be accessed via `GET /historical/markets` and `GET /historical/markets/{ticker}/candlesticks`.
    - `trades_created_ts` : Trades that were **filled** before this timestamp must be accessed via `GET
    /historical/fills`.
    - `orders_updated_ts` : Orders that were **canceled or fully executed** before this timestamp must
    be accessed via `GET /historical/orders`. Resting (active) orders are always available in `GET
    /portfolio/orders`.
    - `market_positions_last_updated_ts` : Backfill horizon for settled positions, not a guaranteed
    archive-visibility boundary. An event moves to `GET /historical/positions` only after its buffered
    handoff completes. Until then, its settled positions remain available via `GET
    /portfolio/positions?settlement_status=settled`. Unsettled positions remain available in `GET
    /portfolio/positions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetHistoricalCutoffResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | GetHistoricalCutoffResponse | None:
    """Get Historical Cutoff Timestamps

     Returns the archive's cutoff timestamps. For positions, the cutoff is the backfill horizon;
    visibility in the historical API waits for a buffered, whole-event handoff.

    ## Cutoff fields
    - `market_settled_ts` : Markets that **settled** before this timestamp, and their candlesticks, must
    be accessed via `GET /historical/markets` and `GET /historical/markets/{ticker}/candlesticks`.
    - `trades_created_ts` : Trades that were **filled** before this timestamp must be accessed via `GET
    /historical/fills`.
    - `orders_updated_ts` : Orders that were **canceled or fully executed** before this timestamp must
    be accessed via `GET /historical/orders`. Resting (active) orders are always available in `GET
    /portfolio/orders`.
    - `market_positions_last_updated_ts` : Backfill horizon for settled positions, not a guaranteed
    archive-visibility boundary. An event moves to `GET /historical/positions` only after its buffered
    handoff completes. Until then, its settled positions remain available via `GET
    /portfolio/positions?settlement_status=settled`. Unsettled positions remain available in `GET
    /portfolio/positions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetHistoricalCutoffResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
