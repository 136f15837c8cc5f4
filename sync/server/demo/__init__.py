"""Generated demo province (never for a production database)."""
