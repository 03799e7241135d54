"""The headline chosen by agreement between JSON-LD, og:title, the visible h1 and the <title>."""

from __future__ import annotations

from newsbot.extraction import parse_html
from newsbot.extraction.metadata import extract_metadata
from newsbot.extraction.titles import _kicker_before, choose_title, heading_text, is_ui_heading, strip_affix


def _title(head: str, body: str, url: str = "https://news.example/story/x") -> str:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return extract_metadata(tree, url).title


def _ld(headline: str) -> str:
    return f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{headline}"}}</script>'


def test_a_logo_h1_is_not_the_headline() -> None:
    body = (
        '<header><h1 class="site-logo"><a href="/"><img src="/l.svg" alt="">POLITICO Politico Logo</a></h1>'
        "</header>"
        '<article><h1 class="headline">Senate passes the budget after a long night</h1><p>Text.</p></article>'
    )
    assert (
        _title("<title>Senate passes the budget after a long night - POLITICO</title>", body)
        == "Senate passes the budget after a long night"
    )


def test_menu_and_navigation_h1s_are_not_the_headline() -> None:
    body = (
        "<nav><h1>Quicklink</h1></nav><div><h1>Navigation</h1></div>"
        "<div><h1>Regional champions crowned in the north</h1><p>Text.</p></div>"
    )
    head = "<title>Regional champions crowned in the north - Athletics Association e.V.</title>"
    assert _title(head, body) == "Regional champions crowned in the north"


def test_a_section_or_site_suffix_is_dropped_when_the_visible_headline_confirms_it() -> None:
    head = (
        _ld("Bombers back: coach asks for patience | Sport")
        + '<meta property="og:title" content="Bombers back: coach asks for patience | DW | 28.04.2023">'
    )
    body = "<article><h1>Bombers back: coach asks for patience</h1><p>Text.</p></article>"
    assert _title(head, body) == "Bombers back: coach asks for patience"


def test_a_json_ld_variant_repeated_only_by_the_title_loses_to_the_visible_headline_and_og_title() -> None:
    head = (
        _ld("Starmer suggests he will keep taking gifts")
        + "<title>Starmer suggests he will keep taking gifts</title>"
        + '<meta property="og:title" content="Starmer defiant over taking gifts">'
    )
    body = "<article><h1>Starmer defiant over taking gifts</h1><p>Text.</p></article>"
    assert _title(head, body) == "Starmer defiant over taking gifts"


def test_a_real_ending_of_the_headline_is_not_stripped_as_a_site_name() -> None:
    # The h1 shows the whole headline: the part after the dash is the headline's.
    head = '<meta property="og:title" content="\'I sell holidays - booking the right day could save you thousands\'">'
    body = "<article><h1>'I sell holidays - booking the right day could save you thousands'</h1></article>"
    assert _title(head, body) == "'I sell holidays - booking the right day could save you thousands'"
    # A long lower-case ending is no site name even without an h1.
    assert (
        strip_affix("'I sell holidays - booking the right day could save you thousands'", None)
        == "'I sell holidays - booking the right day could save you thousands'"
    )
    # ... while a short site name and a timestamp are.
    assert strip_affix("Fire in the harbour district - Harbour Times", None) == "Fire in the harbour district"
    assert strip_affix("Fire in the harbour district : 31.10.2023, 10.19 Uhr", None) == "Fire in the harbour district"


def test_a_json_ld_headline_loses_only_its_site_name() -> None:
    assert (
        choose_title("Rain returns to the valley - Daily Courier", None, None, None, None, "Daily Courier")
        == "Rain returns to the valley"
    )
    assert (
        choose_title("Rain returns - a dry summer ends", None, None, None, None, "Daily Courier")
        == "Rain returns - a dry summer ends"
    )


def test_a_topic_kicker_the_metadata_puts_before_the_visible_headline_is_not_part_of_it() -> None:
    head = (
        '<meta property="og:title" content="Weather: Storm closes the harbour for two days">'
        "<title>Weather: Storm closes the harbour for two days - Harbour Times</title>"
    )
    body = '<p class="kicker">Weather</p><h1>Storm closes the harbour for two days</h1><p>Text.</p>'
    assert _title(head, body) == "Storm closes the harbour for two days"


def test_a_kicker_in_the_json_ld_headline_is_the_publishers_headline() -> None:
    head = _ld("Weather: Storm closes the harbour for two days") + (
        '<meta property="og:title" content="Weather: Storm closes the harbour for two days">'
    )
    body = '<p class="kicker">Weather</p><h1>Storm closes the harbour for two days</h1><p>Text.</p>'
    assert _title(head, body) == "Weather: Storm closes the harbour for two days"


