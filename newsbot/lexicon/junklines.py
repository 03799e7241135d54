"""Words of the chrome-line patterns of newsbot.extraction.junk: lines the junk table's whole-phrase lists
(``newsbot.lexicon.junk``) cannot name because they carry a name, a number or a link besides the words:
embed placeholders, reading times and media durations, "follow us" lines, coverage pointers, "scroll to
continue" and "click here" lines, picture credits and captions, role lines and name-role lines under the
byline, "last modified" and dateline lines, screen-reader notes of links, an author's bio box.

Languages covered: en, de, fr, es, pt, it, nl, id (Indonesian), ms (Malay), tl (Tagalog), as each list
says. Words are lower case and matched without regard to case unless a list says otherwise; the patterns
keep the lists' order. A language is added by adding its words here.
"""

from __future__ import annotations

#: The kind of embed in a CMS placeholder token ("[Gambas:Video CNN]", "[#image: /photos/64a]",
#: "[embed:youtube abc]"). en, id, de; "gambas" is an Indonesian CMS's token.
EMBED_KINDS: tuple[str, ...] = (
    "gambas",
    "video",
    "embed",
    "iframe",
    "image",
    "img",
    "photo",
    "foto",
    "article",
    "artikel",
    "ad",
    "ads",
    "advert",
    "iklan",
    "twitter",
    "tweet",
    "instagram",
    "youtube",
    "facebook",
    "tiktok",
    "poll",
    "gallery",
    "galeri",
    "audio",
    "podcast",
)

#: Labels of a picture credit in brackets, before the name: "(Credit: X / Grist)", "(Foto: dpa)".
#: en, de, es, fr, pt, pl ("fot.").
BRACKETED_CREDIT_LABELS: tuple[str, ...] = (
    "credit",
    "credits",
    "photo",
    "photos",
    "foto",
    "fotos",
    "fot.",
    "image",
    "bild",
    "crédit",
    "crédito",
)

#: Labels of a "last modified" line, a date in digits after them ("Letzte Änderung 14.02.2019").
#: de, en, fr, es, pt, id.
UPDATED_LABELS: tuple[str, ...] = (
    "letzte änderung",
    "zuletzt aktualisiert",
    "last modified",
    "last updated",
    "dernière mise à jour",
    "última actualización",
    "última atualização",
    "terakhir diperbarui",
)

#: The verb of a reading time before its number: "Baca 10 detik", "Read in 5 min". id/ms, en, de, fr, es, pt.
READ_VERBS: tuple[str, ...] = ("baca", "read", "lesen", "lire", "leer", "ler")
#: The label of an inline teaser whose rest is a link to another story ("Read: <linked headline>"): the
#: imperative "read" alone, which the junk table cannot drop by its text (a sentence may start "Read:").
#: en, id/ms, tl, de, fr, es, pt, it, nl.
READ_TEASER_LABELS: tuple[str, ...] = (
    "read",
    "baca",
    "basahin",
    "lies",
    "lesen sie",
    "lisez",
    "lire",
    "lee",
    "lea",
    "leia",
    "leggi",
    "lees",
)
#: Labels of a blog's or a CMS's link to the post before or after this one, whose rest is that post's linked
#: headline ("Previous post: <linked headline>", pattern "linked previous/next post line"). en, de, fr, es.
POST_NAV_LABELS: tuple[str, ...] = (
    "previous post",
    "next post",
    "previous article",
    "next article",
    "previous story",
    "next story",
    "previous entry",
    "next entry",
    "older post",
    "newer post",
    "vorheriger artikel",
    "nächster artikel",
    "article précédent",
    "article suivant",
    "artículo anterior",
    "artículo siguiente",
)
#: Labels of a contact address alone on a line ("E-mail: x@y"): en, de, fr, es, pt, id, nl.
MAIL_LABELS: tuple[str, ...] = ("e-mail", "email", "e-mail-adresse", "courriel", "correo", "surel", "mail")
#: The word between that verb and the number: "dalam" (id, ms), "in" (en).
READ_VERB_LINKS: tuple[str, ...] = ("dalam", "in")
#: Units after that number, whole words: id ("detik", "menit"), ms ("minit").
READ_TIME_UNITS: tuple[str, ...] = ("detik", "menit", "minit")
#: Units after that number, as stems any letters may follow ("sec", "seconds", "min", "minutes", "minuten").
READ_TIME_UNIT_STEMS: tuple[str, ...] = ("sec", "min")
#: Minute words of "5 min read", "3 Minuten Lesezeit". en, id, ms, de.
READ_MINUTE_WORDS: tuple[str, ...] = (
    "min.",
    "min",
    "minutes",
    "minute",
    "menit",
    "minit",
    "minuten",
    # es, pt: "3 minutos de lectura" (La Nación family), "5 minutos de leitura"
    "minutos",
    "minuto",
    # it: "2 minuti di lettura" (Repubblica family) (blind17b)
    "minuti",
)
#: What follows the minutes in "5 min read", "3 menit baca", "5 min de lecture". en, id, de, fr, es, pt.
READ_AFTER_MINUTES: tuple[str, ...] = (
    "read",
    "baca",
    "bacaan",
    "lesezeit",
    "de lecture",
    "de lectura",
    "de leitura",
    # the La Nación family prints a minute mark after it ("3 minutos de lectura'")
    "de lectura'",
    # it (blind17b)
    "di lettura",
)
#: Labels before a reading time: "Lesezeit: 3 Min.", "Temps de lecture : 4 min". de, fr, es, pt, id.
READ_TIME_LABELS: tuple[str, ...] = (
    "lesezeit",
    "lecture",
    "temps de lecture",
    "tiempo de lectura",
    "tempo de leitura",
    "waktu baca",
)
#: The word between such a label and the number: "Lecture en 3 min." (fr).
READ_TIME_LABEL_LINKS: tuple[str, ...] = ("en",)
#: Labels of a media player's duration: "Duration 1 minute 12 seconds", "Durasi 01:34". en, id, de, fr, es,
#: pt, ms ("tempoh").
DURATION_LABELS: tuple[str, ...] = ("duration", "durasi", "dauer", "durée", "duración", "duração", "tempoh")

