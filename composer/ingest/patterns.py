"""Ingest knowledge kept as data: boilerplate, header keys, formats, content types.

No logic lives here. Boilerplate is matched per paragraph after stripping and
case-folding; grow these lists without touching the code that uses them.
"""

from __future__ import annotations

import re

# Whole paragraphs (or whole lines inside a paragraph) that are never article text.
BOILERPLATE_LINES: frozenset[str] = frozenset(
    {
        "share",
        "share.",
        "share this",
        "share this article",
        "share this story",
        "share on facebook",
        "share on x",
        "share on twitter",
        "share on linkedin",
        "share via email",
        "exit mobile version",
        "advertisement",
        "advertisement.",
        "advertisement:",
        "ad",
        "sponsored",
        "sponsored content",
        "story continues below advertisement",
        "article continues below advertisement",
        "continue reading below",
        "skip advertisement",
        "scroll to continue with content",
        "read more",
        "read more.",
        "continue reading",
        "comments",
        "print",
        "email",
        "tweet",
        "copy link",
        "link copied",
        "listen to this article",
        "open in app",
        "accept all",
        "skip to content",
        "skip to main content",
        "skip navigation",
        "menu",
        "search",
        "sign in",
        "log in",
        "back to top",
        "accept cookies",
        "facebook",
        "facebook.",
        "twitter",
        "twitter.",
        # the labels of a news database's export (ProQuest, Nexis): 'ABSTRACT.' ¶ summary ¶ 'FULL TEXT.' ¶ story
        "abstract",
        "abstract.",
        "abstract:",
        "full text",
        "full text.",
        "full text:",
    }
)

# A line that credits a photo. In plain text a caption is pasted as a short
# block whose last line is the credit: the whole block is dropped.
CREDIT_LINES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(photo|image|video|illustration)s? ?(credit)?s?\s*:",
        r"^\(?(photo|image)s? (by|courtesy of|credit)\b",
        r"^[\w .'-]{2,60}/(getty images|ap|ap photo|reuters|afp|afp via getty images|shutterstock|epa)\)?$",
        r"^(getty images|getty|ap photo\b.*|reuters|afp|shutterstock)\.?$",
    )
)
CAPTION_MAX_CHARS = 300

# Paragraphs that start like this are promos, credits or navigation. Only
# paragraphs shorter than BOILERPLATE_MAX_CHARS are tested, so a real
# paragraph that happens to begin "Subscribe to..." survives.
BOILERPLATE_MAX_CHARS = 250

