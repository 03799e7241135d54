"""Junk phrase families: the words page chrome is made of, per language.

Used by newsbot.extraction.junk (the junk table) and newsbot.extraction.pagetype. Matching is on a whole
paragraph, case-insensitively, after whitespace folding (see extraction/junk.py for the four kinds):
- LABELS: the paragraph is exactly the label ("Advertisement", "Baca juga").
- PREFIXES: a short paragraph starting with it ("Baca juga: <headline>").
- CONTAINS: a fragment only chrome carries ("uses cookies").
- RELATED_HEADINGS / COMMENT_HEADINGS: headings after which related headlines / reader comments follow.
- CREDIT_PREFIXES: the lines of a credit block closing a story (reporter, editor, copyright, source),
  junk only near the end of the body, where agencies and Indonesian outlets print them.
- BYLINE_LINE_PREFIXES: a reporter line printed as the first line of the body ("Laporan Wartawan X, Name").

The first lists are multilingual (id, en, de, es, fr, pt, it, nl, the Nordic languages, pl); the
families below them add Indonesian (id), Malay (ms), Tagalog (tl), Spanish (es), Portuguese (pt),
English (en), German (de), Polish (pl) and French (fr) chrome seen in the layouts of real outlet families.
"""

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

# Lines of a credit block that closes a story: reporter, editor, source, copyright (id, ms, en, de, fr, es,
# pt). Junk only in the last lines of the body and when short (see extraction/junk.py: tail credits).
CREDIT_PREFIXES = [
    # id: "Pewarta: X", "Editor: Y", "Copyright © ANTARA 2024", "Kontributor : X", "Sumber : Antara"
    "pewarta", "editor", "reporter", "penulis", "kontributor", "sumber", "redaktur", "penyunting", "fotografer",
    "artikel ini telah tayang di", "artikel ini sudah tayang di", "artikel ini telah terbit di",
    # ms
    "disunting oleh", "penyunting",
    # en / de / fr / es / pt
    # (not the English "Reporting by X; Editing by Y" of wire copy: body truths keep it as part of the story)
    "redaktion", "bearbeitet von",
    "mit material von", "édité par", "edición", "edição", "fuente", "quelle", "source", "fonte",
    "copyright ©", "copyright", "©", "hak cipta",
]

# A reporter line printed as the first line of the body: "Laporan Wartawan Tribunnews.com, X",
# "Rep: X/ Red: Y", "Reporter: X | Editor: Y" (id, ms, en). Junk only among the first lines and short.
BYLINE_LINE_PREFIXES = [
    "laporan wartawan", "laporan reporter", "laporan kontributor", "laporan koresponden", "rep:", "rep :",
    "reporter:", "reporter :", "penulis:", "penulis :", "oleh:", "oleh :", "wartawan:", "editor:",
]

