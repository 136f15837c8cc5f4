"""Relevance of a candidate product to the user's words, computed in Python so every point is explainable.

Every candidate already contains every query term somewhere (FTS AND semantics, or the same test done here
for the filter-first path), so IDF-style weighting adds little; what matters is WHERE and HOW a term matched:

    per term: whole word in the product name 10, name word starting with it 7,
              provider name 3 / 2 (word / prefix), kabkota name 2 / 1.5, category 1
    + 2 when the name starts with the first term; − 0.05 per name word (shorter names are more specific)
    × (1 + fairness boost) for providers with no sales yet, when the caller asks for it.

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
NAME_START_BONUS = 2.0
NAME_LENGTH_PENALTY = 0.05


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    if text.isascii():  # fast path: nothing to decompose
        return tuple(_WORD.findall(text.lower()))
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return tuple(_WORD.findall(stripped.casefold()))


def _field_score(term: str, field_words: tuple[str, ...], weights: tuple[float, float], prefix: bool) -> float:
    best = 0.0
    for w in field_words:
        if w == term:
            return weights[0]
        if prefix and w.startswith(term):
            best = weights[1]
    return best


def may_match(terms: Sequence[tuple[str, bool]], *texts: str) -> bool:
    """Cheap necessary condition for `score(...) is not None`: every term occurs as a substring."""
    hay = " ".join(texts)
    hay = hay.lower() if hay.isascii() else " ".join(words(hay))
    return all(term in hay for term, _ in terms)


def score(terms: Sequence[tuple[str, bool]], name: str, provider_name: str, kabkota: str, category: str
          ) -> float | None:
    """Relevance (higher is better), or None when some term matches no field (not a hit).
    `terms` are normalised (word, is_prefix) pairs."""
    fields = {"name": words(name), "provider_name": words(provider_name), "kabkota": words(kabkota),
              "category": words(category)}
    top = WEIGHTS["name"][0]
    total = 0.0
    for term, prefix in terms:
        best = 0.0
        for f, w in WEIGHTS.items():  # name first: a whole-word name hit is the maximum, stop there
            best = max(best, _field_score(term, fields[f], w, prefix))
            if best == top:
                break
        if best == 0.0:
            return None
        total += best
    name_words = fields["name"]
    if terms and name_words and name_words[0].startswith(terms[0][0]):
        total += NAME_START_BONUS
    return total - NAME_LENGTH_PENALTY * len(name_words)
