"""Wire copies: MinHash over the body's word shingles, found through LSH."""

from __future__ import annotations

from store_helpers import OTHER_STORY, STORY, annotated, article, store

from dyadwatch.store.dedup import NearDuplicateIndex, make_signature
from dyadwatch.store.schema import open_store

SECOND = "Kim said his country would support Russia's fight and invited Putin to visit Pyongyang at a convenient time."


def test_signature_ignores_headline_and_page_furniture():
    original = article("a", [STORY, SECOND], title="Putin hosts Kim", furniture=["Home | World", "Share | Print"])
    copy = article("b", [STORY, SECOND], title="Kim visits spaceport", furniture=["Most read: markets", "(c) 2023"])
    assert make_signature(original).jaccard(make_signature(copy)) == 1.0


def test_find_links_a_lightly_edited_copy_but_not_another_story():
    index = NearDuplicateIndex()
    index.add("a", make_signature(article("a", [STORY, SECOND])), root="a", seq=1)
    edited = make_signature(article("b", [STORY, SECOND.replace("at a convenient time", "soon")]))
    other = make_signature(article("c", [OTHER_STORY]))
    found = index.find(edited)
    assert found is not None and found.id == "a" and 0.7 <= found.similarity < 1.0
    assert index.find(other) is None


def test_find_names_the_first_article_of_a_family():
    index = NearDuplicateIndex()
    index.add("a", make_signature(article("a")), root="a", seq=1)
    index.add("b", make_signature(article("b")), root="a", seq=2)
    found = index.find(make_signature(article("c")))
    assert found is not None and found.id == "a"


def test_index_load_rebuilds_the_index_from_the_database(tmp_path):
    db = tmp_path / "a.duckdb"
    store(db, annotated(article("a")), annotated(article("b", [OTHER_STORY])))
    with open_store(db) as con:
        index = NearDuplicateIndex.load(con)
    found = index.find(make_signature(article("c", title="Another headline")))
    assert len(index) == 2 and found is not None and found.id == "a"
