"""Plt / Plh delegations (#17): the Admin OPD records and revokes acting officials' letters (online)."""

from desktop.ui.delegations.screen import DelegationsScreen

__all__ = ["DelegationsScreen"]
