from desktop.ui.ppk_inbox.screen import PpkInboxScreen

__all__ = ["PpkInboxScreen"]
