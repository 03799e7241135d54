"""Words of what in and around a story's body is not the story: lines of picture credits, datelines,
bylines, press-release boilerplate and contact details, and the class names of reader-comment threads and
caption boxes (newsbot.extraction.body and .junk build their patterns from these).

Languages covered: en, de, fr, es, pt, it, nl, id (Indonesian), ms (Malay), tl (Tagalog), as each list
says. Words are lower case unless a list says otherwise; the patterns match most of them without regard
to case. A language is added by adding its words here.
"""

from __future__ import annotations

import re


def alternation_in_order(words: tuple[str, ...]) -> str:
    """A regex alternation of the words in the order given (spaces kept as they are, the rest escaped)."""
    return "|".join(re.escape(word).replace("\\ ", " ") for word in words)


def first_letter_either_case(words: tuple[str, ...]) -> str:
    """A regex alternation of lower-case words whose first letter may also be a capital ("[Pp]enulis")."""
    return "|".join(f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}" for word in words)


#: Labels a picture or source credit opens with, before a colon: "Foto: X", "Bild: dpa", "Sumber foto: X".
#: en, de, es, fr, pt, id.
CREDIT_LABELS: tuple[str, ...] = (
    "photo",
    "photos",
    "foto",
    "fotos",
    "image",
    "images",
    "bild",
    "bilder",
    "picture",
    "credit",
    "credits",
    "quelle",
    "source",
    "fuente",
    "crédito",
    "crédit",
    "crédits",
    "imagem",
    "gambar",
    "sumber foto",
    "video",
    "grafik",
    "illustration",
    "archivbild",
    "symbolbild",
)

#: Labels of a line that only says when the story was published or updated, a date after them:
#: "Stand: 22.04.2024", "Aktualisiert am ...", "Mis à jour le ...". de, en, id, es, fr, pt.
DATELINE_LABELS: tuple[str, ...] = (
    "stand",
    "aktualisiert",
    "updated",
    "published",
    "veröffentlicht",
    "diperbarui",
    "actualizado",
    "publié",
    "mis à jour",
    "atualizado",
    "publicado",
)
#: The word between such a label and its date: "am" (de), "on" (en), "le" (fr), "el" (es).
DATELINE_LABEL_LINKS: tuple[str, ...] = ("am", "on", "le", "el")
#: The same labels in Malay, Indonesian and Tagalog, matched only with a digit in what follows
#: ("Diterbitkan: 25 Nov 2024", "Dikemas kini: ...", "Inilathala: Hulyo 24, 2024"): "Diterbitkan oleh X"
#: is a sentence.
DATELINE_LABELS_BEFORE_DIGIT: tuple[str, ...] = (
    "diterbitkan",
    "dikemas kini",
    "dikemaskini",
    "dipublikasikan",
    "inilathala",
    "na-update",
    "nai-publish",
    # ms: "Disiarkan pada: Disember 8, 2025 @ 2:05pm", the stamp a Malay tabloid prints under its story
    "disiarkan",
)
#: The word between those labels and their date: "pada" (id, ms), "noong" (tl).
DATELINE_LABEL_LINKS_BEFORE_DIGIT: tuple[str, ...] = ("pada", "noong")
#: The label of old news templates, always with a colon: "Posted: Monday, March 3, 2008 4:52 PM EST". en.
DATELINE_COLON_LABELS: tuple[str, ...] = ("posted",)
#: Words after a numeric date's time: "06:00 Uhr", "2:03 min". de, fr, en.
DATELINE_TIME_SUFFIXES: tuple[str, ...] = ("uhr", "h", "min", "min.")

#: Words that introduce the writer's name on a line of its own ("von Nina Magoley", "By Jane Doe"), in
#: lower case or capitalised; capitalised not those that also begin names or are words of their own
#: (`newsbot.lexicon.bylines.AMBIGUOUS_BY_PREFIXES`: "De Niro", "Door Prizes"): de, en, id, es, fr, nl,
#: nordic, it, pt. Narrower than `newsbot.lexicon.bylines.BY_PREFIXES` on purpose: a whole body line is
#: dropped on a match.
BYLINE_NAME_PREFIXES: tuple[str, ...] = ("von", "by", "oleh", "por", "par", "de", "door", "av", "af", "di", "da")
#: Labels before a colon and the writer's name ("Penulis : Rina Marlina", "Texto: Ana Silva"), matched
#: with their first letter in either case: id, en, de, es, fr, pt.
BYLINE_NAME_LABELS: tuple[str, ...] = (
    "penulis",
    "reporter",
    "wartawan",
    "laporan",
    "oleh",
    "by",
    "von",
    "autor",
    "auteur",
    "por",
    "text",
    "texto",
)
#: Words joining the names of several writers: en, de, es, fr, pt, id, nordic, nl ("," too, in the pattern).
BYLINE_NAME_CONJUNCTIONS: tuple[str, ...] = ("and", "und", "y", "et", "e", "dan", "og", "en")

