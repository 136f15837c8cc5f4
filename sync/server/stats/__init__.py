"""Dashboard statistics: incrementally folded tables, rollups and the report queries."""
