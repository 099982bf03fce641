"""A client library for accessing Kalshi Clearing Member API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