def test_a_headline_before_a_dash_is_no_kicker_of_a_shorter_h1() -> None:
    # "Headline - Subtitle" where the h1 shows the subtitle: the part before the dash is a headline of its
    # own, longer than the h1, not a kicker; after a colon a kicker of a few words is one
    assert not _kicker_before("New ferry timetable starts in May - Fewer night crossings", "Fewer night crossings")
    assert _kicker_before("Harbour news and notes: Fewer night crossings", "Fewer night crossings")
    assert _kicker_before("Ferries - Fewer night crossings - Harbour Times", "Fewer night crossings")


def test_an_h1_naming_the_host_is_the_logo() -> None:
    head = "<title>Storm closes the harbour for two days</title>"
    body = "<h1>Harbour-Times</h1><div><p>Text.</p></div>"
    assert _title(head, body, url="https://www.harbour-times.example/2024/storm") == (
        "Storm closes the harbour for two days"
    )


def test_a_headline_given_as_the_site_name_does_not_leave_the_brand_as_title() -> None:
    # og:site_name holds a headline of four words: taking it off "Headline | Brand" would leave "Brand"
    assert strip_affix("Storm closes the harbour | Brand", "Storm closes the harbour") == "Storm closes the harbour"
    assert strip_affix("Plejades, M45 - Sky Watchers", "Sky Watchers") == "Plejades, M45"


def test_a_title_suffix_after_a_single_guillemet_is_the_site_name() -> None:
    head = '<meta property="og:title" content="Ferry strike ends after three days › Harbour Notes">'
    body = "<article><h1>Ferry strike ends after three days</h1><p>Text.</p></article>"
    assert _title(head, body) == "Ferry strike ends after three days"


def test_a_first_part_naming_the_site_is_a_prefix_however_short_the_rest() -> None:
    # The domain before the separator is the site; the short part after it is the page's own name.
    assert strip_affix("harbourtimes.example // » Jane Doe", None) == "Jane Doe"
    assert strip_affix("harbourtimes.example | Tides", None) == "Tides"
    assert strip_affix("Harbour Times - Ferry strike ends", None, "www.harbourtimes.example") == "Ferry strike ends"


def test_the_visible_headline_wins_over_the_same_words_with_a_social_tail() -> None:
    head = (
        '<meta property="og:title" content="Lemon cake from the tray: simply the best | Baking Notes">'
        "<title>Lemon cake from the tray: simply the best | Baking Notes</title>"
    )
    body = "<article><h1>Lemon cake from the tray</h1><p>Text.</p></article>"
    assert _title(head, body) == "Lemon cake from the tray"
    # A JSON-LD headline with the longer form is the publisher's statement of the headline: it stays.
    assert _title(_ld("Lemon cake from the tray: simply the best") + head, body) == (
        "Lemon cake from the tray: simply the best"
    )
    # An h1 that holds the og:title whole with a kicker glued before it does not win.
    body = "<article><h1><span>Baking</span> Lemon cake from the tray</h1><p>Text.</p></article>"
    assert _title('<meta property="og:title" content="Lemon cake from the tray">', body) == "Lemon cake from the tray"


def test_a_class_on_the_body_or_the_article_does_not_make_the_headline_chrome() -> None:
    page = (
        '<html><head><meta property="og:title" content="Trams fail in the heat, a social card title">'
        '</head><body class="with-subnavigation"><article class="articlepage"><header>'
        "<h1>Trams and motorways brace for the next heat wave</h1></header><p>Text.</p></article></body></html>"
    )
    tree = parse_html(page)
    h1 = next(tree.iter("h1"))
    assert not is_ui_heading(h1, "Trams and motorways brace for the next heat wave", None)
    # A menu class on the h1's own box still marks it
    tree = parse_html('<html><body><div class="main-menu"><h1>Regional news</h1></div></body></html>')
    h1 = next(tree.iter("h1"))
    assert is_ui_heading(h1, "Regional news", None)


def test_the_visible_headline_keeps_its_curly_quotes_and_dashes_over_a_straight_social_copy() -> None:
    head = (
        '<meta property="og:title" content="The harbour\'s last ferry - a farewell | Harbour Notes">'
        "<title>The harbour's last ferry - a farewell | Harbour Notes</title>"
    )
    body = "<article><h1>The harbour’s last ferry – a farewell</h1><p>Text.</p></article>"
    assert _title(head, body) == "The harbour’s last ferry – a farewell"
    # Other punctuation is no typographic variant: the metadata's form stays.
    head = '<meta property="og:title" content="Harbour: The last ferry leaves tonight">'
    body = "<article><h1>Harbour - The last ferry leaves tonight</h1><p>Text.</p></article>"
    assert _title(head, body) == "Harbour: The last ferry leaves tonight"


