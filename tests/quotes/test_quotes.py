"""Quotes: who said what, one table per construction (issue 7).

Each row is a text and the quotes expected in it as (speaker as written or None, cue,
content, direct). Sentences are our own; none comes from a gold set.
"""

from __future__ import annotations

import dataclasses

import pytest

from dyadwatch.datafiles import parse_toml
from dyadwatch.errors import ConfigError
from dyadwatch.nlp import load_nlp
from dyadwatch.pipeline import annotate_text
from dyadwatch.stage import Stage
from dyadwatch.quotes import extract_quotes, find_quoted_spans, load_lexicon, make_quotes_stage
from dyadwatch.quotes.lexicon import CueFamily, QuotesFile, merge_cue_verbs
from dyadwatch.records import Actor, AnnotatedArticle, Mention, Quote

Found = tuple[str | None, str, str, bool]

LAVROV = Actor("RUS", ("GOV",), name="Sergei Lavrov", person="Sergei Lavrov", office="foreign minister")
CAVUSOGLU = Actor("TUR", ("GOV",), name="Mevlut Cavusoglu", person="Mevlut Cavusoglu")
TURKISH_MINISTRY = Actor("TUR", ("GOV",), name="Ministry of Foreign Affairs of Turkey")


def quotes_in(text: str, *, mentions: tuple[Mention, ...] = ()) -> tuple[Quote, ...]:
    return extract_quotes(load_nlp()(text), mentions=mentions)


def found(text: str) -> list[Found]:
    return [(q.speaker.text if q.speaker else None, q.cue, q.content, q.direct) for q in quotes_in(text)]


def mention(text: str, words: str, actor: Actor | None, label: str | None = None) -> Mention:
    start = text.index(words)
    return Mention(start, start + len(words), words, actor, label)


# --- direct quotes ---------------------------------------------------------------------

SPEAKER_AFTER: list[tuple[str, list[Found]]] = [
    (
        "“We will respond to any provocation,” Lavrov said.",
        [("Lavrov", "said", "“We will respond to any provocation,”", True)],
    ),
    ('"The talks are over," said Matsegora.', [("Matsegora", "said", '"The talks are over,"', True)]),
    ("“Is this a threat?” the ambassador asked.", [("the ambassador", "asked", "“Is this a threat?”", True)]),
    (
        "“We will not back down,” Zelensky told reporters in Kyiv.",
        [("Zelensky", "told", "“We will not back down,”", True)],
    ),
]

SPEAKER_BEFORE: list[tuple[str, list[Found]]] = [
    ("Zelensky said: “We will not give up our land.”", [("Zelensky", "said", "“We will not give up our land.”", True)]),
    ('The minister told reporters: "Sanctions will stay."', [("The minister", "told", '"Sanctions will stay."', True)]),
    ("Said Peskov: “The Kremlin has no comment.”", [("Peskov", "Said", "“The Kremlin has no comment.”", True)]),
    (
        "Asked about the talks, Kuleba said, “Nothing has changed.”",
        [("Kuleba", "said", "“Nothing has changed.”", True)],
    ),
]

SPANNING: list[tuple[str, list[Found]]] = [
    (
        "“We will respond. The West will regret it,” Lavrov said.",
        [("Lavrov", "said", "“We will respond. The West will regret it,”", True)],
    ),
    (
        "“We will respond,” Lavrov said. “The West will regret it.”",
        [("Lavrov", "said", "“We will respond,” … “The West will regret it.”", True)],
    ),
    (
        "Kuleba said: “Russia will not stop at Donbas.\n\n“Its goal is all of Ukraine.”",
        [("Kuleba", "said", "“Russia will not stop at Donbas.\n\n“Its goal is all of Ukraine.”", True)],
    ),
    (
        "“Russia will not stop,” Kuleba said. “Its goal is all of Ukraine."
        "\n\n“That is why we need weapons now.”",
        [
            (
                "Kuleba",
                "said",
                "“Russia will not stop,” … “Its goal is all of Ukraine."
                "\n\n“That is why we need weapons now.”",
                True,
            )
        ],
    ),
    (
        "The governor added:\n\n“We are ready for the storm.”",
        [("The governor", "added", "“We are ready for the storm.”", True)],
    ),
]

