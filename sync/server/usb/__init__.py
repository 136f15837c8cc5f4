"""Sync by USB stick, server side (#18): the USB key, outbox files applied as if online, receipts, catalog files."""
