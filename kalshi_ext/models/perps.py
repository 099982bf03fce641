"""Every request and response model and enum of the Perps (margin) API: ``from kalshi_ext.models.perps import ...``."""

from kalshi_perps_api.models import *  # noqa: F403
from kalshi_perps_api.models import __all__ as __all__  # noqa: PLC0414 - re-export for type checkers
