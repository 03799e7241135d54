"""Every per-language word list newsbot uses, in one place.

One module per topic (``dates``: month and weekday names, time-zone abbreviations; ``bylines``: byline
prefixes and role words; ``junk``: boilerplate phrase families; ``navigation``: section, search and
pagination words; ``bodylines``: words of the credit, dateline, byline and press-release lines in a body;
``junklines``: words of the junk module's chrome-line patterns, reading times, "follow us", captions, role lines;
``units``: units and compass points of measured values, which mark a data page such as a forecast).
Code elsewhere imports its words from here instead of keeping its own copy, so that a language is added
by editing this package only. Each list says which languages it covers.
"""
