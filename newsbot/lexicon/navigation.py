"""URL path words and query parameters that name a site's navigation pages rather than its stories.

Used by link classification in ``newsbot.discovery`` (which links to follow, and as what) and by the
extraction's listing checks. Languages: en, id, ms, de, es, pt, fr, it, nl, tl where a site's URLs use
its language (most use English words whatever the language of the page). Words are matched as whole
path segments, case-insensitively.
"""

from __future__ import annotations

#: Search result pages: /search/..., /cari/..., /suche?...
SEARCH_PATH_WORDS: tuple[str, ...] = (
    "search",
    "cari",
    "pencarian",
    "carian",
    "suche",
    "buscar",
    "busqueda",
    "busca",
    "pesquisa",
    "recherche",
    "ricerca",
    "zoeken",
    "hanapin",
)
#: Query parameters that carry a search term (``?q=...``). A value of digits only is an id, not a term
#: (``story.asp?S=7565791``), so the patterns built from these require a non-numeric value or none.
SEARCH_QUERY_PARAMS: tuple[str, ...] = (
    "q",
    "s",
    "query",
    "search",
    "keyword",
    "keywords",
    "kata",
    "busca",
    "suchbegriff",
    "searchterm",
    "search_query",
)
#: Numbered pages of a listing: /page/2/, /halaman/3, ?page=4
PAGINATION_PATH_WORDS: tuple[str, ...] = ("page", "halaman", "seite", "pagina", "página", "p")
PAGINATION_QUERY_PARAMS: tuple[str, ...] = ("page", "p", "pg", "paged", "halaman", "seite", "pagina")
#: Labels of the link to a listing's next (older) page: "Next", "Older posts", "Berikutnya". Matched as a
#: whole word of a short label (at most four words), so "Weiterlesen" (read on) or "Next: the mayor's plan"
#: (a story) are not pagers. "Previous"/"Newer" words are absent on purpose: they lead back.
#: Languages: en, id, ms, de, fr, es, pt, it, nl, tl.
NEXT_PAGE_WORDS: tuple[str, ...] = (
    "next",
    "older",
    "berikutnya",
    "selanjutnya",
    "seterusnya",
    "weiter",
    "nächste",
    "ältere",
    "suivant",
    "suivante",
    "suivantes",
    "siguiente",
    "siguientes",
    "próxima",
    "próximo",
    "proxima",
    "seguinte",
    "successiva",
    "successivo",
    "avanti",
    "volgende",
    "oudere",
    "susunod",
)
#: Labels of a "load more" link that carries a URL (the next batch of teasers as a page), as phrases matched
#: inside a short label. Languages: en, id, ms, de, fr, es, pt, it, nl.
LOAD_MORE_PHRASES: tuple[str, ...] = (
    "load more",
    "show more",
    "more stories",
    "more articles",
    "muat lebih banyak",
    "tampilkan lebih banyak",
    "lihat lebih banyak",
    "muatkan lagi",
    "mehr laden",
    "mehr anzeigen",
    "weitere artikel",
    "charger plus",
    "afficher plus",
    "plus d'articles",
    "cargar más",
    "mostrar más",
    "más noticias",
    "carregar mais",
    "mostrar mais",
    "mais notícias",
    "carica altri",
    "mostra altri",
    "meer laden",
)
#: Words of a numbered pager's links ("Page 3", "Halaman 3"): a number alone, or one of these and a number.
PAGE_LABEL_WORDS: tuple[str, ...] = ("page", "halaman", "seite", "página", "pagina", "page no.", "hal.")
#: Class names of a pager's "next" and "load more" links (as whole class tokens or their ends, any case).
NEXT_PAGE_CLASSES: tuple[str, ...] = ("next", "next-page", "nextpage", "load-more", "loadmore")
#: Tag and topic pages.
TAG_PATH_WORDS: tuple[str, ...] = (
    "tag",
    "tags",
    "topic",
    "topics",
    "topik",
    "thema",
    "themen",
    "schlagwort",
    "stichwort",
    "etiqueta",
    "etiquetas",
    "mot-cle",
    "mots-cles",
    "keyword",
    "argomento",
    "argomenti",
    "onderwerp",
    "label",
)
#: Author and profile pages.
AUTHOR_PATH_WORDS: tuple[str, ...] = (
    "author",
    "authors",
    "penulis",
    "autor",
    "autores",
    "autorin",
    "auteur",
    "auteurs",
    "autore",
    "reporter",
    "wartawan",
    "profile",
    "by",
)