#: Verbs of a "follow us on" line: en, id, de, fr, pt/es, es (rioplatense "seguí"), tl, su ("sundan"), ms.
FOLLOW_VERBS: tuple[str, ...] = (
    "follow",
    "ikuti",
    "folgen sie",
    "suivez",
    "siga",
    "sigue",
    "seguí",
    "i-follow",
    "sundan",
    "sertai",
    # the imperative with "us" glued to it, its object left out ("Síguenos en Facebook, X y WhatsApp"):
    # es, it, fr, pt, nl ("volg" takes "ons" or the outlet's name).
    "síguenos",
    "seguinos",
    "seguici",
    "suivez-nous",
    "siga-nos",
    "volg",
)
#: The word before the networks: "on" (en), "di" (id, ms), "auf" (de), "sur" (fr), "en" (es), "no"/"em"
#: (pt), "sa" (tl).
FOLLOW_ON: tuple[str, ...] = ("on", "di", "auf", "sur", "en", "no", "em", "sa")
#: The same word in the languages the list-of-networks pattern adds: "su" (it), "op" (nl), "na" (pt, before
#: a feminine network name: "na Twitch"), "via" (en, nl).
FOLLOW_ON_MORE: tuple[str, ...] = ("su", "op", "na", "via")
#: The word joining the last two networks ("Facebook, X and Instagram"): en, id/ms, de, fr, es, pt, tl.
FOLLOW_LIST_CONJUNCTIONS: tuple[str, ...] = ("and", "&", "dan", "und", "et", "y", "e", "at")
#: More words joining networks in the list-of-networks pattern: nl "en", it "e" (above), "or"/"ou"/"o"/"oder"
#: (en, fr/pt, es/it, de), "atau" (id/ms).
FOLLOW_LIST_MORE_CONJUNCTIONS: tuple[str, ...] = ("en", "or", "ou", "o", "oder", "of", "atau")
#: News apps a "follow us" line may name alone ("Ikuti berita X di Google News"): a reader follows an outlet
#: there, never a reporter. Names, no language.
NEWS_APPS: tuple[str, ...] = ("google news", "google berita", "google actualités", "google noticias")

#: A wire story's coverage pointer ("Follow AP's coverage of rail safety at https://..."). en: the verbs
#: opening it, the word "coverage", the words before the address (":" too, in the pattern).
COVERAGE_VERBS: tuple[str, ...] = ("follow", "find", "see", "read", "for")
COVERAGE_WORDS: tuple[str, ...] = ("coverage",)
COVERAGE_LINKS: tuple[str, ...] = ("at", "on", "here")

