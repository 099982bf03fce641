from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

import datetime

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_class import AssetClass
from ...models.error import Error
from ...models.get_settlement_prices_response import GetSettlementPricesResponse
from ...types import UNSET, Response, json_loads

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
    asset_class: AssetClass,
    settlement_time: datetime.datetime,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_asset_class = asset_class.value
    params["asset_class"] = json_asset_class

    json_settlement_time = settlement_time.isoformat()
    params["settlement_time"] = json_settlement_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/settlement_prices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetSettlementPricesResponse | None:
    if response.status_code == 200:
        response_200 = GetSettlementPricesResponse.from_dict(json_loads(response.content))

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
) -> Response[Error | GetSettlementPricesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    asset_class: AssetClass,
    settlement_time: datetime.datetime,
) -> Response[Error | GetSettlementPricesResponse]:
    """Get Settlement Prices

     Settlement (mark) prices for the markets in an asset class at a given settlement time. Empty when no
    settlement has run for that asset class and settlement time.

    Args:
        asset_class (AssetClass): Asset class of the margin markets covered by this entry.
        settlement_time (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetSettlementPricesResponse]
    """

    kwargs = _get_kwargs(
        asset_class=asset_class,
        settlement_time=settlement_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    asset_class: AssetClass,
    settlement_time: datetime.datetime,
) -> Error | GetSettlementPricesResponse | None:
    """Get Settlement Prices

     Settlement (mark) prices for the markets in an asset class at a given settlement time. Empty when no
    settlement has run for that asset class and settlement time.

    Args:
        asset_class (AssetClass): Asset class of the margin markets covered by this entry.
        settlement_time (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetSettlementPricesResponse
    """

    return sync_detailed(
        client=client,
        asset_class=asset_class,
        settlement_time=settlement_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    asset_class: AssetClass,
    settlement_time: datetime.datetime,
) -> Response[Error | GetSettlementPricesResponse]:
    """Get Settlement Prices

     Settlement (mark) prices for the markets in an asset class at a given settlement time. Empty when no
    settlement has run for that asset class and settlement time.

    Args:
        asset_class (AssetClass): Asset class of the margin markets covered by this entry.
        settlement_time (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetSettlementPricesResponse]
    """

    kwargs = _get_kwargs(
        asset_class=asset_class,
        settlement_time=settlement_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    asset_class: AssetClass,
    settlement_time: datetime.datetime,
) -> Error | GetSettlementPricesResponse | None:
    """Get Settlement Prices

     Settlement (mark) prices for the markets in an asset class at a given settlement time. Empty when no
    settlement has run for that asset class and settlement time.

    Args:
        asset_class (AssetClass): Asset class of the margin markets covered by this entry.
        settlement_time (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetSettlementPricesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            asset_class=asset_class,
            settlement_time=settlement_time,
        )
    ).parsed
