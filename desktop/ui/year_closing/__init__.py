"""Year-end closing assistant (tutup buku, #17)."""

from desktop.ui.year_closing.screen import YearClosingScreen

__all__ = ["YearClosingScreen"]
