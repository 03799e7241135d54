"""The multilingual junk table: lines and blocks that are page chrome, not article text.

Three kinds of entry, all matched case-insensitively on a whole paragraph after whitespace folding:
- LABELS: the paragraph is exactly the label (optionally followed by ':'), e.g. "Advertisement".
- PREFIXES: the paragraph starts with it and is short, e.g. "Baca juga: <headline>".
- CONTAINS: a fragment that only chrome carries, e.g. "uses cookies".
- RELATED_HEADINGS: a heading after which the short lines (related headlines) are dropped too.
Outlets extend the table with `[extraction] junk_phrases` in their outlet file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

LABELS = [
    # ads
    "advertisement", "advertisements", "advertising", "ads", "ad", "sponsored", "sponsored content",
    "iklan", "anzeige", "werbung", "publicidad", "publicité", "publicidade", "pubblicità", "reklame",
    "scroll to continue with content", "scroll to continue reading", "continue reading below",
    "article continues below", "story continues below", "artikel lanjutan di bawah ini",
    "lanjutkan membaca", "gulir untuk melanjutkan", "weiter nach der anzeige", "weiterlesen nach der anzeige",
    "continúa después de la publicidad", "la suite après cette publicité", "continua após a publicidade",
    # related
    "berita terkait", "artikel terkait", "baca juga", "baca lainnya", "related", "related news",
    "related articles", "related stories", "related posts", "read more", "read also", "see also", "more on this",
    "more from", "recommended", "recommended for you", "you may also like", "you might also like",
    "lesen sie auch", "mehr zum thema", "das könnte sie auch interessieren", "auch interessant",
    "te puede interesar", "lee también", "noticias relacionadas", "también te puede interesar",
    "lire aussi", "à lire aussi", "a lire aussi", "sur le même sujet", "leia também", "veja também",
    "leia mais", "saiba mais", "notícias relacionadas", "terpopuler", "most read", "most popular",
    "trending", "meistgelesen", "lo más leído", "lo mas leido", "les plus lus", "mais lidas",
    "populer", "berita populer", "topik terkait", "tags", "tag", "topics", "themen", "temas",
    "les også", "les mer", "läs också", "läs mer", "læs også", "læs mere", "lees ook", "leggi anche",
    "externer inhalt", "externer inhalt nicht verfügbar", "empfohlener externer inhalt",
    "weitere artikel zum thema", "kommentierte artikel", "weitere themen", "mehr themen", "empfohlene beiträge",
    "schon gelesen?", "vorschau auf den nächsten artikel", "beiträge aus dem forum", "weitere beiträge aus der kolumne",
    "das thema könnte dich auch interessieren", "das könnte dich auch interessieren", "notas relacionadas",
    "pour lire la suite", "pour accéder en illimité", "bild anzeigen", "more stories",
    # comments
    "disqus comments", "comments", "comment", "leave a comment", "leave a reply", "post a comment",
    "komentar", "tulis komentar", "kommentare", "kommentar", "comentarios", "comentários", "commentaires",
    "show comments", "view comments", "load comments",
    # the tool line under an old-style story ("Email this story | Print this story")
    "email this story", "e-mail this story", "email this article", "e-mail this article", "email to a friend",
    "send to a friend", "print this story", "print this article", "print this page", "printer-friendly version",
    "printer friendly version", "kirim ke teman", "kirim berita", "cetak berita", "cetak artikel", "cetak halaman",
    "versi cetak", "artikel drucken", "artikel versenden", "seite drucken", "imprimir", "imprimir noticia",
    "enviar por email", "enviar por correo", "enviar a un amigo", "imprimer", "imprimer l'article",
    "envoyer à un ami", "envoyer par e-mail", "imprimir notícia", "enviar por e-mail",
    # share / newsletter
    "share", "share this", "share this article", "share on facebook", "share on twitter", "bagikan",
    "bagikan artikel", "teilen", "artikel teilen", "compartir", "compartilhe", "partager", "tweet",
    "whatsapp", "facebook", "twitter", "linkedin", "email", "print", "copy link", "salin tautan",
    "newsletter", "subscribe", "berlangganan", "abonnieren", "suscríbete", "abonnez-vous", "assine",
    "follow us", "ikuti kami", "folgen sie uns", "síguenos", "suivez-nous", "siga-nos",
    "more info", "accept", "accept all", "ok", "got it", "einverstanden", "aceptar", "accepter", "aceitar",
]

PREFIXES = [
    "baca juga", "baca selengkapnya", "simak juga", "lihat juga", "tonton juga", "saksikan juga",
    "read more", "read also", "also read", "see also", "related:", "more:", "watch:", "read next",
    "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "siehe auch",
    "te puede interesar", "lee también", "lea también", "ver también", "también puedes leer",
    "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire également",
    "leia também", "leia mais", "veja também", "saiba mais",
    "les også", "läs också", "læs også", "lees ook", "leggi anche",
    "advertisement", "anzeige", "publicidad", "iklan",
    "follow us on", "sign up for", "sign up to", "got a story?", "for more stories like this", "more :",
    "ikuti kami di", "ikuti berita", "dapatkan update berita", "download aplikasi",
    "subscribe to our newsletter", "sign up for our newsletter", "sign up to our newsletter",
    "berlangganan newsletter", "abonnieren sie unseren newsletter", "melden sie sich für unseren newsletter",
    "suscríbete a nuestro boletín", "suscríbete a nuestra newsletter", "abonnez-vous à notre newsletter",
    "inscrivez-vous à notre newsletter", "assine nossa newsletter", "inscreva-se na nossa newsletter",
    "please enable javascript to view the comments", "share this article", "bagikan artikel ini",
    "about the author", "über den autor", "sobre el autor", "sobre o autor", "à propos de l'auteur",
    "tentang penulis", "copyright ©", "© copyright", "all rights reserved", "hak cipta dilindungi",
    # "see also" in the forms Latin American and Polish sites print before a related headline
    "vea también", "lea más:", "lea:", "mire:", "mira:", "le puede interesar", "puedes ver:", "auch lesen:",
    "lesen sie hier:", "czytaj też", "czytaj także", "czytaj więcej", "zobacz też", "zobacz także",
    # picture credits
    "titelbild:", "crédits photos", "crédit photo", "image illustrative", "copyright:", "©",
]

CONTAINS = [
    "uses cookies", "use cookies", "we use cookies", "this site uses cookies", "using cookies",
    "menggunakan cookie", "verwendet cookies", "verwenden cookies", "nutzt cookies", "utiliza cookies",
    "usamos cookies", "utilizamos cookies", "utilise des cookies", "utilisons des cookies", "usa cookies",
    "utiliza cookies", "cookie policy", "cookie settings", "kebijakan cookie", "cookie-einstellungen",
    "política de cookies", "politique de cookies", "política de privacidade",
    "powered by disqus", "comments powered by", "enable javascript to view",
    "subscribe to continue reading", "subscribe to read", "sign in to continue reading",
    "all rights reserved", "hak cipta dilindungi undang-undang",
    # consent placeholders left where an embed (video, tweet, poll) would load after consent
    "externer inhalt nicht verfügbar", "externe inhalte aktivieren", "um externe inhalte anzuzeigen",
    "inhalte von drittanbietern", "zustimmung zu externen inhalten", "enable cookies to view",
    "to view this content", "this content is not available", "contenu externe",
    "privatsphäre-einstellungen", "datenschutz-einstellungen", "datenschutzeinstellungen", "your privacy settings",
    "your consent settings", "cookie consent",
    # subscription, app and social prompts, reprint notices, login prompts
    "for the full story", "to view the full story", "already a subscriber", "apps for ios and android",
    "app for ios and android", "copyrighted property of", "written permission must be obtained",
    "we want to hear what you think", "never miss the latest news", "on twitter and facebook",
    "on twitter and instagram", "on facebook and twitter", "on facebook and instagram", "canal de telegram",
    "canal de youtube", "du musst eingeloggt sein", "sie sind aktuell nicht eingeloggt",
    "klicken sie auf den unteren button", "ten tekst przeczytasz", "alle angaben ohne gewähr",
    "handelt es sich um affiliate",
]

RELATED_HEADINGS = [
    "berita terkait", "artikel terkait", "baca juga", "related", "related news", "related articles",
    "related stories", "read more", "more stories", "lesen sie auch", "mehr zum thema",
    "te puede interesar", "noticias relacionadas", "lee también", "lire aussi", "à lire aussi",
    "sur le même sujet", "leia também", "veja também", "notícias relacionadas", "terpopuler",
    "most read", "most popular", "meistgelesen", "lo más leído", "les plus lus", "mais lidas",
    "you may also like", "recommended", "berita populer", "populer",
    "les også", "läs också", "læs også", "lees ook", "leggi anche",
]

# Headings over a reader-comment thread; a count may follow ("Komentar (3)") or lead ("12 Comments").
COMMENT_HEADINGS = [
    "comments", "comment", "reader comments", "readers' comments", "readers comments", "your comments",
    "user comments", "post a comment", "leave a comment", "add a comment", "add your comment", "have your say",
    "komentar", "komentar pembaca", "komentar anda", "tulis komentar", "kirim komentar", "beri komentar",
    "kommentare", "leserkommentare", "kommentar", "kommentar schreiben", "ihre meinung", "comentarios",
    "comentarios de los lectores", "deja un comentario", "comentários", "deixe um comentário", "commentaires",
    "réactions", "vos réactions", "laisser un commentaire", "reacties", "kommentarer",
]

# _FOLD and _TRIM define _fold() and _trim(), which compute the same without them (tests compare).
_FOLD = re.compile(r"\s+")
_COUNT = re.compile(r"^\(?\d+\)?\s+|\s*\(\d+\)$|\s+\d+$")
# The separators of a tool or share line ("Email this story | Print this story", "Bagikan: Facebook | Twitter").
_TOOL_SEP = re.compile(r"\s+[|•·/]\s+|:\s+")
_TRIM = re.compile(r"^[\s:|•·»>\-–—*#]+|[\s:|•·»>\-–—*#.!…]+$")
# _TRIM as str.strip() sets: every character \s matches (str.isspace(), the same test; checked over all
# code points in tests/test_text_fastpath.py), then the decoration. The leading set is part of the
# trailing one, so stripping the leading run, then the trailing run, removes what _TRIM.sub("", s) does.
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
              "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_TRIM_LEAD = WHITESPACE + ":|•·»>-–—*#"
_TRIM_TAIL = _TRIM_LEAD + ".!…"


def _trim(text: str) -> str:
    """_TRIM.sub("", text) without the regex (whose trailing alternative is tried at every position)."""
    return text.lstrip(_TRIM_LEAD).rstrip(_TRIM_TAIL)


def _fold(text: str) -> str:
    # str.split() and re's \s use the same whitespace test (Py_UNICODE_ISSPACE): the split and join is
    # _FOLD.sub(" ", text).strip() without the regex.
    return " ".join(text.split()).casefold()


def _fold_words(folded: str) -> int:
    """len(text.split()) for folded = _fold(text), without a list of the words.

    _fold() joins text.split()'s words with single spaces and casefolds them; casefold() turns no
    character into whitespace or into nothing (tests/test_text_fastpath.py checks every code point), so
    the words stay as many, none empty, separated by one space each.
    """
    return folded.count(" ") + 1 if folded else 0


class JunkTable:
    """Compiled junk matchers, optionally extended with an outlet's phrases."""

    def __init__(self, extra: Iterable[str] = ()) -> None:
        extra = [_fold(e) for e in extra if e.strip()]
        self.labels = {_fold(x) for x in LABELS} | set(extra)
        self.prefixes = tuple(sorted({_fold(x) for x in PREFIXES} | set(extra), key=len, reverse=True))
        self.contains = tuple(_fold(x) for x in CONTAINS)
        self._contains_groups = _group_by_key(self.contains)
        self.related = {_fold(x) for x in RELATED_HEADINGS}
        self.comment_headings = {_fold(x) for x in COMMENT_HEADINGS}

    def is_comment_heading(self, text: str) -> bool:
        """True for the heading of a reader-comment thread, with or without a count."""
        folded = _fold(text)
        if len(folded) > 40:
            return False
        return _COUNT.sub("", self.core(folded)) in self.comment_headings

    def core(self, paragraph: str) -> str:
        """The paragraph folded and stripped of decoration, for label matching."""
        return _trim(_fold(paragraph))

    def is_related_heading(self, paragraph: str) -> bool:
        """True for a heading that introduces a list of related headlines."""
        return self.core(paragraph) in self.related

    def is_junk(self, paragraph: str) -> bool:
        """True when the whole paragraph is chrome."""
        folded = _fold(paragraph)
        return self._is_junk_folded(folded, _trim(folded))

    def _is_junk_folded(self, folded: str, core: str) -> bool:
        """is_junk() on the paragraph's _fold() and core(), for callers that have them already."""
        if not folded:
            return True
        if core in self.labels or not core:
            return True
        # _TOOL_SEP cannot split a text holding none of its separator characters.
        parts = _TOOL_SEP.split(core) if any(sep in core for sep in "|•·/:") else [core]
        if len(parts) > 1 and all(self.core(part) in self.labels for part in parts):
            # A tool or share line: every item is a label ("Email this story | Print this story").
            return True
        words = folded.count(" ") + 1  # len(folded.split()): see _fold_words()
        # One C-level startswith over all prefixes first: most paragraphs start with none of them.
        if words <= 40 and folded.startswith(self.prefixes):
            for prefix in self.prefixes:
                if folded.startswith(prefix):
                    rest = folded[len(prefix):]
                    if not rest or not rest[0].isalnum() or prefix.endswith(":"):
                        return True
        return words <= 60 and self._holds_contained(folded)

    def _holds_contained(self, folded: str) -> bool:
        """any(c in folded for c in self.contains), asking for a group's phrases only when its key is in folded.

        Each phrase contains its group's key, so a text without the key holds none of the group's phrases:
        ~30 substring searches instead of ~70, in a loop rather than a generator.
        """
        for key, group in self._contains_groups:
            if key in folded:
                for phrase in group:
                    if phrase in folded:
                        return True
        return False


