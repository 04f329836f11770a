"""The subject of a verb trigger when the parser hangs it on a gerund set off by commas."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dyadwatch.events.roles import verb_subjects

# "Iran, worried about war in Iraq spreading to the Gulf, urged Gulf states to talk." as the
# parser sometimes reads it: the gerund as subject of "urged", the name as the gerund's subject
WORDS = ["Iran", ",", "worried", "about", "war", "in", "Iraq", "spreading", "to", "the", "Gulf", ",", "urged",
         "Gulf", "states", "to", "talk", "."]
HEADS = [7, 0, 0, 2, 3, 4, 5, 12, 7, 10, 8, 7, 12, 14, 12, 16, 12, 12]
DEPS = ["nsubj", "punct", "amod", "prep", "pobj", "prep", "pobj", "nsubj", "prep", "det", "pobj", "punct", "ROOT",
        "compound", "dobj", "aux", "xcomp", "punct"]
TAGS = ["NNP", ",", "VBN", "IN", "NN", "IN", "NNP", "VBG", "IN", "DT", "NNP", ",", "VBD", "NNP", "NNS", "TO", "VB", "."]
POS = ["PROPN", "PUNCT", "VERB", "ADP", "NOUN", "ADP", "PROPN", "VERB", "ADP", "DET", "PROPN", "PUNCT", "VERB",
       "PROPN", "NOUN", "PART", "VERB", "PUNCT"]


def parsed(heads: list[int], deps: list[str]) -> Doc:
    return Doc(Vocab(), words=WORDS, heads=heads, deps=deps, tags=TAGS, pos=POS, lemmas=[w.lower() for w in WORDS])


def test_verb_subjects_take_the_name_set_off_before_a_gerund_read_as_subject():
    doc = parsed(HEADS, DEPS)
    assert [t.text for t in verb_subjects(doc[12])] == ["Iran"]


def test_verb_subjects_keep_a_gerund_subject_whose_own_subject_is_not_set_off():
    # "Iran spreading rumours worried Gulf states": no comma after the name, the gerund clause is the subject
    words = ["Iran", "spreading", "rumours", "worried", "Gulf", "states", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 3, 1, 3, 5, 3, 3],
              deps=["nsubj", "csubj", "dobj", "ROOT", "compound", "dobj", "punct"],
              tags=["NNP", "VBG", "NNS", "VBD", "NNP", "NNS", "."],
              pos=["PROPN", "VERB", "NOUN", "VERB", "PROPN", "NOUN", "PUNCT"], lemmas=[w.lower() for w in words])
    assert [t.text for t in verb_subjects(doc[3])] == ["spreading"]


# "Straw said there were no plans and pledged aid." as the parser reads it: the second
# verb coordinated with the reported "there were" clause, which has no subject to share.
EXISTENTIAL = dict(
    words=["Straw", "said", "there", "were", "no", "plans", "and", "pledged", "aid", "."],
    heads=[1, 1, 3, 1, 5, 3, 3, 3, 7, 1],
    deps=["nsubj", "ROOT", "expl", "ccomp", "det", "attr", "cc", "conj", "dobj", "punct"],
    tags=["NNP", "VBD", "EX", "VBD", "DT", "NNS", "CC", "VBD", "NN", "."],
    pos=["PROPN", "VERB", "PRON", "AUX", "DET", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT"],
)


def test_verb_subjects_of_a_verb_joined_to_a_reported_there_clause_are_the_reporters():
    doc = Doc(Vocab(), **EXISTENTIAL, lemmas=[w.lower() for w in EXISTENTIAL["words"]])
    assert [t.text for t in verb_subjects(doc[7])] == ["Straw"]
