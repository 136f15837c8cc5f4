"""Catalog screen: search-as-you-type over the local replica, filters, lazy results, details, add to order."""

from desktop.ui.catalog.screen import CatalogScreen

__all__ = ["CatalogScreen"]
