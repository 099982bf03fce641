from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_positions_response import GetPositionsResponse
from ...models.get_positions_settlement_status import GetPositionsSettlementStatus
from ...types import UNSET, Response, Unset, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        400,
        401,
        500,
    }
)


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    settlement_status: GetPositionsSettlementStatus | Unset = GetPositionsSettlementStatus.UNSETTLED,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["count_filter"] = count_filter

    json_settlement_status: str | Unset = UNSET
    if not isinstance(settlement_status, Unset):
        json_settlement_status = settlement_status.value

    params["settlement_status"] = json_settlement_status

    params["ticker"] = ticker

    params["event_ticker"] = event_ticker

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/positions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetPositionsResponse | None:
    if response.status_code == 200:
        response_200 = GetPositionsResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetPositionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    settlement_status: GetPositionsSettlementStatus | Unset = GetPositionsSettlementStatus.UNSETTLED,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[ErrorResponse | GetPositionsResponse]:
    """Get Positions

     Returns unsettled positions by default. Set `settlement_status=settled` to page through settled
    positions that are still in the live data set, or `settlement_status=all` for both live states.
    Positions already archived are available via `GET /historical/positions`.
    Settled and all-state positions are paginated by event ticker to keep large histories bounded.
    Cursors are specific to the selected settlement status.
    `count_filter` restricts positions to those with a non-zero position or total traded count.
    Registered partners may also use a user OAuth access token with the explicitly granted
    read::compliance_partner scope.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        count_filter (str | Unset):
        settlement_status (GetPositionsSettlementStatus | Unset):  Default:
            GetPositionsSettlementStatus.UNSETTLED.
        ticker (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetPositionsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        count_filter=count_filter,
        settlement_status=settlement_status,
        ticker=ticker,
        event_ticker=event_ticker,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    settlement_status: GetPositionsSettlementStatus | Unset = GetPositionsSettlementStatus.UNSETTLED,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> ErrorResponse | GetPositionsResponse | None:
    """Get Positions

     Returns unsettled positions by default. Set `settlement_status=settled` to page through settled
    positions that are still in the live data set, or `settlement_status=all` for both live states.
    Positions already archived are available via `GET /historical/positions`.
    Settled and all-state positions are paginated by event ticker to keep large histories bounded.
    Cursors are specific to the selected settlement status.
    `count_filter` restricts positions to those with a non-zero position or total traded count.
    Registered partners may also use a user OAuth access token with the explicitly granted
    read::compliance_partner scope.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        count_filter (str | Unset):
        settlement_status (GetPositionsSettlementStatus | Unset):  Default:
            GetPositionsSettlementStatus.UNSETTLED.
        ticker (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetPositionsResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        count_filter=count_filter,
        settlement_status=settlement_status,
        ticker=ticker,
        event_ticker=event_ticker,
        subaccount=subaccount,
        exchange_index=exchange_index,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    settlement_status: GetPositionsSettlementStatus | Unset = GetPositionsSettlementStatus.UNSETTLED,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[ErrorResponse | GetPositionsResponse]:
    """Get Positions

     Returns unsettled positions by default. Set `settlement_status=settled` to page through settled
    positions that are still in the live data set, or `settlement_status=all` for both live states.
    Positions already archived are available via `GET /historical/positions`.
    Settled and all-state positions are paginated by event ticker to keep large histories bounded.
    Cursors are specific to the selected settlement status.
    `count_filter` restricts positions to those with a non-zero position or total traded count.
    Registered partners may also use a user OAuth access token with the explicitly granted
    read::compliance_partner scope.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        count_filter (str | Unset):
        settlement_status (GetPositionsSettlementStatus | Unset):  Default:
            GetPositionsSettlementStatus.UNSETTLED.
        ticker (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetPositionsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        count_filter=count_filter,
        settlement_status=settlement_status,
        ticker=ticker,
        event_ticker=event_ticker,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    settlement_status: GetPositionsSettlementStatus | Unset = GetPositionsSettlementStatus.UNSETTLED,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> ErrorResponse | GetPositionsResponse | None:
    """Get Positions

     Returns unsettled positions by default. Set `settlement_status=settled` to page through settled
    positions that are still in the live data set, or `settlement_status=all` for both live states.
    Positions already archived are available via `GET /historical/positions`.
    Settled and all-state positions are paginated by event ticker to keep large histories bounded.
    Cursors are specific to the selected settlement status.
    `count_filter` restricts positions to those with a non-zero position or total traded count.
    Registered partners may also use a user OAuth access token with the explicitly granted
    read::compliance_partner scope.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        count_filter (str | Unset):
        settlement_status (GetPositionsSettlementStatus | Unset):  Default:
            GetPositionsSettlementStatus.UNSETTLED.
        ticker (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetPositionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            count_filter=count_filter,
            settlement_status=settlement_status,
            ticker=ticker,
            event_ticker=event_ticker,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )
    ).parsed
