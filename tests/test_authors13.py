"""Session 13 (authors13): a candidate becomes an author only when it reads as a person's name.

Each case failed before the change: a tagline in capitals read as two names, a headline or menu phrase
read as a name, the labels of an author box ("Website", "Other Articles") kept as names, a category line
("filed under X") and a translator's credit taken as writers, a title inside the credit kept in the name.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsbot.extraction.authors import clean_authors, organization_byline, phrase_like
from newsbot.extraction.bylines import full_name_from_bio, opening_signature
from newsbot.lexicon import bylines as lex


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a site's tagline in capitals, in an element with a byline class: a phrase, not two names
        ("CHAMPIONING CREATIVITY ACROSS THE ART AND DESIGN WORLD", []),
        ("INSPIRATION FOR MAKERS ACROSS THE QUILTING AND TEXTILE WORLD", []),
        # a tagline in title case split at its "and": neither part is a name
        ("Building Wealth through Saving and Investing", []),
        # an organisation's name credited as a person: no single word of it is a writer
        ("Center for Drug Evaluation and Research, Office of Regulatory Affairs", []),
        ("Eidgenössisches Departement für Wirtschaft, Bildung und Forschung WBF", []),
        # a headline phrase after an "About" line; a preposition or an imperative opens no name
        ("About To Die", []),
        ("From The Forum", []),
        ("Via CNS.", []),
        ("Get Instant Leads", []),
        # menu and widget lines: a lower-case word that is no name particle after a capitalised one
        ("View blog authority", []),
        ("Geeks are Sexy", []),
        ("SportsDayDFW sports", []),
        # the labels of an author box, after the name
        ("David Masters |, Website |, Other Articles", ["David Masters"]),
        ("Rina Marlina | Situs Web | Artikel Lainnya", ["Rina Marlina"]),
        ("Lucía Herrera Gómez | Otros artículos", ["Lucía Herrera Gómez"]),
        ("No Primary Author", []),
        ("[NR] admin", []),
        # a category line on the byline line
        ("Article by Steph, filed under Cities & Urbanism in the Architecture category.", ["Steph"]),
        ("Article by Nora Whitfield, filed under Quilting & Stitching", ["Nora Whitfield"]),
        # translator credits without a colon, after the writer
        ("Autor: Mark Newton | Übersetzung Sarah Jung", ["Mark Newton"]),
        ("Übersetzung Sarah-Indra Jungblut , 12.12.22", []),
        ("Por Lucía Herrera Gómez | Traducción de Ana Ruiz", ["Lucía Herrera Gómez"]),
        ("Par Claire Dubois | Traduit par Marc Lefèvre", ["Claire Dubois"]),
        ("Por Ana Souza | Traduzido por João Lima", ["Ana Souza"]),
        ("Jane Doe | Translated by John Roe", ["Jane Doe"]),
        # the outlet and the writer's title before the name; a feed link after it
        ("CNN Political Reporter Shannon Travis", ["Shannon Travis"]),
        ("By Jonathon Ramsey RSS feed", ["Jonathon Ramsey"]),
        # a wire byline in capitals whose agency's spans were glued to the name, article and all
        ("By SUMMER BALLARD The Associated Press", ["SUMMER BALLARD", "The Associated Press"]),
        ("By SUMMER BALLARD THE ASSOCIATED PRESS", ["SUMMER BALLARD", "THE ASSOCIATED PRESS"]),
    ],
)
def test_only_person_names_become_authors(raw: str, expected: list[str]) -> None:
    assert clean_authors([raw]) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # names printed in capitals keep them (the devset's truths follow the page), particles and all
        ("By SUMMER BALLARD Associated Press", ["SUMMER BALLARD", "Associated Press"]),
        ("ROD NORDLAND and MAYY EL SHEIKH", ["ROD NORDLAND", "MAYY EL SHEIKH"]),
        ("JOHN F. BURNS", ["JOHN F. BURNS"]),
        ("MARÍA DE LOS ÁNGELES TORRES", ["MARÍA DE LOS ÁNGELES TORRES"]),
        # an outlet's credit in capitals opens with its article
        ("THE ASSOCIATED PRESS", ["THE ASSOCIATED PRESS"]),
        # name particles and a desk's lower-case credit are no phrase
        ("Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("Raimo van der KLein", ["Raimo van der KLein"]),
        ("Ahmad ibn Hanbal", ["Ahmad ibn Hanbal"]),
        ("the CNN Wire Staff", ["the CNN Wire Staff"]),
        ("Guardian staff reporter", ["Guardian staff reporter"]),
        # given names and surnames that are also words of other languages
        ("An Nguyen", ["An Nguyen"]),
        ("Yang Wei", ["Yang Wei"]),
        ("Des O'Connor", ["Des O'Connor"]),
        ("Jane Doe, Author", ["Jane Doe"]),
        # a name with its title and outlet after it: no title inside a credit
        ("By Alan Boyle Science editor NBC News", ["Alan Boyle"]),
        # a writer, then a description of the writer after a comma: the description goes alone
        ("Jonas Petraitis, profesorius of the faculty of law studies", ["Jonas Petraitis"]),
    ],
)
def test_names_still_pass(raw: str, expected: list[str]) -> None:
    assert clean_authors([raw]) == expected


def test_a_phrase_word_is_no_name_particle() -> None:
    """A word read as a phrase's is never one that stands inside names ("de", "van", "al")."""
    inside = set(lex.NAME_PARTICLES) | set(lex.LOWER_CASE_NAME_WORDS) | lex.MORE_NAME_PARTICLES
    assert not (lex.PHRASE_WORDS - lex.PHRASE_WORDS_NOT_FIRST) & inside


