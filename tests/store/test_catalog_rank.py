from __future__ import annotations

from desktop.store.catalog_rank import NAME_START_BONUS, WEIGHTS, score, words
from desktop.store.catalog_search import tokenize


def test_words_fold_case_and_diacritics_like_unicode61() -> None:
    assert words("Café CRÈME, 250-g_pak") == ("cafe", "creme", "250", "g", "pak")
    assert words("") == () and words("☕🍵 !!") == ()


def test_tokenize_bounds_and_prefix_rules() -> None:
    assert tokenize("Kopi kopi ARABIKA") == [("kopi", True), ("arabika", True)]
    assert tokenize("a kopi") == [("kopi", True)]  # one-letter words dropped when longer ones exist
    assert tokenize("a") == [("a", False)]  # ...and exact (not prefix) when alone
    assert len(tokenize(" ".join(f"w{i}" for i in range(50)))) == 6
    assert tokenize("x" * 500) == [("x" * 40, True)]


def test_score_explains_where_a_term_matched() -> None:
    t = [("kopi", True)]
    whole = score(t, "Kopi Robusta", "UD Maju", "Kudus", "pangan")
    prefix = score([("kop", True)], "Kopi Robusta", "UD Maju", "Kudus", "pangan")
    provider = score(t, "Gula Aren", "Toko Kopi", "Kudus", "pangan")
    assert whole == (3, WEIGHTS["name"][0] + NAME_START_BONUS - 0.05 * 2)
    assert prefix == (2, WEIGHTS["name"][1] + NAME_START_BONUS - 0.05 * 2)
    assert provider == (1, WEIGHTS["provider_name"][0] - 0.05 * 2)
    assert whole > prefix > provider  # tier first
    assert score(t, "Gula Aren", "UD Maju", "Kudus", "pangan") is None  # not a hit
    assert score([("kopi", False)], "Kopiah Hitam", "", "", "") is None  # exact term is not a prefix
    assert score([("kopi", True), ("kudus", True)], "Kopi", "", "Kudus", "")[0] == 3 + 1


def test_shorter_and_name_leading_matches_rank_higher() -> None:
    t = [("kertas", True)]
    assert score(t, "Kertas A4", "", "", "") > score(t, "Kertas A4 80 gram putih", "", "", "")
    assert score(t, "Kertas HVS", "", "", "") > score(t, "HVS Kertas", "", "", "")


def test_may_match_is_a_necessary_condition() -> None:
    from desktop.store.catalog_rank import may_match

    t = [("creme", True), ("caf", True)]
    assert may_match(t, "Café Crème", "", "", "") and score(t, "Café Crème", "", "", "") is not None
    assert not may_match(t, "Kopi", "UD Café", "", "") and score(t, "Kopi", "UD Café", "", "") is None
