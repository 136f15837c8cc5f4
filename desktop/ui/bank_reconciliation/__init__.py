from desktop.ui.bank_reconciliation.screen import BankReconciliationScreen

__all__ = ["BankReconciliationScreen"]