# Families per language, added to the lists above. Each list is a set of whole-paragraph labels, short-line
# prefixes, chrome-only fragments, related-list headings or comment headings.
FAMILIES: dict[str, dict[str, list[str]]] = {
    "id": {
        "labels": ["lihat juga", "artikel selanjutnya", "berita lainnya", "berita selanjutnya", "video pilihan",
                   "video terkait", "video selanjutnya", "pilihan redaksi", "pilihan editor", "rekomendasi", "terkini",
                   "berita terkini", "baca halaman berikutnya", "halaman selanjutnya", "salin link",
                   "url telah tercopy", "ikuti kami di google news", "galeri foto", "advertisement"],
        "prefixes": ["lihat juga :", "lihat juga:", "simak juga video", "simak video", "saksikan video",
                     "tonton video", "artikel ini telah tayang di", "artikel ini sudah tayang di",
                     "baca berita selengkapnya", "follow berita", "dapatkan berita terbaru", "dapatkan berita",
                     "baca juga :"],
        "contains": ["dilarang keras mengambil konten", "mari bergabung di grup telegram", "berikan komentar anda",
                     "bukan tanggung jawab redaksi", "silakan login untuk", "masuk untuk memberikan komentar",
                     "masuk untuk berkomentar", "klik di sini untuk berlangganan"],
        "related": ["lihat juga", "artikel selanjutnya", "berita lainnya", "berita selanjutnya", "video pilihan",
                    "video terkait", "video selanjutnya", "pilihan redaksi", "pilihan editor", "rekomendasi",
                    "terkini", "berita terkini", "baca halaman berikutnya"],
        "comments": ["komentar", "komentar pembaca"],
    },
    "ms": {
        "labels": ["artikel berkaitan", "berita berkaitan", "pilihan editor", "paling popular", "terkini", "komen",
                   "kongsi", "kongsi artikel", "salin pautan", "galeri lain", "disyorkan untuk anda", "baca lagi"],
        "prefixes": ["artikel berkaitan", "berita berkaitan", "baca:", "baca lagi", "baca juga:"],
        "contains": ["menggunakan kuki", "penggunaan kuki", "langgan sekarang", "sudah melanggan", "sila log masuk",
                     "log masuk untuk", "disiarkan selepas disemak", "hak cipta terpelihara"],
        "related": ["artikel berkaitan", "berita berkaitan", "pilihan editor", "paling popular", "galeri lain",
                    "disyorkan untuk anda", "baca lagi"],
        "comments": ["komen", "komen anda", "komen pembaca", "ruangan komen"],
    },
    "tl": {
        "labels": ["basahin din", "basahin", "mga kaugnay na balita", "kaugnay na balita", "i-share", "ibahagi",
                   "mga komento", "panoorin", "pinakabagong balita"],
        "prefixes": ["basahin din", "basahin rin", "basahin:", "panoorin:", "para sa iba pang balita", "i-follow kami"],
        "contains": ["mag-log in para", "para sa iba pang balita"],
        "related": ["mga kaugnay na balita", "kaugnay na balita", "basahin din", "pinakabagong balita"],
        "comments": ["mga komento", "komento"],
    },
    "es": {
        "labels": ["contenido relacionado", "hazte miembro", "más información", "archivado en", "normas",
                   "ir a los comentarios", "compartir en whatsapp", "copiar enlace", "lee sin límites",
                   "te recomendamos", "contenido patrocinado", "lo último"],
        "prefixes": ["hazte miembro", "sigue toda la información", "suscríbete para seguir leyendo", "te recomendamos"],
        "contains": ["cancela cuando quieras", "sigue toda la información de", "suscríbete para seguir leyendo",
                     "tu suscripción se está usando", "lee sin límites", "exclusivo para suscriptores",
                     "cookies propias y de terceros"],
        "related": ["contenido relacionado", "más información", "te recomendamos", "lo último"],
        "comments": [],
    },
    "pt": {
        "labels": ["recurso exclusivo para assinantes", "salvar artigos", "cadastre-se", "leia mais"],
        "prefixes": [],
        "contains": ["assinantes podem liberar", "já é assinante", "receba no seu email", "receba no seu e-mail",
                     "os comentários não representam", "exclusivo para assinantes", "faça seu login",
                     "utilizamos cookies"],
        "related": ["leia mais"],
        "comments": [],
    },
    "en": {
        "labels": ["related coverage", "related topics", "more on this story", "top stories", "key events",
                   "show key events only", "reuse this content", "editor's pick", "editor’s pick", "editors' picks",
                   "editor's picks", "editors’ picks", "trending now", "link copied", "media caption", "image caption",
                   "image source", "watch", "most viewed", "latest stories"],
        "prefixes": ["media caption", "image caption", "image source", "related coverage", "click to share on",
                     "share this:", "editor's pick", "editor’s pick"],
        "contains": ["trust principles", "references to products from one or more of our advertisers",
                     "submit your letter to the editor", "turn on javascript", "enable javascript",
                     "send your story ideas", "may not be published, broadcast, rewritten or redistributed",
                     "for unlimited access", "use our commenting platform", "delivered to your inbox",
                     "agree to cookies"],
        "related": ["related coverage", "related topics", "more on this story", "top stories", "editor's pick",
                    "editor’s pick", "editor's picks", "editors' picks", "editors’ picks", "most viewed",
                    "latest stories", "trending now"],
        "comments": [],
    },
    "de": {
        "labels": ["zum weiterlesen", "lust auf mehr?", "originalpublikation", "zum newsletter anmelden", "bewerten",
                   "diskutieren sie mit", "artikel verschenken", "zur startseite", "schlagworte", "merkliste"],
        "prefixes": ["lust auf mehr?", "beitragsbild:", "*werbung", "zum newsletter anmelden"],
        "contains": ["mit unserem newsletter erhalten sie", "für unseren newsletter an",
                     "verraten sie gerne in den kommentaren", "verraten sie uns in den kommentaren",
                     "dieser beitrag enthält werbung", "gehört zum angebot von", "kommentarfunktion",
                     "dieser artikel stammt aus der", "melden sie sich an, um zu kommentieren",
                     "wir verwenden cookies"],
        "related": ["zum weiterlesen", "schlagworte"],
        "comments": ["diskutieren sie mit"],
    },
    "pl": {
        "labels": ["czytaj więcej", "zobacz także", "polecamy"],
        "prefixes": ["fot.", "fot:"],
        "contains": ["materiał chroniony prawem autorskim"],
        "related": ["zobacz także", "polecamy"],
        "comments": ["komentarze"],
    },
    "fr": {
        "labels": ["contribuer", "réutiliser ce contenu", "offrir cet article", "partager", "s’inscrire", "s'inscrire"],
        "prefixes": ["lire aussi |", "lire aussi|"],
        "contains": ["de cet article à lire", "réservée aux abonnés", "déjà abonné", "nos meilleurs articles",
                     "utilisent des cookies"],
        "related": [],
        "comments": ["contribuer"],
    },
}

# Labels of the button that closes a newsletter box ("Newsletter" / name / pitch / "Sign up").
SIGNUP_LABELS = [
    "sign up", "subscribe", "s’inscrire", "s'inscrire", "abonnieren", "jetzt abonnieren", "anmelden", "daftar",
    "berlangganan", "langgan", "cadastre-se", "inscreva-se", "suscribirse", "suscríbete", "mag-subscribe",
]

for _family in FAMILIES.values():
    LABELS += _family["labels"]
    PREFIXES += _family["prefixes"]
    CONTAINS += _family["contains"]
    RELATED_HEADINGS += _family["related"]
    COMMENT_HEADINGS += _family["comments"]
