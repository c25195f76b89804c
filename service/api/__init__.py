"""The HTTP API: one blueprint with the analysis endpoint, health checks, the OpenAPI
document and the page."""
from .views import bp

__all__ = ["bp"]
