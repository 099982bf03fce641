from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_margin_fcm_api_key_request import CreateMarginFcmApiKeyRequest
from ...models.create_margin_fcm_api_key_response import CreateMarginFcmApiKeyResponse
from ...models.error import Error
from ...types import Response, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        201,
        400,
        401,
        403,
        409,
        500,
    }
)


def _get_kwargs(
    *,
    body: CreateMarginFcmApiKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fcm/margin/api_keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateMarginFcmApiKeyResponse | Error | None:
    if response.status_code == 201:
        response_201 = CreateMarginFcmApiKeyResponse.from_dict(json_loads(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 409:
        response_409 = Error.from_dict(json_loads(response.content))

        return response_409

    if response.status_code == 500:
        response_500 = Error.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateMarginFcmApiKeyResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMarginFcmApiKeyRequest,
) -> Response[CreateMarginFcmApiKeyResponse | Error]:
    """Create Subtrader-Bound API Key

     FCM clearing members only. Mint an API key bound to one of your margin subtraders using an RSA or
    Ed25519 public key you supply. The binding is set at mint and immutable; the resulting key is the
    institution's trading credential for that subtrader and cannot reach any REST endpoint, including
    key management.

    Args:
        body (CreateMarginFcmApiKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateMarginFcmApiKeyResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMarginFcmApiKeyRequest,
) -> CreateMarginFcmApiKeyResponse | Error | None:
    """Create Subtrader-Bound API Key

     FCM clearing members only. Mint an API key bound to one of your margin subtraders using an RSA or
    Ed25519 public key you supply. The binding is set at mint and immutable; the resulting key is the
    institution's trading credential for that subtrader and cannot reach any REST endpoint, including
    key management.

    Args:
        body (CreateMarginFcmApiKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateMarginFcmApiKeyResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMarginFcmApiKeyRequest,
) -> Response[CreateMarginFcmApiKeyResponse | Error]:
    """Create Subtrader-Bound API Key

     FCM clearing members only. Mint an API key bound to one of your margin subtraders using an RSA or
    Ed25519 public key you supply. The binding is set at mint and immutable; the resulting key is the
    institution's trading credential for that subtrader and cannot reach any REST endpoint, including
    key management.

    Args:
        body (CreateMarginFcmApiKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateMarginFcmApiKeyResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMarginFcmApiKeyRequest,
) -> CreateMarginFcmApiKeyResponse | Error | None:
    """Create Subtrader-Bound API Key

     FCM clearing members only. Mint an API key bound to one of your margin subtraders using an RSA or
    Ed25519 public key you supply. The binding is set at mint and immutable; the resulting key is the
    institution's trading credential for that subtrader and cannot reach any REST endpoint, including
    key management.

    Args:
        body (CreateMarginFcmApiKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateMarginFcmApiKeyResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
