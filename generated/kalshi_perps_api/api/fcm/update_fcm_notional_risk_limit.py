from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_response import EmptyResponse
from ...models.error_response import ErrorResponse
from ...models.update_fcm_notional_risk_limit_request import UpdateFCMNotionalRiskLimitRequest
from ...types import Response, json_loads

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
    body: UpdateFCMNotionalRiskLimitRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/margin/fcm/notional_risk_limit",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: UpdateFCMNotionalRiskLimitRequest,
) -> Response[EmptyResponse | ErrorResponse]:
    """Update FCM Notional Risk Limit

     Sets the calling FCM member's own account-level notional value risk limit on the margined
    exchange. The limit is stored separately from the limit Kalshi administration sets on the
    same account; the exchange accepts any value and always enforces the smaller of the two,
    so this value can tighten but never raise the effective limit. As a courtesy, a value
    above the current Kalshi-set limit is rejected with a 400 naming that ceiling — a larger
    value would never govern. Lowering the limit cancels resting orders until the account is
    back within it, exactly like an administrative lowering.

    Args:
        body (UpdateFCMNotionalRiskLimitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
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
    body: UpdateFCMNotionalRiskLimitRequest,
) -> EmptyResponse | ErrorResponse | None:
    """Update FCM Notional Risk Limit

     Sets the calling FCM member's own account-level notional value risk limit on the margined
    exchange. The limit is stored separately from the limit Kalshi administration sets on the
    same account; the exchange accepts any value and always enforces the smaller of the two,
    so this value can tighten but never raise the effective limit. As a courtesy, a value
    above the current Kalshi-set limit is rejected with a 400 naming that ceiling — a larger
    value would never govern. Lowering the limit cancels resting orders until the account is
    back within it, exactly like an administrative lowering.

    Args:
        body (UpdateFCMNotionalRiskLimitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFCMNotionalRiskLimitRequest,
) -> Response[EmptyResponse | ErrorResponse]:
    """Update FCM Notional Risk Limit

     Sets the calling FCM member's own account-level notional value risk limit on the margined
    exchange. The limit is stored separately from the limit Kalshi administration sets on the
    same account; the exchange accepts any value and always enforces the smaller of the two,
    so this value can tighten but never raise the effective limit. As a courtesy, a value
    above the current Kalshi-set limit is rejected with a 400 naming that ceiling — a larger
    value would never govern. Lowering the limit cancels resting orders until the account is
    back within it, exactly like an administrative lowering.

    Args:
        body (UpdateFCMNotionalRiskLimitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFCMNotionalRiskLimitRequest,
) -> EmptyResponse | ErrorResponse | None:
    """Update FCM Notional Risk Limit

     Sets the calling FCM member's own account-level notional value risk limit on the margined
    exchange. The limit is stored separately from the limit Kalshi administration sets on the
    same account; the exchange accepts any value and always enforces the smaller of the two,
    so this value can tighten but never raise the effective limit. As a courtesy, a value
    above the current Kalshi-set limit is rejected with a 400 naming that ceiling — a larger
    value would never govern. Lowering the limit cancels resting orders until the account is
    back within it, exactly like an administrative lowering.

    Args:
        body (UpdateFCMNotionalRiskLimitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