BOILERPLATE_PATTERNS: tuple[re.Pattern[str], ...] = CREDIT_LINES + tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^sign up (for|to)\b.*\b(newsletters?|alerts|emails?|briefing)\b",
        r"^get (our|the) .*\bnewsletter\b",
        r"^subscribe (to|for|now)\b",
        r"\((file )?(photo|photos|image|video)( by| courtesy of|:| credit)[^)]{0,80}\)$",
        r"^related\s*:",
        r"^related (stories|articles|coverage|content|links)\s*:?$",
        r"^(read|see) (more|also|next)\s*:",
        r"^more\s*:",
        r"^click here (to|for)\b",
        # pointers to the page around the story: 'Read the rest of the story at …', 'Watch a clip … above.'
        r"^read the (rest|full|whole|entire)\b.{0,40}\b(story|article|piece|interview|report|transcript|column|post)\b",
        r"^read parts? \d",
        r"^(watch|see|view|listen to) (the|a|this|our|more)\b.{0,60}\b(video|clip|ad|interview|footage|speech"
        r"|remarks|segment|trailer|exchange|map|chart|graphic|photos?|gallery|highlights|moments?)\b.{0,40}"
        r"\b(above|below)\b",
        # production credits: 'Story by … Video produced by …', 'Reporting by …; editing by …'
        r"^\(?(story|reporting|additional reporting|writing|video|photos?) by\b.{0,120}"
        r"\b(produced|edited|editing|writing|video|photography|cinematography|photos?) by\b",
        r"^\((additional )?reporting by\b[^()]{0,250}\)\.?$",  # a wire story's '(Reporting by Ann Poe)'
        # a contributor's credit: 'Associated Press writer Ann Poe contributed to this report.'
        r"^[^.!?\"“”]{3,160}\bcontributed (to this (report|story|article)|reporting\b[^.!?\"“”]{0,80})\.?$",
        r"^follow (us|@\w+)\b|^follow [\w .]{1,40} on (x|twitter|facebook|instagram|threads|bluesky|linkedin|tiktok)\b",
        r"^copyright\s*(©|\(c\)|\d{4})|^©",
        r"^all rights reserved\.?$",
        r"^[_*=~•·\s-]{2,}\.?$",  # a section break: '___', '* * *', '---' (AP's 'The Latest' runs on them)
        r"^(###|-30-)$",  # where a press release ends
        r"^(media|press|investor) (contacts?|inquiries|relations)\s*:",  # a press release's contact lines
        r"^source:?\s+[\w&.,'’ -]{2,60}$",  # PR Newswire's closing 'SOURCE Calloway Corp.'
        r"^for more information,? (visit|see|go to|contact|call)\b",
        r"^(twitter|x|instagram|threads|bluesky)\s*:\s*@[\w.]+\.?$",  # a columnist's handle: 'Twitter: @Milbank.'
        r"^x\.?$",  # what is left of a share button or a closed embed
        r"^filed under\b",
        r"^(we|this (site|website)) uses? cookies\b",
        r"^by continuing to (browse|use)\b",
        r"^(updated|published|posted)\s*(on|at)?\s*:?\s*\w{3,9}\.? \d{1,2}, \d{4}\b.{0,40}$",
    )
)


# Paragraphs that start the furniture after an article: from the first one
# in the second half of the body, everything is dropped. A marker counts if it
# is the whole paragraph, or starts one that does not end like a sentence
# ("Most Read County fair dates announced…", pasted as one block).
TAIL_MAX_CHARS = 300
# 'About Calloway Corp.': the heading of a press release's company boilerplate, which ends the story
ABOUT_HEADING = re.compile(r"About (?:the )?(?:[A-Z0-9][\w&.’'-]*[ \u00a0]?){1,6}")
TAIL_MARKERS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"related (stories|articles|coverage|content|reading)\b",
        r"more (from|on|stories)\b",
        r"(read|watch) next\b",
        r"recommended( for you| stories| reading)?\b",
        r"(trending|most read|most popular|most viewed)( now| stories)?\b",
        r"(you may|you might) also like\b",
        r"comments? \(\d+\)",
        r"(leave|post|add) a (comment|reply)\b",
        r"join the conversation\b",
    )
)

# Lines at the very top of the body that carry metadata rather than text.
# A byline is "By" followed by names whose words are capitalised (or particles).
BYLINE = re.compile(r"^by[:\s]\s*(?P<names>.{2,100}?)\.?$", re.IGNORECASE)
BYLINE_SEPARATORS = re.compile(r"\s*(?:,|\band\b|&|\|)\s*")
NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "da", "del", "der", "van", "von", "al", "el", "bin", "la", "le", "du"}
)
DATELINE = re.compile(
    r"^(published|updated|posted|last updated)\b.{0,60}$"
    r"|^\w{3,9}\.? \d{1,2}, \d{4}(,? \d{1,2}:\d{2}.{0,20})?$"
    r"|^\d{4}-\d{2}-\d{2}([ t]\d{2}:\d{2}.{0,10})?$"
    r"|^(\w+, )?\d{1,2} \w{3,9}\.? \d{4}(,? \d{1,2}[:.]\d{2}.{0,20})?$",
    re.IGNORECASE,
)
# The date inside a dateline such as "Posted Dec. 4, 2024, 9:15 a.m.": it fills `published`.
DATE_IN_LINE = re.compile(r"\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}")

