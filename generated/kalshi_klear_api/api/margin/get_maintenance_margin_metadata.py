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
from ...models.get_maintenance_margin_metadata_response import GetMaintenanceMarginMetadataResponse
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
        404,
        500,
    }
)


def _get_kwargs(
    *,
    asset_class: AssetClass,
    date: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_asset_class = asset_class.value
    params["asset_class"] = json_asset_class

    json_date = date.isoformat()
    params["date"] = json_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/estimate_maintenance_margin/metadata",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetMaintenanceMarginMetadataResponse | None:
    if response.status_code == 200:
        response_200 = GetMaintenanceMarginMetadataResponse.from_dict(json_loads(response.content))

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

    if response.status_code == 404:
        response_404 = Error.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | GetMaintenanceMarginMetadataResponse]:
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
    date: datetime.date,
) -> Response[Error | GetMaintenanceMarginMetadataResponse]:
    """Get Maintenance Margin Metadata

     Inputs to the maintenance margin calculation for an asset class.

    Args:
        asset_class (AssetClass): Asset class of the margin markets covered by this entry.
        date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetMaintenanceMarginMetadataResponse]
    """

    kwargs = _get_kwargs(
        asset_class=asset_class,
        date=date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    asset_class: AssetClass,
    date: datetime.date,
) -> Error | GetMaintenanceMarginMetadataResponse | None:
    """Get Maintenance Margin Metadata

     Inputs to the maintenance margin calculation for an asset class.

    Args:
        asset_class (AssetClass): Asset class of the margin markets covered by this entry.
        date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetMaintenanceMarginMetadataResponse
    """

    return sync_detailed(
        client=client,
        asset_class=asset_class,
        date=date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    asset_class: AssetClass,
    date: datetime.date,
) -> Response[Error | GetMaintenanceMarginMetadataResponse]:
    """Get Maintenance Margin Metadata

     Inputs to the maintenance margin calculation for an asset class.

    Args:
        asset_class (AssetClass): Asset class of the margin markets covered by this entry.
        date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetMaintenanceMarginMetadataResponse]
    """

    kwargs = _get_kwargs(
        asset_class=asset_class,
        date=date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    asset_class: AssetClass,
    date: datetime.date,
) -> Error | GetMaintenanceMarginMetadataResponse | None:
    """Get Maintenance Margin Metadata

     Inputs to the maintenance margin calculation for an asset class.

    Args:
        asset_class (AssetClass): Asset class of the margin markets covered by this entry.
        date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetMaintenanceMarginMetadataResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            asset_class=asset_class,
            date=date,
        )
    ).parsed