def test_a_kicker_element_inside_the_h1_is_not_part_of_the_headline() -> None:
    # The kicker is set apart by layout inside the h1; og:title and the <title> write it with a colon.
    head = (
        '<meta property="og:title" content="Spring opening: Ferries return to the island route">'
        "<title>Spring opening: Ferries return to the island route | Harbour Times</title>"
    )
    body = (
        '<article><h1> <span class="overline">Spring opening</span> Ferries return to the island route</h1>'
        "<p>Text.</p></article>"
    )
    assert _title(head, body) == "Ferries return to the island route"
    # An h1 that writes the kicker with its colon, as og:title does, shows it as part of the headline.
    body = (
        '<article><h1><span class="overline">Spring opening:</span> Ferries return to the island route</h1>'
        "<p>Text.</p></article>"
    )
    assert _title(head, body) == "Spring opening: Ferries return to the island route"


def test_a_site_named_in_parentheses_at_the_end_is_an_affix() -> None:
    assert strip_affix("Rent strike spreads to three cities (harbour-times.example)", None) == (
        "Rent strike spreads to three cities"
    )
    assert (
        strip_affix("Rent strike spreads to three cities (harbour times)", None, "www.harbour-times.example")
        == "Rent strike spreads to three cities"
    )
    # A parenthesis that is the headline's own stays.
    assert strip_affix("Rent strike spreads to three cities (updated)", None, "www.harbour-times.example") == (
        "Rent strike spreads to three cities (updated)"
    )


def test_the_visible_headline_wins_over_a_differently_worded_social_title_without_json_ld() -> None:
    # og:title and the <title> are an SEO wording of the same story; the page shows its own headline.
    head = (
        '<meta property="og:title" content="Heat pumps in old houses - when it pays | heating.example">'
        "<title>Heat pumps in old houses - when it pays | heating.example</title>"
    )
    body = "<article><h1>Is a heat pump right for an old house?</h1><p>Text.</p></article>"
    assert _title(head, body) == "Is a heat pump right for an old house?"
    # A heading about something else (no content word shared) is no rewording of the story.
    body = "<article><h1>Partner offers</h1><p>Text.</p></article>"
    assert _title(head, body) == "Heat pumps in old houses - when it pays"
    # The h1 with the site name set into it is the og:title plus an affix, not another wording.
    head = '<meta property="og:title" content="Things we would rather not hear about ourselves">'
    body = "<article><h1>Things we would rather not hear about ourselves | ESSAYS.NET</h1><p>Text.</p></article>"
    assert _title(head, body) == "Things we would rather not hear about ourselves"
    # With a JSON-LD headline the publisher stated its headline: it stays.
    head = _ld("Heat pumps in old houses: when it pays")
    head += '<meta property="og:title" content="Heat pumps in old houses">'
    body = "<article><h1>Is a heat pump right for an old house?</h1><p>Text.</p></article>"
    assert _title(head, body) == "Heat pumps in old houses: when it pays"
    # When the <title> shows the h1's wording, og:title's other wording is not overruled here (the
    # publishers' own labels side with og:title there).
    head = (
        '<meta property="og:title" content="Why heat pumps pay in old houses">'
        "<title>Is a heat pump right for an old house? - Heating Notes</title>"
    )
    assert _title(head, body) == "Why heat pumps pay in old houses"


def test_without_a_usable_h1_the_first_h2_wording_the_story_is_the_headline() -> None:
    # An old template: the <title> names the site and the section, the page shows the headline in an h2.
    head = "<title>Volunteer Fire Brigade Northtown - Training</title>"
    body = "<div id='content'><h2>Boat service training</h2><p>Text.</p></div>"
    assert _title(head, body) == "Boat service training"
    # The logo and menu h1s are no headline; the h2 after them is.
    body = '<header><h1><a href="/">Page</a></h1></header><div><h2>Downloading the toolkit</h2><p>Text.</p></div>'
    assert _title("<title>BeginnersGuide/Download - Toolkit Wiki</title>", body) == "Downloading the toolkit"
    # A first h2 about something else (a box label, a teaser) is not the headline.
    body = "<div><h2>Upcoming events</h2><h2>Boat service training</h2><p>Text.</p></div>"
    assert _title(head, body) == "Volunteer Fire Brigade Northtown"  # the <title>, its short tail taken off
    # With a usable h1 the h2 is not asked.
    body = "<div><h1>Training for the new boat crew</h1><h2>Boat service training</h2><p>Text.</p></div>"
    assert _title(head, body) == "Training for the new boat crew"


