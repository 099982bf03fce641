from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_fcm_subtrader_risk_controls_asset_class import DeleteFcmSubtraderRiskControlsAssetClass
from ...models.empty_response import EmptyResponse
from ...models.error_response import ErrorResponse
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
        404,
        500,
    }
)


def _get_kwargs(
    *,
    subtrader_id: str,
    market_ticker: str | Unset = UNSET,
    asset_class: DeleteFcmSubtraderRiskControlsAssetClass | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subtrader_id"] = subtrader_id

    params["market_ticker"] = market_ticker

    json_asset_class: str | Unset = UNSET
    if not isinstance(asset_class, Unset):
        json_asset_class = asset_class.value

    params["asset_class"] = json_asset_class

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/margin/fcm/subtraders/risk_controls",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EmptyResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmptyResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    subtrader_id: str,
    market_ticker: str | Unset = UNSET,
    asset_class: DeleteFcmSubtraderRiskControlsAssetClass | Unset = UNSET,
) -> Response[EmptyResponse | ErrorResponse]:
    """Delete FCM Subtrader Risk Controls

     Removes the initial margin cap for an FCM member's subtrader on the margined exchange.

    Args:
        subtrader_id (str):
        market_ticker (str | Unset):
        asset_class (DeleteFcmSubtraderRiskControlsAssetClass | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        subtrader_id=subtrader_id,
        market_ticker=market_ticker,
        asset_class=asset_class,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    subtrader_id: str,
    market_ticker: str | Unset = UNSET,
    asset_class: DeleteFcmSubtraderRiskControlsAssetClass | Unset = UNSET,
) -> EmptyResponse | ErrorResponse | None:
    """Delete FCM Subtrader Risk Controls

     Removes the initial margin cap for an FCM member's subtrader on the margined exchange.

    Args:
        subtrader_id (str):
        market_ticker (str | Unset):
        asset_class (DeleteFcmSubtraderRiskControlsAssetClass | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        subtrader_id=subtrader_id,
        market_ticker=market_ticker,
        asset_class=asset_class,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    subtrader_id: str,
    market_ticker: str | Unset = UNSET,
    asset_class: DeleteFcmSubtraderRiskControlsAssetClass | Unset = UNSET,
) -> Response[EmptyResponse | ErrorResponse]:
    """Delete FCM Subtrader Risk Controls

     Removes the initial margin cap for an FCM member's subtrader on the margined exchange.

    Args:
        subtrader_id (str):
        market_ticker (str | Unset):
        asset_class (DeleteFcmSubtraderRiskControlsAssetClass | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        subtrader_id=subtrader_id,
        market_ticker=market_ticker,
        asset_class=asset_class,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    subtrader_id: str,
    market_ticker: str | Unset = UNSET,
    asset_class: DeleteFcmSubtraderRiskControlsAssetClass | Unset = UNSET,
) -> EmptyResponse | ErrorResponse | None:
    """Delete FCM Subtrader Risk Controls

     Removes the initial margin cap for an FCM member's subtrader on the margined exchange.

    Args:
        subtrader_id (str):
        market_ticker (str | Unset):
        asset_class (DeleteFcmSubtraderRiskControlsAssetClass | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            subtrader_id=subtrader_id,
            market_ticker=market_ticker,
            asset_class=asset_class,
        )
    ).parsed