#: Listing pages by a path segment (the extraction's check that a page is a listing, not a story). The
#: pagination words are not here: "page" is a listing's mark only with its number after it (/page/2), see
#: PAGINATION_PATH_WORDS; a file named page.html is any page.
LISTING_PATH_WORDS: tuple[str, ...] = (
    "tag",
    "tags",
    "topic",
    "topics",
    "topik",
    "kategori",
    "category",
    "categories",
    "kanal",
    "section",
    "author",
    "authors",
    "penulis",
    "autor",
    "auteur",
    "search",
    "cari",
    "suche",
    "buscar",
    "recherche",
    "archive",
    "arsip",
    "index",
    # "topic(s)" in pt/es, de, it, fr, nl: a topic page's directory (/topicos/dengue/, /thema/bahn/) (blind17b)
    "topicos",
    "tema",
    "temas",
    "thema",
    "themen",
    "argomenti",
    "sujet",
    "sujets",
    "onderwerp",
    "onderwerpen",
)
#: Phrases of an error page's title ("Page not found", "Halaman tidak ditemukan"), as regex fragments.
ERROR_TITLE_PATTERNS: tuple[str, ...] = (
    r"\b404\b",
    "not found",
    "can[’']t be found",
    "cannot be found",
    "no longer available",
    "nicht gefunden",
    "nicht mehr verfügbar",
    "no encontrada",
    "no encontrado",
    "não encontrada",
    "não encontrado",
    "introuvable",
    "tidak ditemukan",
    "niet gevonden",
    # blind13: cs, pl, it, uk, ru, el, tr, he, vi, ko, th, sv, da/no, fi, hu, ro
    "nenalezena",
    "nenalezeno",
    "nie znaleziono",
    "nie została znaleziona",
    "non trovata",
    "non trovato",
    "не знайдено",
    "не найдена",
    "не найдено",
    "δεν βρέθηκε",
    "bulunamadı",
    "לא נמצא",
    "không tìm thấy",
    "찾을 수 없습니다",
    "ไม่พบหน้า",
    "hittades inte",
    "ikke fundet",
    "ikke funnet",
    "ei löytynyt",
    "nem található",
    "nu a fost găsită",
    # blind17a: tl "Pahina hindi makita", "Hindi namin makita ang pahinang hinahanap mo"; ms "Halaman tidak
    # dijumpai" (the page, not a person: "hindi makita" alone heads stories about the missing)
    r"pahina\w* hindi (?:makita|mahanap|matagpuan)",
    r"hindi (?:namin )?(?:makita|mahanap|matagpuan) ang pahina",
    r"(?:halaman|laman) tidak (?:dijumpai|ditemui)",
)


def alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of the words, longest first (so that no word shadows a longer one)."""
    import re

    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda w: (-len(w), w)))


#: The text of an <h1> that labels the site's navigation rather than a story ("Menu", "Suche", "Beranda",
#: "Skip to content", "Startseite"), compared as a title key (lower case, punctuation as spaces): en, de,
#: id/ms, es, fr (newsbot.extraction.titles).
UI_HEADINGS: tuple[str, ...] = (
    "menu",
    "menü",
    "navigation",
    "navigasi",
    "sections",
    "section",
    "search",
    "suche",
    "cari",
    "page",
    "user",
    "quicklink",
    "quicklinks",
    "home",
    "startseite",
    "beranda",
    "inicio",
    "accueil",
    "login",
    "anmelden",
    "connexion",
    "subscribe",
    "abonnieren",
    "about",
    "more",
    "mehr",
    "lainnya",
    "skip to content",
    "main menu",
    "hauptmenü",
    "post navigation",
    "breadcrumb",
    "news",
    "nachrichten",
    "berita",
    "noticias",
    "actualités",
)

#: The word between a slideshow counter's numbers ("3 of 12", "3 z 12", "3 von 12"), beside the bare "3 / 12":
#: en, pl/cs, de, fr, es/pt, it, nl, ru/uk, id.
SLIDE_COUNTER_WORDS: tuple[str, ...] = ("of", "z", "ze", "von", "sur", "de", "di", "van", "из", "з", "dari")

#: The label of a how-to's numbered step ("Step 3", "Schritt 3", "Langkah 3"), before its number: en, de, fr,
#: es, pt/it, nl, id/ms, pl/cs, tr, sv/no, da.
STEP_LABEL_WORDS: tuple[str, ...] = (
    "step",
    "schritt",
    "étape",
    "etape",
    "paso",
    "passo",
    "stap",
    "langkah",
    "krok",
    "adım",
    "steg",
    "trin",
)
