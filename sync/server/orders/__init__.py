"""Order commands: the state machine service, document numbers, idempotency and the audit chain."""
