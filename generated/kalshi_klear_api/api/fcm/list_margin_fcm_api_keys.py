from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_margin_fcm_api_keys_response import ListMarginFcmApiKeysResponse
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
    fcm_subtrader_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fcm_subtrader_id"] = fcm_subtrader_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fcm/margin/api_keys",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListMarginFcmApiKeysResponse | None:
    if response.status_code == 200:
        response_200 = ListMarginFcmApiKeysResponse.from_dict(json_loads(response.content))

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
) -> Response[Error | ListMarginFcmApiKeysResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[Error | ListMarginFcmApiKeysResponse]:
    """List Subtrader-Bound API Keys

     FCM clearing members only. List your API keys that carry a subtrader binding, optionally filtered to
    one subtrader.

    Args:
        fcm_subtrader_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListMarginFcmApiKeysResponse]
    """

    kwargs = _get_kwargs(
        fcm_subtrader_id=fcm_subtrader_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Error | ListMarginFcmApiKeysResponse | None:
    """List Subtrader-Bound API Keys

     FCM clearing members only. List your API keys that carry a subtrader binding, optionally filtered to
    one subtrader.

    Args:
        fcm_subtrader_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListMarginFcmApiKeysResponse
    """

    return sync_detailed(
        client=client,
        fcm_subtrader_id=fcm_subtrader_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[Error | ListMarginFcmApiKeysResponse]:
    """List Subtrader-Bound API Keys

     FCM clearing members only. List your API keys that carry a subtrader binding, optionally filtered to
    one subtrader.

    Args:
        fcm_subtrader_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListMarginFcmApiKeysResponse]
    """

    kwargs = _get_kwargs(
        fcm_subtrader_id=fcm_subtrader_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Error | ListMarginFcmApiKeysResponse | None:
    """List Subtrader-Bound API Keys

     FCM clearing members only. List your API keys that carry a subtrader binding, optionally filtered to
    one subtrader.

    Args:
        fcm_subtrader_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListMarginFcmApiKeysResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            fcm_subtrader_id=fcm_subtrader_id,
        )
    ).parsed
