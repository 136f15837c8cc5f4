"""Bank reconciliation rules (issue #18): statement lines and their identity, CSV column mappings, amounts read
from bank text, and the matcher that pairs statement lines with the payments the Bendahara recorded.

Standard library only (like all of desktop.domain); MT940 files are read in desktop.services with a library and
handed here as `StatementLine`s.
"""
