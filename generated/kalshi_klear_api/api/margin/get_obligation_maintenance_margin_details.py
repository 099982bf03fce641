from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_obligation_maintenance_margin_details_response import GetObligationMaintenanceMarginDetailsResponse
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
    obligation_id: str,
    *,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/obligations/{obligation_id}/maintenance_margin_details".format(
            obligation_id=quote(str(obligation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetObligationMaintenanceMarginDetailsResponse | None:
    if response.status_code == 200:
        response_200 = GetObligationMaintenanceMarginDetailsResponse.from_dict(json_loads(response.content))

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
) -> Response[Error | GetObligationMaintenanceMarginDetailsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    obligation_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> Response[Error | GetObligationMaintenanceMarginDetailsResponse]:
    """Get Obligation Maintenance Margin Details

     Pages the full per-subtrader maintenance margin breakdown of one obligation. The inline
    maintenance_margin_details array on obligation responses is capped at 1000 rows
    (maintenance_margin_details_truncated is set when the cap applied); this endpoint serves the
    complete set.

    Args:
        obligation_id (str):
        limit (int | Unset):  Default: 1000.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetObligationMaintenanceMarginDetailsResponse]
    """

    kwargs = _get_kwargs(
        obligation_id=obligation_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    obligation_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> Error | GetObligationMaintenanceMarginDetailsResponse | None:
    """Get Obligation Maintenance Margin Details

     Pages the full per-subtrader maintenance margin breakdown of one obligation. The inline
    maintenance_margin_details array on obligation responses is capped at 1000 rows
    (maintenance_margin_details_truncated is set when the cap applied); this endpoint serves the
    complete set.

    Args:
        obligation_id (str):
        limit (int | Unset):  Default: 1000.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetObligationMaintenanceMarginDetailsResponse
    """

    return sync_detailed(
        obligation_id=obligation_id,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    obligation_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> Response[Error | GetObligationMaintenanceMarginDetailsResponse]:
    """Get Obligation Maintenance Margin Details

     Pages the full per-subtrader maintenance margin breakdown of one obligation. The inline
    maintenance_margin_details array on obligation responses is capped at 1000 rows
    (maintenance_margin_details_truncated is set when the cap applied); this endpoint serves the
    complete set.

    Args:
        obligation_id (str):
        limit (int | Unset):  Default: 1000.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetObligationMaintenanceMarginDetailsResponse]
    """

    kwargs = _get_kwargs(
        obligation_id=obligation_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    obligation_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> Error | GetObligationMaintenanceMarginDetailsResponse | None:
    """Get Obligation Maintenance Margin Details

     Pages the full per-subtrader maintenance margin breakdown of one obligation. The inline
    maintenance_margin_details array on obligation responses is capped at 1000 rows
    (maintenance_margin_details_truncated is set when the cap applied); this endpoint serves the
    complete set.

    Args:
        obligation_id (str):
        limit (int | Unset):  Default: 1000.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetObligationMaintenanceMarginDetailsResponse
    """

    return (
        await asyncio_detailed(
            obligation_id=obligation_id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