SPEAKER_INSIDE: list[tuple[str, list[Found]]] = [
    ("“We will respond,” Lavrov said, “firmly.”", [("Lavrov", "said", "“We will respond,” … “firmly.”", True)]),
    (
        '"This is a trap," Kuleba told reporters, "and we will not walk into it."',
        [("Kuleba", "told", '"This is a trap," … "and we will not walk into it."', True)],
    ),
]

NESTED: list[tuple[str, list[Found]]] = [
    (
        "\"He told me, 'We will never sign this deal,'\" Smith said.",
        [("Smith", "said", "\"He told me, 'We will never sign this deal,'\"", True)],
    ),
    (
        "Kuleba said: “Lavrov told us ‘there will be no war,’ and then he invaded.”",
        [("Kuleba", "said", "“Lavrov told us ‘there will be no war,’ and then he invaded.”", True)],
    ),
]

MARKS: list[tuple[str, list[Found]]] = [
    ("“We are ready,” Kuleba said.", [("Kuleba", "said", "“We are ready,”", True)]),
    ('"We are ready," Kuleba said.', [("Kuleba", "said", '"We are ready,"', True)]),
    ("'We are ready,' Kuleba said.", [("Kuleba", "said", "'We are ready,'", True)]),
    ("‘We are ready,’ Kuleba said.", [("Kuleba", "said", "‘We are ready,’", True)]),
    ('“There is no evidence," Kirby said.', [("Kirby", "said", '“There is no evidence,"', True)]),
    ("“Russia’s goal hasn’t changed,” Kuleba said.", [("Kuleba", "said", "“Russia’s goal hasn’t changed,”", True)]),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"), SPEAKER_AFTER + SPEAKER_BEFORE + SPANNING + SPEAKER_INSIDE + NESTED + MARKS
)
def test_extract_quotes_finds_direct_quotes(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.model
def test_extract_quotes_content_span_covers_the_quoted_pieces() -> None:
    text = "Lavrov arrived. “We will respond,” he said, “firmly.”"
    [quote] = quotes_in(text)
    assert (quote.content_start, quote.content_end) == (text.index("“We"), len(text))
    assert text[quote.cue_start : quote.cue_end] == "said"


# --- speakers --------------------------------------------------------------------------

PRONOUNS: list[tuple[str, list[Found]]] = [
    ("Sergei Lavrov arrived in Ankara. “We came to talk,” he said.", [("he", "said", "“We came to talk,”", True)]),
    ("The ministry issued a statement. It said Kyiv was to blame.", [("It", "said", "Kyiv was to blame", False)]),
    (
        "Kuleba, who said the offer was a trap, left the talks early.",
        [("who", "said", "the offer was a trap", False)],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_extract_quotes_keeps_pronoun_speakers_as_written(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.model
def test_extract_quotes_resolves_he_to_the_last_person_mentioned() -> None:
    text = "Sergei Lavrov visited the foreign ministry in Ankara. He said the talks were useful."
    mentions = (
        mention(text, "Sergei Lavrov", LAVROV, "PERSON"),
        mention(text, "the foreign ministry", TURKISH_MINISTRY, "ORG"),
    )
    [quote] = quotes_in(text, mentions=mentions)
    assert quote.speaker == Mention(text.index("He"), text.index("He") + 2, "He", LAVROV)


@pytest.mark.model
def test_extract_quotes_resolves_to_the_last_of_two_persons() -> None:
    text = "Sergei Lavrov met Mevlut Cavusoglu in Ankara. He said the talks were useful."
    mentions = (
        mention(text, "Sergei Lavrov", LAVROV, "PERSON"),
        mention(text, "Mevlut Cavusoglu", CAVUSOGLU, "PERSON"),
    )
    [quote] = quotes_in(text, mentions=mentions)
    assert (quote.speaker.text, quote.speaker.actor) == ("He", CAVUSOGLU)


@pytest.mark.model
def test_extract_quotes_resolves_it_to_an_organization() -> None:
    text = "Sergei Lavrov visited the Turkish foreign ministry. It said Kyiv was to blame."
    mentions = (
        mention(text, "Sergei Lavrov", LAVROV, "PERSON"),
        mention(text, "the Turkish foreign ministry", TURKISH_MINISTRY, "ORG"),
    )
    [quote] = quotes_in(text, mentions=mentions)
    assert quote.speaker.actor == TURKISH_MINISTRY


@pytest.mark.model
def test_extract_quotes_resolves_who_to_its_noun() -> None:
    text = "Lavrov, who said the offer was a trap, left the talks early."
    [quote] = quotes_in(text, mentions=(mention(text, "Lavrov", LAVROV, "PERSON"),))
    assert (quote.speaker.text, quote.speaker.actor) == ("who", LAVROV)


@pytest.mark.model
def test_extract_quotes_reuses_the_given_mention_of_the_speaker() -> None:
    text = "Russian Foreign Minister Sergei Lavrov said the talks had failed."
    given = mention(text, "Sergei Lavrov", LAVROV, "PERSON")
    [quote] = quotes_in(text, mentions=(given,))
    assert quote.speaker is given


@pytest.mark.model
def test_extract_quotes_writes_the_speaker_as_written_without_mentions() -> None:
    text = "Russian Foreign Minister Sergei Lavrov said the talks had failed."
    [quote] = quotes_in(text)
    assert quote.speaker == Mention(0, text.index(" said"), "Russian Foreign Minister Sergei Lavrov", None, "PERSON")


ANONYMOUS: list[tuple[str, str, bool]] = [
    ("Officials said the talks had failed.", "Officials", True),
    ("A senior official said the deal was close.", "A senior official", True),
    ("People familiar with the matter said the deal was close.", "People familiar with the matter", True),
    ("Two sources said the deal was close.", "Two sources", True),
    ("Western diplomats said the deal was close.", "Western diplomats", True),
    ("Police officials said a second device was found.", "Police officials", False),
    ("Her aides say it is too early to decide.", "Her aides", False),
    ("U.S. officials said the deal was close.", "U.S. officials", False),
    ("Officials at the foreign ministry said the deal was close.", "Officials at the foreign ministry", False),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker", "anonymous"), ANONYMOUS)
def test_extract_quotes_gives_anonymous_sources_a_speaker_without_actor_or_label(
    text: str, speaker: str, anonymous: bool
) -> None:
    [quote] = quotes_in(text)
    assert quote.speaker is not None and quote.speaker.text == speaker
    if anonymous:
        assert (quote.speaker.actor, quote.speaker.ner_label) == (None, None)


@pytest.mark.model
def test_an_anonymous_source_takes_no_actor_from_a_name_inside_it() -> None:
    text = "Sources close to the Iranian delegation said the deal was close."
    iranian = mention(text, "Iranian", Actor("IRN", ()), "NORP")
    [quote] = quotes_in(text, mentions=(iranian,))
    assert quote.speaker == Mention(0, text.index(" said"), "Sources close to the Iranian delegation", None, None)


@pytest.mark.model
def test_an_anonymous_speaker_is_no_party_to_the_speech_event_of_its_words() -> None:
    named = annotate_text("Russian officials said Ukraine must withdraw its troops.")
    anonymous = annotate_text("Officials said Ukraine must withdraw its troops.")
    assert [e.event for e in named.events] == ["REQUEST"]
    assert anonymous.quotes[0].speaker is not None and anonymous.events == ()


# --- reported speech -------------------------------------------------------------------

REPORTED: list[tuple[str, list[Found]]] = [
    ("Lavrov said that the talks had failed.", [("Lavrov", "said", "that the talks had failed", False)]),
    (
        "The foreign ministry said Russia would respond.",
        [("The foreign ministry", "said", "Russia would respond", False)],
    ),
    (
        "Russia will respond, the foreign ministry said on Tuesday.",
        [("the foreign ministry", "said", "Russia will respond", False)],
    ),
    ("Biden warned that sanctions would follow.", [("Biden", "warned", "that sanctions would follow", False)]),
    (
        "Kuleba said after the meeting he would return to Kyiv.",
        [("Kuleba", "said", "after the meeting he would return to Kyiv", False)],
    ),
    (
        "He told a meeting of Pacific leaders that the stakes were high.",
        [("He", "told", "that the stakes were high", False)],
    ),
    (
        "The ministry said in a statement that Russia would respond.",
        [("The ministry", "said", "that Russia would respond", False)],
    ),
    (
        "The mayor said there had been no threats, adding that the investigation would take days.",
        [
            ("The mayor", "said", "there had been no threats", False),
            ("The mayor", "adding", "that the investigation would take days", False),
        ],
    ),
    (
        "Lavrov was quoted as saying that Russia would respond.",
        [("Lavrov", "quoted as saying", "that Russia would respond", False)],
    ),
    (
        'The mayor said "budget cuts" and new taxes would pay for the bridge.',
        [("The mayor", "said", '"budget cuts" and new taxes would pay for the bridge', False)],
    ),
    (
        "Trump said at a rally that “a bomb” had gone off.",
        [("Trump", "said", "that “a bomb” had gone off", False)],
    ),
]

PARENTHETICAL: list[tuple[str, list[Found]]] = [
    (
        "The plant was profitable, Mr. Clarke said, until it went bankrupt in 1999.",
        [("Mr. Clarke", "said", "The plant was profitable … until it went bankrupt in 1999", False)],
    ),
    ("The talks, Lavrov said on Monday, had failed.", [("Lavrov", "said", "The talks … had failed", False)]),
    (
        "The talks failed, officials said on Monday, citing a lack of trust.",
        [("officials", "said", "The talks failed", False), ("officials", "citing", "a lack of trust", False)],
    ),
]

OTHER_CUES: list[tuple[str, list[Found]]] = [
    ("Biden urged Putin to withdraw his troops.", [("Biden", "urged", "Putin to withdraw his troops", False)]),
    ("Zelensky called for a ceasefire.", [("Zelensky", "called for", "a ceasefire", False)]),
    (
        "The ministry accused Kyiv of shelling the plant.",
        [("The ministry", "accused", "Kyiv of shelling the plant", False)],
    ),
    ("Pyongyang vowed to retaliate.", [("Pyongyang", "vowed", "to retaliate", False)]),
    ("Macron called the attack a war crime.", [("Macron", "called", "the attack a war crime", False)]),
    (
        'Rights groups called the verdict "a travesty of justice."',
        [("Rights groups", "called", 'the verdict "a travesty of justice."', False)],
    ),
    ("Analysts believe the sanctions will fail.", [("Analysts", "believe", "the sanctions will fail", False)]),
    (
        "The court ruled that the law was unconstitutional.",
        [("The court", "ruled", "that the law was unconstitutional", False)],
    ),
    (
        "The city is demanding that the campaign stop using the image.",
        [("The city", "demanding", "that the campaign stop using the image", False)],
    ),
    (
        "Bill Clinton criticized the health law as a “crazy system.”",
        [("Bill Clinton", "criticized", "the health law as a “crazy system.”", False)],
    ),
    (
        "One of the advisers pointed out that Hawaii rarely gets hurricanes.",
        [("One of the advisers", "pointed out", "that Hawaii rarely gets hurricanes", False)],
    ),
    (
        "The report found that the strike killed 12 civilians.",
        [("The report", "found", "that the strike killed 12 civilians", False)],
    ),
    ("The ministry condemned the strike.", [("The ministry", "condemned", "the strike", False)]),
    (
        'The minister condemned what he called a "brazen breach" of the treaty.',
        [("The minister", "condemned", 'what he called a "brazen breach" of the treaty', False)],
    ),
    (
        'The envoy deplored what she called "a dark day."',
        [("she", "called", "a dark day", False)],
    ),
    (
        "The Kremlin dismissed the report as propaganda.",
        [("The Kremlin", "dismissed", "the report as propaganda", False)],
    ),
    (
        "The senator questioned whether the sanctions had worked.",
        [("The senator", "questioned", "whether the sanctions had worked", False)],
    ),
    ("The opposition welcomed the ceasefire.", [("The opposition", "welcomed", "the ceasefire", False)]),
    (
        "The governor outlined a plan to rebuild the bridge.",
        [("The governor", "outlined", "a plan to rebuild the bridge", False)],
    ),
    ("The minister was able to tout the poll.", [("The minister", "tout", "the poll", False)]),
    (
        "The ministry, in a statement, closed the embassy.",
        [("The ministry", "in a statement", "closed the embassy", False)],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), REPORTED + PARENTHETICAL + OTHER_CUES)
def test_extract_quotes_reads_reported_speech(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# Intentions, stances shown by acts and what evidence shows: attributions of a source
# the text names, never of an anonymous, relative or interrogative one.
INTENTIONS: list[tuple[str, list[Found]]] = [
    (
        "Erdogan wants the EU to arrest the coup plotters.",
        [("Erdogan", "wants", "the EU to arrest the coup plotters", False)],
    ),
    ("The minister wants to reopen the border.", [("The minister", "wants", "to reopen the border", False)]),
    ("Moscow plans a naval exercise in the Baltic.", [("Moscow", "plans", "a naval exercise in the Baltic", False)]),
    ("The government has decided to recall its ambassador.", [("The government", "decided", "to recall its ambassador", False)]),
    ("Kyiv is seeking membership of the alliance.", [("Kyiv", "seeking", "membership of the alliance", False)]),
    ("Seoul intends to expand the sanctions.", [("Seoul", "intends", "to expand the sanctions", False)]),
]

STANCES_BY_ACT: list[tuple[str, list[Found]]] = [
    ("Germany backed the French proposal.", [("Germany", "backed", "the French proposal", False)]),
    ("The opposition opposes the new constitution.", [("The opposition", "opposes", "the new constitution", False)]),
    ("Three senators support the bill.", [("Three senators", "support", "the bill", False)]),
]

EVIDENCE_SHOWN: list[tuple[str, list[Found]]] = [
    ("Polls show a close race in the north.", [("Polls", "show", "a close race in the north", False)]),
    ("The video shows soldiers firing on the crowd.", [("The video", "shows", "soldiers firing on the crowd", False)]),
    ("The minister noted the progress of the talks.", [("The minister", "noted", "the progress of the talks", False)]),
]

NO_NAMED_SOURCE: list[str] = [
    "Officials plan to reopen the crossing.",
    "Farmers who seek higher prices marched on the capital.",
    "Nobody knows what she wants.",
    "Diplomats support the plan.",
]
# "Amsterdam was accused of supporting criminal gangs": the accusation is a quote, the
# support no stance of Amsterdam (test_reported_constructions.PASSIVES).


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), INTENTIONS + STANCES_BY_ACT + EVIDENCE_SHOWN)
def test_extract_quotes_reads_intentions_stances_and_evidence_of_a_named_source(
    text: str, expected: list[Found]
) -> None:
    assert found(text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", NO_NAMED_SOURCE)
def test_intentions_and_stances_need_a_source_the_text_names(text: str) -> None:
    assert found(text) == []


def test_a_lemma_needs_a_speaker_only_when_every_family_listing_it_does() -> None:
    verbs = merge_cue_verbs([
        CueFamily(family="a", lemmas=("want", "hope"), content=("infinitive",), needs_speaker=True),
        CueFamily(family="b", lemmas=("hope",), content=("claim",)),
    ])
    assert [v.needs_speaker for v in verbs["want"]] == [True]
    assert [(v.content, v.needs_speaker) for v in verbs["hope"]] == [(("infinitive", "claim"), False)]


ONE_ATTRIBUTION_PER_WORD: list[tuple[str, list[Found]]] = [
    (
        "The minister said she thinks the border will stay closed.",
        [("The minister", "said", "she thinks the border will stay closed", False)],
    ),
    (
        "Police say the driver fled and refused to stop.",
        [("Police", "say", "the driver fled and refused to stop", False)],
    ),
    (
        "The envoy said the talks had stalled, but he insisted that a deal was close.",
        [
            ("The envoy", "said", "the talks had stalled", False),
            ("he", "insisted", "that a deal was close", False),
        ],
    ),
    (
        "The mayor said the roads were open, though she acknowledged that the bridge was shut.",
        [
            ("The mayor", "said", "the roads were open", False),
            ("she", "acknowledged", "that the bridge was shut", False),
        ],
    ),
]


CONTINUED_BY_QUOTES: list[tuple[str, list[Found]]] = [
    (
        'The senator said the agency was slow. "The other factor is the election."',
        [("The senator", "said", 'the agency was slow … "The other factor is the election."', False)],
    ),
    (
        'The senator said the agency was slow. The mayor disagreed. "The other factor is the election."',
        [("The senator", "said", "the agency was slow", False)],
    ),
    (
        'The senator said the agency was slow.\n\n"The other factor is the election."',
        [("The senator", "said", "the agency was slow", False)],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CONTINUED_BY_QUOTES)
def test_extract_quotes_continues_into_a_quoted_sentence_without_cue(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), ONE_ATTRIBUTION_PER_WORD)
def test_extract_quotes_gives_each_word_one_attribution(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


NOUN_CUES: list[tuple[str, list[Found]]] = [
    (
        "Russia's claim that Ukraine shelled the plant was false.",
        [("Russia's", "claim", "that Ukraine shelled the plant", False)],
    ),
    (
        "The allegation by Kyiv that Moscow shelled the plant was denied.",
        [("Kyiv", "allegation", "that Moscow shelled the plant", False)],
    ),
    # a claim no one is named for is no quote (on PolNeAR dev such nouns were mostly misread sources)
    ("The claim that the vote was rigged spread fast.", []),
    ("The report that he wrote was long.", []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), NOUN_CUES)
def test_extract_quotes_reads_that_clauses_of_cue_nouns(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


ACCORDING_TO: list[tuple[str, list[Found]]] = [
    (
        "The explosion happened around 8:30 p.m., according to police commissioner James O’Neill.",
        [("police commissioner James O’Neill", "according to", "The explosion happened around 8:30 p.m.", False)],
    ),
    (
        "According to the Kremlin, the talks will resume in May.",
        [("the Kremlin", "According to", "the talks will resume in May", False)],
    ),
    (
        "“The talks are over,” according to a Kremlin spokesman.",
        [("a Kremlin spokesman", "according to", "“The talks are over,”", True)],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO)
def test_extract_quotes_reads_according_to(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# --- media -----------------------------------------------------------------------------

MEDIA: list[tuple[str, str | None]] = [
    (
        "Matsegora told the pro-Kremlin daily Izvestia that Pyongyang would send workers.",
        "the pro-Kremlin daily Izvestia",
    ),
    (
        "In an interview with Russian state television, Lavrov said the West had declared war.",
        "Russian state television",
    ),
    ("Lavrov said on Russia’s state television that the talks were over.", "Russia’s state television"),
    ("Peskov told Reuters that the Kremlin had no plans.", "Reuters"),
    ("Russia will respond, Interfax quoted Lavrov as saying.", "Interfax"),
    ("Lavrov told reporters the talks were over.", None),
    ("Lavrov told Cavusoglu that the talks were over.", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "medium"), MEDIA)
def test_extract_quotes_names_the_medium(text: str, medium: str | None) -> None:
    [quote] = quotes_in(text)
    assert quote.medium == medium


@pytest.mark.model
def test_extract_quotes_speaker_of_quoted_as_saying_is_the_quoted_person() -> None:
    [quote] = quotes_in("Russia will respond, Interfax quoted Lavrov as saying.")
    assert (quote.speaker.text, quote.cue, quote.content) == ("Lavrov", "quoted", "Russia will respond")


# --- lines that name their speaker -----------------------------------------------------

LABELS: list[tuple[str, list[Found]]] = [
    ("Putin: West has declared war on Russia", [("Putin", ":", "West has declared war on Russia", False)]),
    ("LAVROV: We will respond.", [("LAVROV", ":", "We will respond.", False)]),
    ("Maria Lopez ― “I am afraid.”", [("Maria Lopez", "―", "“I am afraid.”", True)]),
    ("“I am afraid for my children.” ― Maria Lopez", [("Maria Lopez", "―", "“I am afraid for my children.”", True)]),
    ("“I am afraid for my children.”― Maria Lopez.", [("Maria Lopez", "―", "“I am afraid for my children.”", True)]),
    ("UPDATE: The story changed.", []),
    ("Another challenge: most states have passed the deadline.", []),
    ("Little Relief for Refugees: the camps are full.", []),
    ("WASHINGTON — The talks ended on Monday.", []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_extract_quotes_reads_speaker_labels(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# --- not quotes ------------------------------------------------------------------------

NOT_QUOTES: list[str] = [
    "North Korea recognized the independence of the \"people's republics\" on Wednesday.",
    "North Korea recognized the “people’s republics,” the first state to do so since Syria.",
    "The so-called referendum was held on Sunday.",
    "The aforesaid treaty was signed in 1961.",
    "The said agreement expired in 2019.",
    "Russian troops shelled the city overnight.",
    'He read "War and Peace" twice.',
    "She knows how the system works.",
    "Putin called Macron on Monday.",
    "Russia recalled its ambassador.",
    "Government troops attacked the town at dawn.",
    "The general said before he retired.",
    "“We will win.”",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_QUOTES)
def test_extract_quotes_finds_none_without_attribution(text: str) -> None:
    assert found(text) == []


# --- the stage -------------------------------------------------------------------------


def test_make_quotes_stage_declares_its_contract() -> None:
    stage = make_quotes_stage()
    assert (stage.name, stage.reads, stage.writes) == ("quotes.rules.v1", ("article", "mentions", "times"), ("quotes",))


def found_nothing(*fields: str) -> Stage:
    """A stage that writes `fields` empty: what the quotes stage reads, found by no one."""
    return Stage("test.found-nothing", ("article",), fields, lambda annotated, doc: annotated)


@pytest.mark.model
def test_make_quotes_stage_sets_quotes_on_the_article() -> None:
    text = "North Korea recognized the republics.\n\n“We will respond,” Kuleba said."
    annotated = annotate_text(text, stages=(found_nothing("mentions", "times"), make_quotes_stage()))
    assert isinstance(annotated, AnnotatedArticle)
    [quote] = annotated.quotes
    assert (quote.speaker.text, quote.content, quote.date) == ("Kuleba", "“We will respond,”", None)
    assert text[quote.content_start : quote.content_end] == quote.content


@pytest.mark.model
def test_make_quotes_stage_reuses_mentions_of_an_earlier_stage() -> None:
    text = "Sergei Lavrov said the talks had failed."

    def add_mentions(annotated: AnnotatedArticle, doc: object) -> AnnotatedArticle:
        return dataclasses.replace(annotated, mentions=(mention(text, "Sergei Lavrov", LAVROV, "PERSON"),))

    actors = Stage("test.mentions", ("article",), ("mentions",), add_mentions)
    [quote] = annotate_text(text, stages=(actors, found_nothing("times"), make_quotes_stage())).quotes
    assert quote.speaker.actor == LAVROV


# --- parts that need no parser ---------------------------------------------------------

QUOTED_SPANS: list[tuple[str, list[str]]] = [
    ("“We will respond,” Lavrov said, “firmly.”", ["“We will respond,”", "“firmly.”"]),
    ("He said: \"We will not. I said 'no' to them.\" And more", ["\"We will not. I said 'no' to them.\""]),
    ("the “people’s republics” and Clinton’s states’ rights", ["“people’s republics”"]),
    ("“First paragraph.\n\n“Second one,” he said.", ["“First paragraph.\n\n“Second one,”"]),
    ("“Open only\n\nNext paragraph.", ["“Open only"]),
    ("there was “no evidence\" yet", ["“no evidence\""]),
    ("an 'intentional act.'", ["'intentional act.'"]),
    ("It’s Clinton’s and the states’ view.", []),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_SPANS)
def test_find_quoted_spans_pairs_marks(text: str, expected: list[str]) -> None:
    assert [text[span.start : span.end] for span in find_quoted_spans(text)] == expected


def test_find_quoted_spans_marks_a_quote_left_open() -> None:
    [span] = find_quoted_spans("“Open only\n\nNext paragraph.")
    assert not span.closed


def test_load_lexicon_reads_the_shipped_data() -> None:
    lexicon = load_lexicon()
    assert "according" in lexicon.phrase_index
    assert {entry.particle for entry in lexicon.cue_verbs("call")} >= {"for", None}
    assert "official" in lexicon.anonymous_nouns
    assert lexicon.pronouns["he"] == frozenset({"PERSON"})


def test_merge_cue_verbs_joins_the_content_kinds_of_every_family() -> None:
    merged = merge_cue_verbs(
        [CueFamily(family="a", lemmas=("tell",), content=("quote", "clause")),
         CueFamily(family="b", lemmas=("tell", "call for"), content=("object_infinitive",))]
    )
    assert merged["tell"][0].content == ("quote", "clause", "object_infinitive")
    assert (merged["call"][0].particle, merged["call"][0].content) == ("for", ("object_infinitive",))


def test_quotes_file_rejects_unknown_content_kinds_at_their_line() -> None:
    text = '[[cues]]\nfamily = "x"\nlemmas = ["say"]\ncontent = ["telepathy"]\n'
    with pytest.raises(ConfigError, match="q.toml:4: cues.content: Input should be 'quote'"):
        parse_toml(text, QuotesFile, source="q.toml")


def test_quotes_file_names_a_missing_table() -> None:
    with pytest.raises(ConfigError, match="q.toml:1: nouns: missing key"):
        parse_toml("cues = []\nphrases = []\n", QuotesFile, source="q.toml")


def test_quotes_stage_dates_a_statement_by_its_cue_or_the_publication_date():
    import datetime as dt

    from dyadwatch.pipeline import annotate_text

    text = 'Lavrov said on Tuesday that Moscow would respond. "We will act," he told reporters.'
    quotes = annotate_text(text, published=dt.date(2023, 10, 20)).quotes
    assert [(q.cue, q.date) for q in quotes] == [("said", dt.date(2023, 10, 17)), ("told", dt.date(2023, 10, 20))]
