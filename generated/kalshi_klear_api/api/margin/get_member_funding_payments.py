from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

import datetime

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_member_funding_payments_response import GetMemberFundingPaymentsResponse
from ...types import UNSET, Response, Unset, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        400,
        401,
        403,
        500,
    }
)


def _get_kwargs(
    *,
    funding_time: datetime.datetime,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_funding_time = funding_time.isoformat()
    params["funding_time"] = json_funding_time

    params["market_ticker"] = market_ticker

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/funding_payments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetMemberFundingPaymentsResponse | None:
    if response.status_code == 200:
        response_200 = GetMemberFundingPaymentsResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 500:
        response_500 = Error.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | GetMemberFundingPaymentsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    funding_time: datetime.datetime,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> Response[Error | GetMemberFundingPaymentsResponse]:
    """Get Member Funding Payments

     Returns the member's funding payments for a given funding time, if available. Payments are written
    shortly after each funding execution, before the settlement that carries them.

    Args:
        funding_time (datetime.datetime):
        market_ticker (str | Unset):
        limit (int | Unset):  Default: 1000.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetMemberFundingPaymentsResponse]
    """

    kwargs = _get_kwargs(
        funding_time=funding_time,
        market_ticker=market_ticker,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    funding_time: datetime.datetime,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> Error | GetMemberFundingPaymentsResponse | None:
    """Get Member Funding Payments

     Returns the member's funding payments for a given funding time, if available. Payments are written
    shortly after each funding execution, before the settlement that carries them.

    Args:
        funding_time (datetime.datetime):
        market_ticker (str | Unset):
        limit (int | Unset):  Default: 1000.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetMemberFundingPaymentsResponse
    """

    return sync_detailed(
        client=client,
        funding_time=funding_time,
        market_ticker=market_ticker,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    funding_time: datetime.datetime,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> Response[Error | GetMemberFundingPaymentsResponse]:
    """Get Member Funding Payments

     Returns the member's funding payments for a given funding time, if available. Payments are written
    shortly after each funding execution, before the settlement that carries them.

    Args:
        funding_time (datetime.datetime):
        market_ticker (str | Unset):
        limit (int | Unset):  Default: 1000.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetMemberFundingPaymentsResponse]
    """

    kwargs = _get_kwargs(
        funding_time=funding_time,
        market_ticker=market_ticker,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    funding_time: datetime.datetime,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> Error | GetMemberFundingPaymentsResponse | None:
    """Get Member Funding Payments

     Returns the member's funding payments for a given funding time, if available. Payments are written
    shortly after each funding execution, before the settlement that carries them.

    Args:
        funding_time (datetime.datetime):
        market_ticker (str | Unset):
        limit (int | Unset):  Default: 1000.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetMemberFundingPaymentsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            funding_time=funding_time,
            market_ticker=market_ticker,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