def test_a_decorative_glyph_run_before_a_heading_is_not_part_of_the_headline() -> None:
    head = "<title>media.example // » Jane Weaver</title>"
    assert _title(head, "<div><h2>[&gt; Jane Weaver</h2><p>Text.</p></div>") == "Jane Weaver"
    assert _title(head, "<div><h1>[&gt; Jane Weaver</h1><p>Text.</p></div>") == "Jane Weaver"
    # Quotes and emphasis pairs are the headline's own.
    head = '<meta property="og:title" content="»ask.now« opens for questions">'
    assert _title(head, "<article><h1>»ask.now« opens for questions</h1></article>") == "»ask.now« opens for questions"
    assert _title(head, "<article><h1>[Update] »ask.now« opens</h1></article>") == "[Update] »ask.now« opens"


def test_a_style_element_inside_the_h1_is_not_headline_text() -> None:
    # CSS-in-JS frameworks render their rules into the markup, inside the heading.
    head = "<title>Ferries return to the island route | Harbour Times</title>"
    body = (
        '<article><h1><span class="css-x1">Ferries return</span><style>.css-x1{font-size:16px;color:#707070}'
        "</style> to the island route</h1><p>Text.</p></article>"
    )
    assert _title(head, body) == "Ferries return to the island route"
    tree = parse_html(f"<html><body>{body}</body></html>")
    assert heading_text(next(tree.iter("h1"))) == "Ferries return to the island route"


def test_of_several_h1s_the_one_another_source_begins_with_is_the_story() -> None:
    head = '<meta property="og:title" content="Courier invents a trip to the coast, Northland">'
    body = (
        "<div class='dateline'><h1>Harbourtown</h1></div>"
        "<article><h1>Courier invents a trip to the coast</h1><p>Text.</p></article>"
    )
    assert _title(head, body) == "Courier invents a trip to the coast"


def test_a_meta_title_cut_at_an_unescaped_quote_yields_to_the_whole_title() -> None:
    # content="Senator calls the mayor "unfit"" ends the attribute at the first inner quote.
    head = '<meta property="og:title" content="Senator calls the mayor "unfit"">'
    head += '<title>Senator calls the mayor "unfit"</title>'
    assert _title(head, "<div><p>Text.</p></div>") == 'Senator calls the mayor "unfit"'
    # A guillemet used as a separator is no quote: the <title>'s tail stays off.
    head = (
        '<meta property="og:title" content="Small loans compared">'
        "<title>Small loans compared » Money straight to your account</title>"
    )
    assert _title(head, "<div><p>Text.</p></div>") == "Small loans compared"


def test_class_words_are_matched_as_words_and_a_posts_own_categories_are_no_chrome() -> None:
    # WordPress writes the post's categories as classes of its box: "category-personal-branding" is about
    # the content, not a brand logo; a script hook "mousemove_menueenter" is no menu.
    head = "<title>Five ways to network better | Career Notes - Jane Doe</title>"
    for box in ('<div class="post category-personal-branding tag-brand">', '<div class="mousemove_menueenter">'):
        body = f"{box}<h1>Five ways to network better</h1><p>Text.</p></div>"
        assert _title(head, body) == "Five ways to network better"
    # A menu or logo box is still chrome, in any spelling ("main-menu", "siteHeader", "logoarea").
    for box in ('<div class="main-menu">', '<div class="siteHeader">', '<div class="logoarea">'):
        tree = parse_html(f"<html><body>{box}<h1>Regional news</h1></div></body></html>")
        assert is_ui_heading(next(tree.iter("h1")), "Regional news", None)