#: Prefixes of a byline printed as the body's first line with extras after a separator ("By X | x@paper",
#: "Oleh X, Kabar Nusa", "Ulat ni X, Outlet"), matched without regard to case: en, id/ms, tl, es/pt, fr,
#: de, nl.
BYLINE_EXTRAS_PREFIXES: tuple[str, ...] = ("by", "oleh", "ni", "ulat ni", "isinulat ni", "por", "par", "von", "door")

#: Openings of a "sourced from" line ("Con información de EFE", "Com informações da Reuters", "(Dengan
#: informasi dari Antara)"): es, pt, id, fr, de, en.
SOURCED_FROM_OPENINGS: tuple[str, ...] = (
    "con información de",
    "con informacion de",
    "com informações da",
    "com informações das",
    "com informações de",
    "com informações des",
    "com informações do",
    "com informações dos",
    "com agências",
    "dengan informasi dari",
    "avec agences",
    "mit material der agenturen",
    "with agencies",
)

#: Labels of the picture credit a caption ends with ("... Surabaya. Foto: Kabar Surabaya"): de/id/es/pt,
#: de, id, tl ("larawan", "kuha ni"). Not the English "Photograph:" (body truths keep those captions).
CAPTION_CREDIT_LABELS: tuple[str, ...] = (
    "foto",
    "fotos",
    "bild",
    "gambar",
    "larawan",
    "kuha ni",
    # uk/ru/bg "Фото: X", th "ภาพ: X", he "צילום: X" (blind13)
    "фото",
    "ภาพ",
    "צילום",
)
#: Words a picture's caption opens with ("Ilustrasi siswa di kelas. (Suara.com/X)"): id, en, de, es, pt, tl.
PICTURE_WORDS: tuple[str, ...] = (
    "ilustrasi",
    "foto",
    "gambar",
    "tangkapan layar",
    "dokumentasi",
    "photo",
    "file photo",
    "image",
    "bild",
    "imagen",
    "imagem",
    "larawan",
)

#: The scroll verb of an ad slot's "scroll to continue" placeholder: en, id, de, es, fr.
SCROLL_VERBS: tuple[str, ...] = ("scroll", "gulir", "geser", "scrollen", "desplázate", "défilez")
#: Its "continue" word, whole words: en, id, es, fr.
SCROLL_CONTINUE_WORDS: tuple[str, ...] = (
    "continue",
    "continuing",
    "melanjutkan",
    "meneruskan",
    "continuar",
    "continuer",
    "seguir",
)
#: Its "continue" word as stems any letters may follow ("lanjut", "lanjutkan"; "weiter", "weiterlesen"):
#: id, de.
SCROLL_CONTINUE_STEMS: tuple[str, ...] = ("lanjut", "weiter")

#: The link words of a "click here" call to action: id ("klik di sini", "klik disini"), fr, pt, es, de, nl,
#: it, tl. Not the English "click here" (body truths of English pages keep such lines).
CLICK_HERE_WORDS: tuple[str, ...] = (
    "klik di sini",
    "klik disini",
    "cliquez ici",
    "clique aqui",
    "haga clic aquí",
    "haz clic aquí",
    "hacé clic acá",
    "hier klicken",
    "klik hier",
    "clicca qui",
    "i-click dito",
    "pindutin dito",
)

#: Role words opening a byline block printed as the body's first line before a name only ("Editor Agus
#: Salim", "Penulis: Rina Marlina"), matched without regard to case: the newsroom roles (id, en, tl "ni"),
#: the desk under the byline (fr, de, es, pt: "Rédaction Économie"), the text credit (de/en, es/pt, fr, it,
#: nl/pl).
ROLE_LINE_WORDS: tuple[str, ...] = (
    "editor",
    "penulis",
    "reporter",
    "pewarta",
    "penyunting",
    "redaktur",
    "kontributor",
    "wartawan",
    "fotografer",
    "oleh",
    "ni",
    "rédaction",
    "redaktion",
    "redacción",
    "redação",
    "text",
    "texto",
    "texte",
    "testo",
    "tekst",
)
#: Newsroom roles after a reporter's name and a comma or dash ("Rina Anggraeni, Jurnalis", "Jane Roe, Staff
#: Writer"), matched without regard to case: id, en, de, es, pt, fr, tl. Not a blog's "Product Manager".
NAME_ROLE_WORDS: tuple[str, ...] = (
    "jurnalis",
    "wartawan",
    "wartawati",
    "reporter",
    "kontributor",
    "koresponden",
    "pewarta",
    "staff writer",
    "staff reporter",
    "correspondent",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "corresponsal",
    "redactor",
    "redactora",
    "repórter",
    "journaliste",
    "mamamahayag",
)

