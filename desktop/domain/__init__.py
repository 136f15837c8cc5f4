"""Indonesian procurement rules: money, terbilang, dates, taxes, thresholds, numbering, identifiers, calendar.

Standard library only (import contract 1); every rate, threshold and template comes from `resources/`.
"""
