"""HTTP layer: FastAPI routers, request plumbing, JSON schemas and the OpenAPI document."""
