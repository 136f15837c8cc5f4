"""Database engine, transactions, the table definitions and first-run shared state."""