# "By Dana Whitfield | Feb. 11, 2025": a byline and a date on one line.
LEAD_PARTS = re.compile(r"\s+[|·•–—]\s+")
LEAD_LINES_CHECKED = 4

# Plain text pasted without a `Title:` line usually starts with the headline:
# a short first paragraph that does not end like a sentence.
HEADLINE_MAX_WORDS = 20
HEADLINE_NOT_ENDING = (".", "!", "?", "…", ":", ";", ",", "”", '"', "’", "'", ")")
# A wire story opens with its place in capitals and a dash ('WASHINGTON (AP) — ', 'CONCORD, N.H. - '): a
# short line before it is the story's headline.
PLACE_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{2,30}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?"  # the place, its state
    r"(?:, \w+\.? \d{1,2})?(?: \([\w ]{2,20}\))? ?(?:—|–|--|-) ?\S"  # the date, the wire service, the dash
)
# Words a headline in Title Case leaves in lower case ('Trump Takes the Stage in Iowa').
HEADLINE_SMALL_WORDS: frozenset[str] = frozenset(
    "a an the of to in on at by for from with into over and or but nor vs vs. as is via off up out".split()
)

# An HTML page is an article only if some paragraph has this many words and ends a sentence.
PROSE_MIN_WORDS = 8

# Optional header lines at the top of a plain-text article: `Title: ...`.
HEADER_KEYS: dict[str, str] = {
    "title": "title",
    "headline": "title",
    "url": "url",
    "link": "url",
    "date": "published",
    "published": "published",
    "by": "byline",
    "byline": "byline",
    "author": "byline",
}

# Markdown front matter keys (lower-cased) and the Article field each fills.
FRONT_MATTER_KEYS: dict[str, str] = {
    "title": "title",
    "headline": "title",
    "url": "url",
    "link": "url",
    "canonical": "url",
    "canonical_url": "url",
    "canonicalurl": "url",
    "permalink": "url",
    "published": "published",
    "date": "published",
    "pubdate": "published",
    "publishdate": "published",
    "published_at": "published",
    "date_published": "published",
    "byline": "byline",
    "author": "byline",
    "authors": "byline",
    "image": "image",
    "images": "image",
    "cover": "image",
    "cover_image": "image",
    "featured_image": "image",
    "lead_image": "image",
    "og_image": "image",
    "tags": "tags",
    "keywords": "tags",
    "categories": "tags",
    "description": "description",
    "summary": "description",
    "excerpt": "description",
    "dek": "description",
    "subtitle": "description",
    "site": "site_name",
    "site_name": "site_name",
    "publication": "site_name",
}

# Dates as newsrooms write them, tried after ISO 8601.
DATE_FORMATS: tuple[str, ...] = (
    "%B %d, %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%A, %B %d, %Y",
    "%Y/%m/%d",
    "%d.%m.%Y",
)

# File extensions that decide the input kind without looking inside.
EXTENSIONS: dict[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
}

# HTTP Content-Type → input kind. Anything else is refused.
CONTENT_TYPES: dict[str, str] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
}

# Friendly names for content types people paste links to by mistake.
CONTENT_TYPE_NAMES: dict[str, str] = {
    "application/pdf": "a PDF document",
    "application/json": "JSON data",
    "application/xml": "an XML feed",
    "application/rss+xml": "an RSS feed",
    "application/atom+xml": "an Atom feed",
    "application/zip": "a zip archive",
    "application/octet-stream": "a binary download",
    "application/msword": "a Word document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "a Word document",
}

# Leading bytes of files that are not articles (checked before decoding).
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive or Word/ODF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"{\\rtf", "an RTF document"),
)

# Charset labels that browsers read as Windows-1252 (WHATWG Encoding Standard).
CP1252_LABELS: frozenset[str] = frozenset(
    {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252", "x-cp1252"}
)
