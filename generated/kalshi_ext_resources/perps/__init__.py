"""The Perps API facade: one attribute per resource, created on first use (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._protocol import AsyncInvoker, Invoker
    from .exchange import AsyncExchangeResource, ExchangeResource
    from .fcm import AsyncFcmResource, FcmResource
    from .funding import AsyncFundingResource, FundingResource
    from .margin import AsyncMarginResource, MarginResource
    from .markets import AsyncMarketsResource, MarketsResource
    from .order_groups import AsyncOrderGroupsResource, OrderGroupsResource
    from .orders import AsyncOrdersResource, OrdersResource
    from .portfolio import AsyncPortfolioResource, PortfolioResource
    from .transfers import AsyncTransfersResource, TransfersResource


class PerpsResources:
    """Resources of the Perps API (53 operations)."""

    _invoker: Invoker

    @cached_property
    def exchange(self) -> ExchangeResource:
        """``exchange``: 3 operations."""
        from .exchange import ExchangeResource

        return ExchangeResource(self._invoker)

    @cached_property
    def fcm(self) -> FcmResource:
        """``fcm``: 6 operations."""
        from .fcm import FcmResource

        return FcmResource(self._invoker)

    @cached_property
    def funding(self) -> FundingResource:
        """``funding``: 4 operations."""
        from .funding import FundingResource

        return FundingResource(self._invoker)

    @cached_property
    def margin(self) -> MarginResource:
        """``margin``: 7 operations."""
        from .margin import MarginResource

        return MarginResource(self._invoker)

    @cached_property
    def markets(self) -> MarketsResource:
        """``markets``: 5 operations."""
        from .markets import MarketsResource

        return MarketsResource(self._invoker)

    @cached_property
    def order_groups(self) -> OrderGroupsResource:
        """``order_groups``: 7 operations."""
        from .order_groups import OrderGroupsResource

        return OrderGroupsResource(self._invoker)

    @cached_property
    def orders(self) -> OrdersResource:
        """``orders``: 7 operations."""
        from .orders import OrdersResource

        return OrdersResource(self._invoker)

    @cached_property
    def portfolio(self) -> PortfolioResource:
        """``portfolio``: 11 operations."""
        from .portfolio import PortfolioResource

        return PortfolioResource(self._invoker)

    @cached_property
    def transfers(self) -> TransfersResource:
        """``transfers``: 3 operations."""
        from .transfers import TransfersResource

        return TransfersResource(self._invoker)


class AsyncPerpsResources:
    """Resources of the Perps API (53 operations)."""

    _invoker: AsyncInvoker

    @cached_property
    def exchange(self) -> AsyncExchangeResource:
        """``exchange``: 3 operations."""
        from .exchange import AsyncExchangeResource

        return AsyncExchangeResource(self._invoker)

    @cached_property
    def fcm(self) -> AsyncFcmResource:
        """``fcm``: 6 operations."""
        from .fcm import AsyncFcmResource

        return AsyncFcmResource(self._invoker)

    @cached_property
    def funding(self) -> AsyncFundingResource:
        """``funding``: 4 operations."""
        from .funding import AsyncFundingResource

        return AsyncFundingResource(self._invoker)

    @cached_property
    def margin(self) -> AsyncMarginResource:
        """``margin``: 7 operations."""
        from .margin import AsyncMarginResource

        return AsyncMarginResource(self._invoker)

    @cached_property
    def markets(self) -> AsyncMarketsResource:
        """``markets``: 5 operations."""
        from .markets import AsyncMarketsResource

        return AsyncMarketsResource(self._invoker)

    @cached_property
    def order_groups(self) -> AsyncOrderGroupsResource:
        """``order_groups``: 7 operations."""
        from .order_groups import AsyncOrderGroupsResource

        return AsyncOrderGroupsResource(self._invoker)

    @cached_property
    def orders(self) -> AsyncOrdersResource:
        """``orders``: 7 operations."""
        from .orders import AsyncOrdersResource

        return AsyncOrdersResource(self._invoker)

    @cached_property
    def portfolio(self) -> AsyncPortfolioResource:
        """``portfolio``: 11 operations."""
        from .portfolio import AsyncPortfolioResource

        return AsyncPortfolioResource(self._invoker)

    @cached_property
    def transfers(self) -> AsyncTransfersResource:
        """``transfers``: 3 operations."""
        from .transfers import AsyncTransfersResource

        return AsyncTransfersResource(self._invoker)