def _group_by_key(phrases: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The phrases in groups, each under a key that every phrase of the group contains.

    Greedy: the key is the word prefix of 5+ characters found in most of the phrases left (a phrase of
    shorter words is its own key).
    """
    left = list(dict.fromkeys(phrases))
    groups = []
    while left:
        keys = {w[:n] for p in left for w in p.split() for n in range(5, len(w) + 1)} or set(left)
        key = max(sorted(keys), key=lambda k: (sum(k in p for p in left), len(k)))
        groups.append((key, tuple(p for p in left if key in p)))
        left = [p for p in left if key not in p]
    return tuple(groups)


DEFAULT_TABLE = JunkTable()


def _looks_like_headline(paragraph: str) -> bool:
    words = paragraph.split()
    return len(words) <= 25 and not re.search(r"[.!?…\"”»]$", paragraph.strip())


def remove_junk(paragraphs: list[str], table: JunkTable = DEFAULT_TABLE) -> list[str]:
    """Drop junk paragraphs, the headline list that follows a related-news heading, and repeats.

    A sentence-long paragraph printed again word for word is a placeholder (one per blocked embed) or
    a pull quote, never new text; the first occurrence stays.
    """
    out: list[str] = []
    in_related = False
    seen: set[str] = set()
    for para in paragraphs:
        # Folded once for the repeat check, the heading test and both junk tests (each folded it anew).
        folded = _fold(para)
        if _fold_words(folded) >= 6:  # len(para.split())
            if folded in seen:
                continue
            seen.add(folded)
        core = _trim(folded)
        if core in table.related:  # table.is_related_heading(para)
            in_related = True
            continue
        junk = table._is_junk_folded(folded, core)
        if in_related:
            if _looks_like_headline(para) or junk:
                continue
            in_related = False
        if junk:
            continue
        out.append(para)
    # A run of headline-like lines at the very end is usually a related list without a heading.
    return out