def test_a_blog_title_names_the_site_and_the_story_is_the_side_the_page_shows_as_a_heading() -> None:
    # Old blog templates: the blog's name in a masthead h1, the post's in an h2/h3, and a <title> with both
    # in any order; no og:title, no JSON-LD.
    masthead = '<div id="header"><h1><a href="/">Bike Notes</a></h1><h2>cycling culture blogged</h2></div>'
    body = masthead + '<div class="post"><h2 class="entry-title">Yard sign fenders</h2><p>Text.</p></div>'
    assert _title("<title>Yard sign fenders - Bike Notes</title>", body) == "Yard sign fenders"
    assert _title("<title>Bike Notes: Yard sign fenders</title>", body) == "Yard sign fenders"
    # The masthead box named by its class, the story shown nowhere as a heading: the other side.
    body = '<div id="blogtitle"><h2>Health Economist</h2></div><div class="post"><p>Text.</p></div>'
    assert _title("<title>Who will win the vote? « Health Economist</title>", body) == "Who will win the vote?"
    # No masthead: the side shown as the post's heading when it is the longer one.
    body = '<div class="post"><h3 class="post-title">A portrayal of running injuries</h3><p>Text.</p></div>'
    assert _title("<title>Sport Science: A portrayal of running injuries</title>", body) == (
        "A portrayal of running injuries"
    )
    # A masthead h1 linking to the blog's home, a folder above the page; the story shown below it.
    body = (
        '<div id="banner"><h1><a href="https://example.com/zen/">Presentation Zen</a></h1></div>'
        '<div class="entry"><h3>Stop stealing dreams: on education</h3><p>Text.</p></div>'
    )
    head = '<meta property="og:title" content="Presentation Zen: Stop stealing dreams: on education">'
    assert _title(head, body, "https://example.com/zen/2012/10/stop.html") == "Stop stealing dreams: on education"
    # Both sides shown as content headings (artist and album) decide nothing: the page's h1 stays.
    body = "<div class='info'><h1>Andy Quiet</h1><h2>Luxury Problems</h2><p>Text.</p></div>"
    assert _title('<meta property="og:title" content="Andy Quiet: Luxury Problems">', body) != "Luxury Problems"


def test_a_count_or_date_glued_after_the_heading_is_not_headline_text() -> None:
    head = "<title>The nation is losing its toolbox - Tech Forum</title>"
    body = (
        '<article><h2 class="story"><span><a href="/story/1">The nation is losing its toolbox</a></span>'
        '<span class="comments">524</span></h2><p>Text.</p></article>'
    )
    assert _title(head, body) == "The nation is losing its toolbox"
    head = "<title>Gone snowboarding, goodbye for now « The Cannon</title>"
    body = "<div class='post'><h2>Gone snowboarding, goodbye for now <em>9 December, 2011</em></h2><p>Text.</p></div>"
    assert _title(head, body) == "Gone snowboarding, goodbye for now"
    # A number that the metadata shows too is the headline's own.
    head = "<title>Best sleeping bags 2024 - Outdoor Notes</title>"
    body = "<article><h1>Best sleeping bags <span>2024</span></h1><p>Text.</p></article>"
    assert _title(head, body) == "Best sleeping bags 2024"


def test_an_h1_that_links_to_the_page_itself_is_the_headline_and_one_linking_elsewhere_a_teaser() -> None:
    url = "https://law.example/article/2766-review-internet-law.html"
    head = "<title>Law Notes</title>"
    body = (
        "<div class='post'><h1 class='entry-title'>"
        '<a href="/article/2766-review-internet-law.html">Review: Internet law, 5th edition</a></h1><p>Text.</p></div>'
    )
    assert _title(head, body, url) == "Review: Internet law, 5th edition"
    # A teaser's headline linking to another story is no headline of this page.
    tree = parse_html('<html><body><h1><a href="/surveys/other-story/">Other story…</a></h1></body></html>')
    assert is_ui_heading(next(tree.iter("h1")), "Other story…", None, "law.example", url)


def test_a_kicker_element_stays_when_another_source_shows_the_whole_h1_in_other_type() -> None:
    head = '<meta property="og:title" content="Editor\'s Letter: goodbye old friend, hello new one">'
    body = "<article><h1><span>Editor’s Letter:</span> goodbye old friend, hello new one</h1><p>Text.</p></article>"
    assert _title(head, body) == "Editor’s Letter: goodbye old friend, hello new one"


def test_a_short_label_h1_sharing_no_word_with_a_sentence_long_title_is_not_the_headline() -> None:
    # No og:title, no JSON-LD: the section's or blog's name in the h1, the story's headline in the <title>.
    head = "<title>Agency approves a new drug for joint inflammation</title>"
    assert _title(head, "<div><h1>News &amp; Events</h1><p>Text.</p></div>") == (
        "Agency approves a new drug for joint inflammation"
    )
    # A page heading that is about the title's subject stays, and so does one against a short <title>.
    head = "<title>Boat service training in the harbour this spring</title>"
    assert _title(head, "<div><h1>Boat training</h1><p>Text.</p></div>") == "Boat training"
    assert _title("<title>Fire Brigade Oldtown</title>", "<div><h1>Boat training</h1></div>") == "Boat training"
