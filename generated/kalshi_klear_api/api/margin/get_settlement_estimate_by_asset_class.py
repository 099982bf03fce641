from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_settlement_estimate_by_asset_class_response import GetSettlementEstimateByAssetClassResponse
from ...types import Response, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        401,
        403,
        500,
    }
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/settlement_estimate_by_asset_class",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetSettlementEstimateByAssetClassResponse | None:
    if response.status_code == 200:
        response_200 = GetSettlementEstimateByAssetClassResponse.from_dict(json_loads(response.content))

        return response_200

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
) -> Response[Error | GetSettlementEstimateByAssetClassResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | GetSettlementEstimateByAssetClassResponse]:
    """Get Settlement Estimate By Asset Class

     Estimated next settlement amounts for the authenticated clearing member, keyed by asset class,
    including per-subtrader and per-group breakdowns. Asset classes where the member has no margin
    activity are omitted. `subtrader_breakdowns` and `group_breakdowns` together contain at most the
    1,000 entries with the largest maintenance margin requirement; `omitted_subtrader_count` and
    `omitted_group_count` report how many entries of each type were left out. `user_breakdown` always
    aggregates across all subtraders.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetSettlementEstimateByAssetClassResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Error | GetSettlementEstimateByAssetClassResponse | None:
    """Get Settlement Estimate By Asset Class

     Estimated next settlement amounts for the authenticated clearing member, keyed by asset class,
    including per-subtrader and per-group breakdowns. Asset classes where the member has no margin
    activity are omitted. `subtrader_breakdowns` and `group_breakdowns` together contain at most the
    1,000 entries with the largest maintenance margin requirement; `omitted_subtrader_count` and
    `omitted_group_count` report how many entries of each type were left out. `user_breakdown` always
    aggregates across all subtraders.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetSettlementEstimateByAssetClassResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | GetSettlementEstimateByAssetClassResponse]:
    """Get Settlement Estimate By Asset Class

     Estimated next settlement amounts for the authenticated clearing member, keyed by asset class,
    including per-subtrader and per-group breakdowns. Asset classes where the member has no margin
    activity are omitted. `subtrader_breakdowns` and `group_breakdowns` together contain at most the
    1,000 entries with the largest maintenance margin requirement; `omitted_subtrader_count` and
    `omitted_group_count` report how many entries of each type were left out. `user_breakdown` always
    aggregates across all subtraders.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetSettlementEstimateByAssetClassResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Error | GetSettlementEstimateByAssetClassResponse | None:
    """Get Settlement Estimate By Asset Class

     Estimated next settlement amounts for the authenticated clearing member, keyed by asset class,
    including per-subtrader and per-group breakdowns. Asset classes where the member has no margin
    activity are omitted. `subtrader_breakdowns` and `group_breakdowns` together contain at most the
    1,000 entries with the largest maintenance margin requirement; `omitted_subtrader_count` and
    `omitted_group_count` report how many entries of each type were left out. `user_breakdown` always
    aggregates across all subtraders.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetSettlementEstimateByAssetClassResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
