"""Small shared UI helpers used by several screens."""