#: English words of a dateline line that names the publication and the update together ("Published: 7th
#: December 2026 05:42 AM | Last Updated: 8th December 2026 10:15 AM"): two labelled dates make the header's
#: meta row; one ("Posted on <date>") may close a blog post, which body truths keep.
DATELINE_PAIR_WORDS_EN: tuple[str, ...] = ("published", "first published", "updated", "last updated", "modified")
#: The English day's ordinal endings ("7th December") and the word before a time ("7 Dec 2026 at 5:42 pm").
DAY_ORDINALS_EN: tuple[str, ...] = ("st", "nd", "rd", "th")
DATE_TIME_LINKS_EN: tuple[str, ...] = ("at",)
#: Words of a dateline line ("Publié le 12/03/2024 14:05 Mis à jour le ...", "Veröffentlicht am
#: 12.03.2024, 14:05 Uhr"): fr, es, pt, de, it, nl. Not the English "Posted on" (blog posts close with it).
DATELINE_LINE_WORDS: tuple[str, ...] = (
    "publié",
    "publiée",
    "mis à jour",
    "modifié",
    "publicado",
    "publicada",
    "actualizado",
    "atualizado",
    "atualizada",
    "veröffentlicht",
    "aktualisiert",
    "geändert",
    "pubblicato",
    "aggiornato",
    "gepubliceerd",
    "bijgewerkt",
    # tr "Yayınlanma: 04.09.2025 - 11:42 Güncelleme: ...", pl "Aktualizacja: ...", cs "Aktualizováno ..." (blind13)
    "yayınlanma",
    "yayın tarihi",
    "güncelleme",
    "güncellenme",
    "opublikowano",
    "aktualizacja",
    "aktualizováno",
)
#: The word between them and the date: fr, es, pt, de, es/pt ("a"), it, nl, en.
DATELINE_LINE_LINKS: tuple[str, ...] = ("le", "el", "em", "am", "a", "il", "op", "on")
#: A day's ordinal suffix: "1er" (fr), "1º" (es, pt).
DAY_ORDINAL_SUFFIXES: tuple[str, ...] = ("er", "º")
#: The word between day, month name and year: "12 de marzo de 2024" (es, pt).
DATE_PART_LINKS: tuple[str, ...] = ("de",)
# The word before the time is newsbot.lexicon.dates.DATE_TIME_LINKS ("," and "-" too, in the pattern).
#: Words after the time: "14:05 Uhr" (de), "14h05"/"14:05 h" (fr).
DATELINE_HOUR_WORDS: tuple[str, ...] = ("uhr", "h")

#: Screen-reader notes a link carries after its words, in brackets ("(opens in a new window)", "(link is
#: external)"), written as regular expressions (the optional words in "(?:...)?"): en, de, fr, es, pt.
NEW_TAB_NOTES: tuple[str, ...] = (
    r"opens (?:in )?(?:a )?new (?:tab|window)",
    r"link is external",
    r"external link",
    r"öffnet (?:in )?(?:einem )?neue[mn]? (?:tab|fenster)",
    r"s['’]ouvre dans (?:un nouvel onglet|une nouvelle fenêtre)",
    r"nouvelle fenêtre",
    r"abre en (?:una )?nueva (?:pestaña|ventana)",
    r"abre em nova (?:aba|janela)",
)
#: The same note after a comma (", opens new tab"), a regular expression: en.
NEW_TAB_NOTES_AFTER_COMMA: tuple[str, ...] = (r"opens (?:in )?new (?:tab|window)",)
#: Fragments one of those notes contains, a cheap test before the pattern runs (case as printed).
NEW_TAB_KEYS: tuple[str, ...] = ("new tab", "new window", "xternal", "neue", "nouvel", "nueva", "nova ")

#: The byline a role line sits under ("By Jane Roe" / "Courier Staff Writer"), matched without regard to
#: case: en.
BY_NAME_PREFIXES: tuple[str, ...] = ("by",)
#: The role on the line under such a byline ("Associated Press Writer", "Special Correspondent"), matched
#: without regard to case: en.
BYLINE_ROLE_WORDS: tuple[str, ...] = (
    "staff writer",
    "staff reporter",
    "writer",
    "reporter",
    "correspondent",
    "contributing writer",
    "columnist",
)