@pytest.mark.parametrize("word", sorted(lex.NOT_NAME_WORDS))
def test_every_label_word_rejects_a_candidate(word: str) -> None:
    assert clean_authors([f"Jane Doe | Other {word.capitalize()}"]) == ["Jane Doe"]


@pytest.mark.parametrize("label", lex.TRANSLATOR_BY_LABELS)
def test_every_translator_label_drops_its_name(label: str) -> None:
    assert clean_authors([f"Jane Doe | {label.capitalize()} John Roe"]) == ["Jane Doe"]


@pytest.mark.parametrize("label", lex.CATEGORY_LABELS)
def test_every_category_label_ends_the_byline(label: str) -> None:
    assert clean_authors([f"Jane Doe, {label} Politics & Culture"]) == ["Jane Doe"]


@pytest.mark.parametrize("word", sorted(lex.PHRASE_WORDS - lex.PHRASE_WORDS_NOT_FIRST))
def test_every_phrase_word_makes_a_phrase(word: str) -> None:
    assert phrase_like(f"{word.capitalize()} Jane Doe")
    assert phrase_like(f"JANE {word.upper()} DOE")


def test_a_bold_lead_in_ending_in_a_colon_signs_no_story() -> None:
    """Pattern "opening signature": a bold line ending in a colon is a heading leading into a list."""
    story = " ".join(["Die Regierung hat am Mittwoch neue Regeln für die Förderung beschlossen."] * 2)
    page = "<html><body><h1>Neue Regeln</h1><p>{}</p><p><strong>{}</strong></p><p>{}</p></body></html>"
    heading = lxml_html.fromstring(page.format(story, "Im Einzelnen:", story))
    assert opening_signature(heading, None) == []
    signed = lxml_html.fromstring(page.format(story, "Jana Berger", story))
    assert opening_signature(signed, None) == ["Jana Berger"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the last resort credits an organisation, never a label, a menu line or a name with its handle
        ("View blog authority", []),
        ("[NR] admin", []),
        ("From The Forum", []),
        ("Matthias herrpfleger", []),
        # organisations keep their prepositions and conjunctions
        ("Bundesministerium für Wirtschaft und Klimaschutz", ["Bundesministerium für Wirtschaft und Klimaschutz"]),
        ("Center for Drug Evaluation and Research", ["Center for Drug Evaluation and Research"]),
        ("THE ASSOCIATED PRESS", ["THE ASSOCIATED PRESS"]),
        ("Redaktion hessenschau.de", ["Redaktion hessenschau.de"]),
    ],
)
def test_the_organisation_credit_is_checked_too(raw: str, expected: list[str]) -> None:
    assert organization_byline([raw]) == expected


_AUTHOR_BOX = (
    "<html><body><h1>Ein Titel</h1><p>Text.</p><div class='author-box'><div class='author-name'>{name}</div>"
    "<p class='author-bio biography'>{bio}</p></div>"
    "<div class='comments'><p class='comment-bio'>Nils Fremder schreibt gern Kommentare.</p></div></body></html>"
)


def test_a_name_glued_to_the_bio_is_no_full_name() -> None:
    """The name in an element of its own before the bio's sentence ("Floyd" + "Das Internet behauptet")."""
    page = (
        "<html><body><h1>Ein Titel</h1><div class='author-bio'><p class='bio-name'>Floyd</p>"
        "<p class='bio-desc'>Das Internet behauptet, dass Informationen zum Autor wichtig sind.</p></div></body></html>"
    )
    assert full_name_from_bio(["Floyd"], lxml_html.fromstring(page)) == ["Floyd"]


@pytest.mark.parametrize(
    ("names", "bio", "expected"),
    [
        # a first name in the byline, the full name opening the author box's biography
        (["Nils"], "Nils Pickert ist freier Autor und Journalist.", ["Nils Pickert"]),
        (["Stefanus"], "Stefanus Stahl - Maschinenbauer, Abenteurer und Projektleiter.", ["Stefanus Stahl"]),
        (["Anna"], "Anna van der Berg, Redakteurin seit 2019.", ["Anna van der Berg"]),
        # the bio names someone else, or no full name; a handle or a full name is left alone
        (["Nils"], "Unser Autor schreibt über Familie.", ["Nils"]),
        (["Nils"], "Nils ist freier Autor.", ["Nils"]),
        (["mady"], "mady Müller bloggt hier.", ["mady"]),
        (["Jane Doe"], "Jane Doe Smith writes about food.", ["Jane Doe"]),
        (["Nils", "Jana"], "Nils Pickert ist freier Autor.", ["Nils", "Jana"]),
    ],
)
def test_a_first_name_is_completed_from_the_bio(names: list[str], bio: str, expected: list[str]) -> None:
    tree = lxml_html.fromstring(_AUTHOR_BOX.format(name=names[0], bio=bio))
    assert full_name_from_bio(names, tree) == expected
