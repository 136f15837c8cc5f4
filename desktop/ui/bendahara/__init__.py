from desktop.ui.bendahara.screen import BendaharaDeskScreen

__all__ = ["BendaharaDeskScreen"]