#: A verb about the writer after an author's name in a bio box ("X is a national correspondent"): en, de,
#: fr/es ("est", "es"), pt, id. Case as printed.
BIO_VERBS: tuple[str, ...] = (
    "is",
    "was",
    "covers",
    "writes",
    "reports",
    "ist",
    "war",
    "schreibt",
    "est",
    "es",
    "é",
    "adalah",
    "merupakan",
)
#: The copulas of a bio line ("X is a professor of ecology", "X es catedrática de", "X ist freie Autorin"): a
#: line that says who the writer is, not what a staff reporter covers. en, de, fr, es, pt, it, id.
BIO_COPULAS: tuple[str, ...] = ("is", "ist", "est", "es", "é", "è", "adalah", "merupakan")
#: The label of the profile link closing a bio box ("More about Claire Donovan"): en, de, fr.
PROFILE_LINK_LABELS: tuple[str, ...] = ("more about", "more by", "more from", "mehr von", "alle artikel von", "plus de")

#: Credit-block prefixes that are one word but need no colon after them ("Copyright 2024 Kabar Nusa"): en.
#: Other one-word prefixes of `newsbot.lexicon.junk.CREDIT_PREFIXES` are role words ("Pewarta: X").
CREDIT_WORDS_WITHOUT_COLON: tuple[str, ...] = ("copyright",)
#: Openings of a credit line longer than a role line ("Artikel ini telah tayang di X dengan judul <a
#: headline>", the syndication note of Indonesian outlets): id.
LONG_CREDIT_OPENINGS: tuple[str, ...] = ("artikel ini",)

#: The opening of a footer link leading back up the site: "Back to News Releases", "Return to Home Page",
#: "Zurück zu Nachrichten", "Retour à l'accueil", "Volver a Noticias", "Kembali ke Beranda", "Voltar para
#: Notícias", "Torna a Notizie", "Terug naar Nieuws", "Bumalik sa Balita". en, de, fr, es, id/ms, pt, it, nl, tl.
BACK_TO_LINKS: tuple[str, ...] = (
    "back to",
    "return to",
    "zurück zu",
    "retour à",
    "volver a",
    "kembali ke",
    "voltar para",
    "torna a",
    "terug naar",
    "bumalik sa",
)
#: Social networks a "follow us" line names ("Follow BBC Somerset on Facebook, X and Instagram"): names,
#: no language.
SOCIAL_NETWORKS: tuple[str, ...] = (
    "facebook",
    "twitter",
    "x",
    "instagram",
    "tiktok",
    "youtube",
    "threads",
    "whatsapp",
    "telegram",
    "linkedin",
)

#: The title a Korean or Japanese reporter signs a story with, after the name ("최민준 기자 minjun@paper.example",
#: "홍길동 특파원", "山田太郎記者"): ko, ja.
REPORTER_TITLES: tuple[str, ...] = ("기자", "특파원", "記者", "特派員")
#: The label of a printout's address line, the page's URL alone after it ("URL: https://..."): the print
#: view of a story closes with it.
PRINT_URL_LABELS: tuple[str, ...] = ("url", "article url", "print url")

#: The services of a publisher's partner or shopping line under the story ("Code promo · Bon plan · Guide
#: d'achat", "Cupom de desconto · Ofertas"): fr, pt, es, en, de, it, nl, id. An item of the line is one when
#: it is the phrase or opens or ends with it ("Comparatif assurance", "Folha Ofertas").
PARTNER_SERVICES: tuple[str, ...] = (
    "code promo",
    "codes promo",
    "bon plan",
    "bons plans",
    "guide d'achat",
    "guides d'achat",
    "comparatif",
    "comparateur",
    "cupom de desconto",
    "cupons de desconto",
    "cupom",
    "cupons",
    "ofertas",
    "comparador",
    "cupón de descuento",
    "cupones",
    "códigos de descuento",
    "código promocional",
    "promo codes",
    "coupons",
    "deals",
    "buying guide",
    "gutscheine",
    "gutscheincodes",
    "angebote",
    "vergleich",
    "codici sconto",
    "offerte",
    "kortingscodes",
    "aanbiedingen",
    "kode promo",
    "kupon",
    "voucher",
)