#: Headings of a press release's "about the company" block, before the organisation's name: "About X",
#: "Über X", "À propos de X", "Acerca de X", "Sobre X", "Tentang X", "Informazioni su X", "Over X".
#: en, de, fr, es, pt, id, it, nl.
RELEASE_ABOUT_HEADINGS: tuple[str, ...] = (
    "about",
    "über",
    "à propos de",
    "a propos de",
    "acerca de",
    "sobre",
    "sobre a",
    "sobre o",
    "tentang",
    "informazioni su",
    "over",
)
#: Words of a press release's header lines above its headline ("FDA NEWS RELEASE", "For Immediate Release:
#: <date>", "Media Inquiries: ..."): body truths keep that header as text of the release, so the lines above
#: the headline's copy stay where one holds them (blind12, body._strip_headline). Lower case. en, de, fr, es.
RELEASE_HEADER_WORDS: tuple[str, ...] = (
    "release",
    "inquiries",
    "pressemitteilung",
    "pressemeldung",
    "communiqué",
    "comunicado",
)
#: Words before "contact(s)" in a release's media-contact heading: "Media contact", "Press contacts". en.
RELEASE_CONTACT_KINDS: tuple[str, ...] = ("media", "press", "news")
#: A contact label before a colon: "Contact:", "Kontakt:", "Contacto:", "Kontak:". en, de, es, id.
CONTACT_LABELS: tuple[str, ...] = ("contact", "kontakt", "contacto", "kontak")
#: Words opening a line that gives a reporter's e-mail address: "Contact Jane Doe at jdoe@paper.com",
#: "Hubungi X di x@paper.id". en, id.
CONTACT_LINE_WORDS: tuple[str, ...] = ("contact", "reach", "email", "kontak", "hubungi")
#: The word before the address on such a line: "at" (en), "di" (id).
CONTACT_LINE_AT: tuple[str, ...] = ("at", "di")
#: The word joining an outlet and a news agency in a credit tail: "Le Monde avec AFP", "(with Reuters)",
#: "Redaktion mit dpa". fr, en, de, es, pt.
AGENCY_WITH_WORDS: tuple[str, ...] = ("avec", "with", "mit", "con", "com")

#: Class or id words of a reader-comment thread in other languages than English ("comments" and its
#: variants are in the pattern): es, pt, fr, de, id. Matched as whole tokens of the class value.
COMMENT_CLASS_WORDS: tuple[str, ...] = ("comentarios", "comentários", "commentaires", "kommentare", "komentar")

#: Class or id words of a picture's caption box in other languages than English ("caption", "credit" and
#: "legend" are in the pattern): de.
CAPTION_CLASS_WORDS: tuple[str, ...] = ("bildunterschrift", "bildtext")

#: Photo agencies and picture libraries a picture credit line ends with after a slash ("Jane Roe / AFP",
#: "Foto: X/dpa", "Jane Roe / AP Photo"). Names, no language.
PICTURE_AGENCIES_AFTER_SLASH: tuple[str, ...] = (
    "afp",
    "dpa",
    "reuters",
    "ap photo",
    "imago",
    "imago images",
    "picture alliance",
    "shutterstock",
    "epa",
    "keystone",
    "anp",
)
#: Whole endings of a picture credit line without a slash: "Photo by Jane Roe via Getty Images". en.
PICTURE_CREDIT_TAILS: tuple[str, ...] = ("via getty images", "/getty images", "getty images")

#: News agencies in the credit tail "<outlet> with <agency>" ("Le Monde avec AFP", "mit Material von dpa",
#: "(with Reuters)"): names, no language; "sid" is the German sports agency.
AGENCY_WITH_AGENCIES: tuple[str, ...] = (
    "afp",
    "reuters",
    "ap",
    "dpa",
    "efe",
    "ansa",
    "antara",
    "bernama",
    "kna",
    "epd",
    "sid",
    "lusa",
)
#: Agencies after a reporter's initials on a credit line of its own ("aja/PAP", "(mdk/ant)"): names, no
#: language ("ant" is Antara's code in Indonesian stories).
AGENCY_CREDIT_AFTER_INITIALS: tuple[str, ...] = (
    "pap",
    "dpa",
    "afp",
    "ap",
    "kna",
    "epd",
    "apa",
    "sda",
    "reuters",
    "ant",
    "antara",
    "efe",
    "ansa",
    "lusa",
    "bernama",
)
#: Agencies before the desk's initials ("dpa/lnw", "(AFP/jr)"). Narrower than AGENCY_CREDIT_AFTER_INITIALS
#: as the pattern was written (no ap, reuters, ant, antara, bernama): kept so, a wider list changes records.
AGENCY_CREDIT_BEFORE_INITIALS: tuple[str, ...] = (
    "pap",
    "dpa",
    "afp",
    "kna",
    "epd",
    "apa",
    "sda",
    "efe",
    "ansa",
    "lusa",
)
