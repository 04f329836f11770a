"""Wire copies: an article whose body is a near-duplicate of a stored one (the same story
under another headline, with other page furniture) is linked to it.

Each article gets a MinHash (datasketch) over the word 5-grams of its body paragraphs
only, so headlines, captions and furniture do not count. The signatures are stored in
the `signatures` table; the LSH index is rebuilt from them when a run starts and grows
as the run stores articles.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

import duckdb
import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from dyadwatch.records import Article

NUM_PERM = 128
SEED = 1
SHINGLE_WORDS = 5
PERMUTATION_SCHEME = "affine32"
SCHEME = f"datasketch-{PERMUTATION_SCHEME}-p{NUM_PERM}-s{SEED}-w{SHINGLE_WORDS}"
DEFAULT_THRESHOLD = 0.7
_WORD = re.compile(r"\w+")


@dataclasses.dataclass(slots=True, frozen=True)
class Original:
    """The stored article a new one copies: the first of its family (`id`), and the
    estimated Jaccard similarity of the two bodies."""

    id: str
    similarity: float


@dataclasses.dataclass(slots=True)
class _Stored:
    minhash: LeanMinHash
    root: str
    seq: int


def body_shingles(texts: Iterable[str], *, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The word `size`-grams of the body paragraphs' texts, case-folded (all words when
    fewer)."""
    words = [w.casefold() for text in texts for w in _WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def make_signature(article: Article) -> LeanMinHash:
    """The article body's MinHash."""
    return signature_of_texts(p.text for p in article.body())


def signature_of_texts(texts: Iterable[str]) -> LeanMinHash:
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=PERMUTATION_SCHEME)
    minhash.update_batch(sorted(body_shingles(texts)))
    return LeanMinHash(minhash)


def signature_bytes(signature: LeanMinHash) -> bytes:
    return np.asarray(signature.hashvalues).tobytes()


def signature_from_bytes(data: bytes) -> LeanMinHash:
    hashvalues = np.frombuffer(data, dtype=np.uint32)
    return LeanMinHash(seed=SEED, hashvalues=hashvalues, scheme=PERMUTATION_SCHEME)


class NearDuplicateIndex:
    """The bodies seen so far, searchable by LSH for near-duplicates."""

    def __init__(self, *, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._stored: dict[str, _Stored] = {}

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection, *, threshold: float = DEFAULT_THRESHOLD) -> NearDuplicateIndex:
        """The index of every article stored in the database."""
        index = cls(threshold=threshold)
        rows = con.execute(
            "SELECT a.id, coalesce(a.duplicate_of, a.id), a.seq, s.minhash FROM articles a "
            "JOIN signatures s ON s.article_id = a.id AND s.scheme = ? ORDER BY a.seq",
            [SCHEME],
        ).fetchall()
        for article_id, root, seq, data in rows:
            index.add(article_id, signature_from_bytes(data), root=root, seq=seq)
        return index

    def __len__(self) -> int:
        return len(self._stored)

    def find(self, signature: LeanMinHash, *, exclude: str | None = None) -> Original | None:
        """The family of the most similar stored body at or above the threshold (the
        earliest stored on a tie), or None."""
        best: tuple[float, int, str] | None = None
        for key in self._lsh.query(signature):
            stored = self._stored[key]
            if key == exclude:
                continue
            similarity = float(signature.jaccard(stored.minhash))
            if similarity >= self.threshold and (best is None or (-similarity, stored.seq) < (-best[0], best[1])):
                best = (similarity, stored.seq, stored.root)
        return None if best is None else Original(id=best[2], similarity=round(best[0], 4))

    def add(self, article_id: str, signature: LeanMinHash, *, root: str, seq: int) -> None:
        if article_id in self._stored:
            self.remove(article_id)
        self._lsh.insert(article_id, signature, check_duplication=False)
        self._stored[article_id] = _Stored(signature, root, seq)

    def remove(self, article_id: str) -> None:
        if article_id in self._stored:
            self._lsh.remove(article_id)
            del self._stored[article_id]


def refresh_signatures(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute, from the stored body paragraphs, the signatures made by another scheme
    than the current one (or missing); how many. The caller holds the transaction."""
    rows = con.execute(
        "SELECT a.id, list(p.text ORDER BY p.n) FILTER (WHERE p.role = 'body') FROM articles a "
        "LEFT JOIN paragraphs p ON p.article_id = a.id "
        "WHERE a.id NOT IN (SELECT article_id FROM signatures WHERE scheme = ?) GROUP BY a.id",
        [SCHEME],
    ).fetchall()
    for article_id, texts in rows:
        con.execute("DELETE FROM signatures WHERE article_id = ?", [article_id])
        data = signature_bytes(signature_of_texts(texts or []))
        con.execute("INSERT INTO signatures VALUES (?, ?, ?)", [article_id, SCHEME, data])
    return len(rows)