#: The words of a counter line's items after their number ("18 Komentar · 1.2k Dilihat", "12 comments",
#: "3 min read"): reactions, views, shares. en, id/ms, tl, de, fr, es, pt, it, nl.
COUNTER_WORDS: tuple[str, ...] = (
    "comments",
    "comment",
    "views",
    "shares",
    "likes",
    "reactions",
    "komentar",
    "dilihat",
    "dibaca",
    "dibagikan",
    "tayangan",
    "suka",
    "kali dibaca",
    "komento",
    "kommentare",
    "kommentar",
    "aufrufe",
    "commentaires",
    "commentaire",
    "vues",
    "partages",
    "comentarios",
    "comentario",
    "vistas",
    "comentários",
    "comentário",
    "visualizações",
    "commenti",
    "commento",
    "visualizzazioni",
    "reacties",
    "reactie",
    "weergaven",
)
#: The multiplier a counter's number may carry ("1.2k", "2,3 rb", "1 jt", "4 mil"): en, id/ms, es/pt.
COUNTER_MULTIPLIERS: tuple[str, ...] = ("k", "m", "rb", "ribu", "jt", "juta", "mil")

#: A trust or standards line under the story ("This article follows our editorial standards", "Este conteúdo
#: segue os princípios do Projeto ...", "Este artículo sigue los criterios de ..."): the words opening it
#: (this + the piece), the verb, and a standards word one of which the line holds. en, pt, es, fr, de, it,
#: nl, id.
TRUST_OPENINGS: tuple[str, ...] = (
    "this article",
    "this story",
    "this content",
    "this report",
    "este conteúdo",
    "esta reportagem",
    "esta matéria",
    "este texto",
    "este artigo",
    "este artículo",
    "este contenido",
    "esta información",
    "cet article",
    "ce contenu",
    "dieser artikel",
    "dieser beitrag",
    "questo articolo",
    "questo contenuto",
    "dit artikel",
    "artikel ini",
    "konten ini",
)
TRUST_VERBS: tuple[str, ...] = (
    "follows",
    "adheres to",
    "segue",
    "sigue",
    "cumple",
    "respecte",
    "suit",
    "folgt",
    "entspricht",
    "rispetta",
    "volgt",
    "voldoet aan",
    "mengikuti",
    "telah sesuai",
)
TRUST_WORDS: tuple[str, ...] = (
    "standards",
    "principles",
    "guidelines",
    "policy",
    "princípios",
    "critérios",
    "normas",
    "principios",
    "criterios",
    "principes",
    "charte",
    "déontologie",
    "grundsätze",
    "richtlinien",
    "principi",
    "linee guida",
    "richtlijnen",
    "kode etik",
    "pedoman",
    "trust project",
)

#: Pattern "channel call to action" (gaps18): the verbs opening a line that asks readers to get the outlet's
#: news in a messaging app or a news feed ("Receba notícias no WhatsApp", "Únete a nuestro canal de
#: WhatsApp", "Ikuti kami di WhatsApp Channel", "Join our Telegram channel"): pt, es, en, id/ms, it, fr, de,
#: nl, tl. Matched without regard to case.
CHANNEL_CTA_VERBS: tuple[str, ...] = (
    # pt
    "receba",
    "participe",
    "siga",
    "acompanhe",
    "inscreva-se",
    # es
    "recibe",
    "únete",
    "unete",
    "súmate",
    "sigue",
    "síguenos",
    # en
    "get",
    "receive",
    "join",
    "follow",
    "subscribe",
    # id / ms
    "ikuti",
    "gabung",
    "bergabung",
    "dapatkan",
    "sertai",
    "langganan",
    # it
    "ricevi",
    "iscriviti",
    "seguici",
    "segui",
    # fr
    "recevez",
    "rejoignez",
    "abonnez-vous",
    "suivez",
    # de
    "folgen sie",
    "abonnieren sie",
    # nl
    "volg",
    "ontvang",
    # tl
    "sumali",
)
#: The messaging apps and news feeds such a line names: an outlet's channel there, never a reporter's.
#: Names, no language.
CHANNEL_APPS: tuple[str, ...] = (
    "whatsapp",
    "telegram",
    "google discover",
    "google news",
    "google noticias",
    "google notícias",
    "google berita",
    "google actualités",
    "signal",
    "viber",
)
