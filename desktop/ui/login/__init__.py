"""First run and login: server choice, username, password, demo accounts of the local server."""

from desktop.ui.login.screen import DemoAccount, LocalServerPort, LoginController
from desktop.ui.login.view import LoginView

__all__ = ["DemoAccount", "LocalServerPort", "LoginController", "LoginView"]
