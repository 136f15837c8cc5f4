from desktop.ui.first_run.dialogs import FirstRunDialog, show_first_run_setup

__all__ = ["FirstRunDialog", "show_first_run_setup"]
