from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_class import AssetClass
from ...models.error import Error
from ...models.get_margin_funding_schedule_response import GetMarginFundingScheduleResponse
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_asset_class = asset_class.value
    params["asset_class"] = json_asset_class

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/funding_schedule",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetMarginFundingScheduleResponse | None:
    if response.status_code == 200:
        response_200 = GetMarginFundingScheduleResponse.from_dict(json_loads(response.content))

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
) -> Response[Error | GetMarginFundingScheduleResponse]:
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
) -> Response[Error | GetMarginFundingScheduleResponse]:
    """Get Funding Schedule

     Returns an asset class's funding schedule as a cron expression evaluated in US Eastern Time. Funding
    executes at each scheduled tick; schedules differ by asset class.

    Args:
        asset_class (AssetClass): Asset class of the margin markets covered by this entry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetMarginFundingScheduleResponse]
    """

    kwargs = _get_kwargs(
        asset_class=asset_class,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    asset_class: AssetClass,
) -> Error | GetMarginFundingScheduleResponse | None:
    """Get Funding Schedule

     Returns an asset class's funding schedule as a cron expression evaluated in US Eastern Time. Funding
    executes at each scheduled tick; schedules differ by asset class.

    Args:
        asset_class (AssetClass): Asset class of the margin markets covered by this entry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetMarginFundingScheduleResponse
    """

    return sync_detailed(
        client=client,
        asset_class=asset_class,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    asset_class: AssetClass,
) -> Response[Error | GetMarginFundingScheduleResponse]:
    """Get Funding Schedule

     Returns an asset class's funding schedule as a cron expression evaluated in US Eastern Time. Funding
    executes at each scheduled tick; schedules differ by asset class.

    Args:
        asset_class (AssetClass): Asset class of the margin markets covered by this entry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetMarginFundingScheduleResponse]
    """

    kwargs = _get_kwargs(
        asset_class=asset_class,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    asset_class: AssetClass,
) -> Error | GetMarginFundingScheduleResponse | None:
    """Get Funding Schedule

     Returns an asset class's funding schedule as a cron expression evaluated in US Eastern Time. Funding
    executes at each scheduled tick; schedules differ by asset class.

    Args:
        asset_class (AssetClass): Asset class of the margin markets covered by this entry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetMarginFundingScheduleResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            asset_class=asset_class,
        )
    ).parsed
