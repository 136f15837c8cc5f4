"""Relevance of a candidate product to the user's words, computed in Python so every point is explainable.

Every candidate already contains every query term somewhere (FTS AND semantics, or the same test done here
for the filter-first path), so IDF-style weighting adds little; what matters is WHERE and HOW a term matched:

    tier (compared first): per term 3 for a whole word of the product name, 2 for a name word starting
          with it, 1 for a hit in provider name, kabkota or category
    points (within a tier): per term name 10 / 7 (word / prefix), provider name 3 / 2, kabkota 2 / 1.5,
          category 1; + 2 when the name starts with the first term; − 0.05 per name word (shorter names
          are more specific); + FAIRNESS_POINTS × boost for providers with no sales yet, when asked.

So the fairness boost reorders products that match the words equally well and never lifts a weaker match
(a prefix hit, a hit only in the seller's name) above a stronger one.

Text is normalised like the FTS tokenizer (`unicode61 remove_diacritics 2`): NFKD, diacritics dropped,
case-folded, split on anything that is not a letter or digit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+")
WEIGHTS = {  # field: (whole word, prefix of a word)
    "name": (10.0, 7.0),
    "provider_name": (3.0, 2.0),
    "kabkota": (2.0, 1.5),
    "category": (1.0, 1.0),
}
FIELD_TIER = {"name": (3, 2), "provider_name": (1, 1), "kabkota": (1, 1), "category": (1, 1)}
NAME_START_BONUS = 2.0
FAIRNESS_POINTS = 10.0  # × boost (≤ 0.5): up to 5 points, i.e. past start-bonus and length differences
NAME_LENGTH_PENALTY = 0.05


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    if text.isascii():  # fast path: nothing to decompose
        return tuple(_WORD.findall(text.lower()))
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return tuple(_WORD.findall(stripped.casefold()))


def _field_score(term: str, field_words: tuple[str, ...], prefix: bool) -> int:
    """0 no hit, 1 prefix of a word, 2 whole word."""
    best = 0
    for w in field_words:
        if w == term:
            return 2
        if prefix and w.startswith(term):
            best = 1
    return best


def may_match(terms: Sequence[tuple[str, bool]], *texts: str) -> bool:
    """Cheap necessary condition for `score(...) is not None`: every term occurs as a substring."""
    hay = " ".join(texts)
    hay = hay.lower() if hay.isascii() else " ".join(words(hay))
    return all(term in hay for term, _ in terms)


def score(terms: Sequence[tuple[str, bool]], name: str, provider_name: str, kabkota: str, category: str
          ) -> tuple[int, float] | None:
    """(tier, points), both higher-is-better, or None when some term matches no field (not a hit).
    `terms` are normalised (word, is_prefix) pairs."""
    fields = {"name": words(name), "provider_name": words(provider_name), "kabkota": words(kabkota),
              "category": words(category)}
    tier, points = 0, 0.0
    for term, prefix in terms:
        best_tier, best_points = 0, 0.0
        for f, (whole, part) in WEIGHTS.items():
            hit = _field_score(term, fields[f], prefix)
            if hit:
                t = FIELD_TIER[f][0] if hit == 2 else FIELD_TIER[f][1]
                p = whole if hit == 2 else part
                best_tier, best_points = max(best_tier, t), max(best_points, p)
                if hit == 2 and f == "name":
                    break  # a whole name word is the best possible hit
        if best_tier == 0:
            return None
        tier += best_tier
        points += best_points
    name_words = fields["name"]
    if terms and name_words and name_words[0].startswith(terms[0][0]):
        points += NAME_START_BONUS
    return tier, points - NAME_LENGTH_PENALTY * len(name_words)
