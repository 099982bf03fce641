from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_margin_corporate_actions_response import GetMarginCorporateActionsResponse
from ...types import UNSET, Response, Unset, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = False
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        400,
        500,
    }
)


def _get_kwargs(
    *,
    ticker: str | Unset = UNSET,
    market_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ticker"] = ticker

    json_market_id: str | Unset = UNSET
    if not isinstance(market_id, Unset):
        json_market_id = str(market_id)
    params["market_id"] = json_market_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/corporate_actions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetMarginCorporateActionsResponse | None:
    if response.status_code == 200:
        response_200 = GetMarginCorporateActionsResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetMarginCorporateActionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    market_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | GetMarginCorporateActionsResponse]:
    """Get Margin Corporate Actions

     Returns scheduled notices and notices updated in the last seven days for margin markets.
    Notices are sorted by ex-date ascending (earliest first), with notices without an ex-date last.
    Ties are ordered by updated_ts ascending, then id ascending.
    Covers cash dividends, special dividends, cash spin-offs, stock splits, final settlements and ticker
    changes.
    Each notice identifies its type and has a scheduled, cancelled, applied or lapsed status.
    Scheduled, applied and lapsed notices include exactly one terms object matching the type:
    cash, split, final_settlement or ticker_change. Cancelled notices omit all terms and
    execution_time; use the stable notice id to associate a cancellation with an earlier announcement.
    Amounts are US dollar strings. Per-contract amounts are computed by clearing and are
    not recalculated from contract size by this endpoint.

    Args:
        ticker (str | Unset):
        market_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarginCorporateActionsResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        market_id=market_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    market_id: UUID | Unset = UNSET,
) -> ErrorResponse | GetMarginCorporateActionsResponse | None:
    """Get Margin Corporate Actions

     Returns scheduled notices and notices updated in the last seven days for margin markets.
    Notices are sorted by ex-date ascending (earliest first), with notices without an ex-date last.
    Ties are ordered by updated_ts ascending, then id ascending.
    Covers cash dividends, special dividends, cash spin-offs, stock splits, final settlements and ticker
    changes.
    Each notice identifies its type and has a scheduled, cancelled, applied or lapsed status.
    Scheduled, applied and lapsed notices include exactly one terms object matching the type:
    cash, split, final_settlement or ticker_change. Cancelled notices omit all terms and
    execution_time; use the stable notice id to associate a cancellation with an earlier announcement.
    Amounts are US dollar strings. Per-contract amounts are computed by clearing and are
    not recalculated from contract size by this endpoint.

    Args:
        ticker (str | Unset):
        market_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarginCorporateActionsResponse
    """

    return sync_detailed(
        client=client,
        ticker=ticker,
        market_id=market_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    market_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | GetMarginCorporateActionsResponse]:
    """Get Margin Corporate Actions

     Returns scheduled notices and notices updated in the last seven days for margin markets.
    Notices are sorted by ex-date ascending (earliest first), with notices without an ex-date last.
    Ties are ordered by updated_ts ascending, then id ascending.
    Covers cash dividends, special dividends, cash spin-offs, stock splits, final settlements and ticker
    changes.
    Each notice identifies its type and has a scheduled, cancelled, applied or lapsed status.
    Scheduled, applied and lapsed notices include exactly one terms object matching the type:
    cash, split, final_settlement or ticker_change. Cancelled notices omit all terms and
    execution_time; use the stable notice id to associate a cancellation with an earlier announcement.
    Amounts are US dollar strings. Per-contract amounts are computed by clearing and are
    not recalculated from contract size by this endpoint.

    Args:
        ticker (str | Unset):
        market_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarginCorporateActionsResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        market_id=market_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    market_id: UUID | Unset = UNSET,
) -> ErrorResponse | GetMarginCorporateActionsResponse | None:
    """Get Margin Corporate Actions

     Returns scheduled notices and notices updated in the last seven days for margin markets.
    Notices are sorted by ex-date ascending (earliest first), with notices without an ex-date last.
    Ties are ordered by updated_ts ascending, then id ascending.
    Covers cash dividends, special dividends, cash spin-offs, stock splits, final settlements and ticker
    changes.
    Each notice identifies its type and has a scheduled, cancelled, applied or lapsed status.
    Scheduled, applied and lapsed notices include exactly one terms object matching the type:
    cash, split, final_settlement or ticker_change. Cancelled notices omit all terms and
    execution_time; use the stable notice id to associate a cancellation with an earlier announcement.
    Amounts are US dollar strings. Per-contract amounts are computed by clearing and are
    not recalculated from contract size by this endpoint.

    Args:
        ticker (str | Unset):
        market_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarginCorporateActionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ticker=ticker,
            market_id=market_id,
        )
    ).parsed
