"""Per-message noise for scripts/make_corpus.py (private module, standard library only).

What real mail-merge traffic looks like after tools and humans touched it: typos, dropped words,
unfilled merge fields, emoji added or removed, case changes, whitespace and line-break variations,
HTML line breaks and entities, curly versus straight quotes. Campaign-wide habits (the merge
tool's placeholder syntax, whether it sends HTML, curly quotes) live in ``SendingProfile``; each
message then draws its own deviations. Every function takes an explicit ``random.Random`` and
returns the names of the operations it applied, which end up in the labels file.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from _pools import EMOJI

#: Noise level name -> multiplier applied to every per-message rate.
LEVELS = {"none": 0.0, "low": 0.4, "normal": 1.0, "high": 2.5}

# Unfilled merge-field renderings: style -> source slot -> literal text left in the message.
MERGE_STYLES: dict[str, dict[str, str]] = {
    "jinja": {"FIRST_NAME": "{{first_name}}", "LAST_NAME": "{{last_name}}", "FULL_NAME": "{{full_name}}",
              "TITLE": "{{title}}", "COMPANY": "{{company}}", "INDUSTRY": "{{industry}}", "CITY": "{{city}}"},
    "bracket": {"FIRST_NAME": "[Name]", "LAST_NAME": "[Last Name]", "FULL_NAME": "[Full Name]",
                "TITLE": "[Title]", "COMPANY": "[Company]", "INDUSTRY": "[Industry]", "CITY": "[City]"},
    "percent": {"FIRST_NAME": "%FIRSTNAME%", "LAST_NAME": "%LASTNAME%", "FULL_NAME": "%FULLNAME%",
                "TITLE": "%JOBTITLE%", "COMPANY": "%COMPANY%", "INDUSTRY": "%INDUSTRY%", "CITY": "%CITY%"},
    "mailchimp": {"FIRST_NAME": "*|FNAME|*", "LAST_NAME": "*|LNAME|*", "FULL_NAME": "*|NAME|*",
                  "TITLE": "*|TITLE|*", "COMPANY": "*|COMPANY|*", "INDUSTRY": "*|INDUSTRY|*", "CITY": "*|CITY|*"},
    "curly": {"FIRST_NAME": "{FirstName}", "LAST_NAME": "{LastName}", "FULL_NAME": "{FullName}",
              "TITLE": "{Title}", "COMPANY": "{Company}", "INDUSTRY": "{Industry}", "CITY": "{City}"},
    "hubspot": {"FIRST_NAME": "{{contact.firstname}}", "LAST_NAME": "{{contact.lastname}}",
                "FULL_NAME": "{{contact.name}}", "TITLE": "{{contact.jobtitle}}",
                "COMPANY": "{{contact.company}}", "INDUSTRY": "{{company.industry}}", "CITY": "{{contact.city}}"},
    "empty": {"FIRST_NAME": "", "LAST_NAME": "", "FULL_NAME": "", "TITLE": "", "COMPANY": "",
              "INDUSTRY": "", "CITY": ""},
    "fallback": {"FIRST_NAME": "there", "LAST_NAME": "", "FULL_NAME": "there", "TITLE": "leader",
                 "COMPANY": "your company", "INDUSTRY": "your industry", "CITY": "your city"},
}
MERGE_STYLE_NAMES = tuple(MERGE_STYLES)


@dataclass
class SendingProfile:
    """Habits shared by all messages of one campaign (or one one-off sender)."""

    merge_style: str = "jinja"
    unfilled_rate: float = 0.0
    html: bool = False
    curly: bool = False
    company_short: bool = False
    scale: float = 1.0  # campaign-specific multiplier of the per-message noise rates

    @classmethod
    def draw(cls, rng: random.Random) -> "SendingProfile":
        return cls(
            merge_style=rng.choice(MERGE_STYLE_NAMES),
            unfilled_rate=rng.choice((0.0, 0.0, 0.005, 0.01, 0.02, 0.04, 0.08)),
            html=rng.random() < 0.08,
            curly=rng.random() < 0.3,
            company_short=rng.random() < 0.3,
            scale=rng.choice((0.5, 1.0, 1.0, 1.0, 1.5, 2.0)),
        )


_WORD_RE = re.compile(r"[^\W\d_]{4,}")
_ANY_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?[,.!?]? ")
_EMOJI_RE = re.compile("[" + "".join(EMOJI) + "\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?")


def typo(text: str, rng: random.Random, count: int, protected: frozenset[str]) -> str:
    """Swap, drop or duplicate one inner character in ``count`` words (not in ``protected``)."""
    spans = [m.span() for m in _WORD_RE.finditer(text) if m.group(0) not in protected]
    if not spans:
        return text
    chosen = sorted(rng.sample(spans, min(count, len(spans))), reverse=True)
    for start, end in chosen:
        word = text[start:end]
        i = rng.randrange(1, len(word) - 1)
        op = rng.randrange(3)
        if op == 0:
            word = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif op == 1:
            word = word[:i] + word[i + 1:]
        else:
            word = word[:i] + word[i] + word[i:]
        text = text[:start] + word + text[end:]
    return text


def drop_word(text: str, rng: random.Random, protected: frozenset[str]) -> str:
    """Remove one word (and the space after it), never one that belongs to a filled slot."""
    spans = [m.span() for m in _ANY_WORD_RE.finditer(text)
             if m.group(0).strip(" ,.!?") not in protected and m.start() > 0]
    if not spans:
        return text
    start, end = rng.choice(spans)
    return text[:start] + text[end:]


def to_curly(text: str) -> str:
    text = re.sub(r"(?<=\w)'(?=\w)", "’", text)
    text = re.sub(r"(^|[\s(])'", "\\1‘", text)
    text = text.replace("'", "’")
    out, open_q = [], True
    for ch in text:
        if ch == '"':
            out.append("“" if open_q else "”")
            open_q = not open_q
        else:
            out.append(ch)
    return "".join(out)


def to_straight(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def title_case(text: str) -> str:
    return re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)?", lambda m: m.group(0)[:1].upper() + m.group(0)[1:], text)


def html_encode(text: str, rng: random.Random) -> str:
    """Line breaks as ``<br />`` variants and characters as HTML entities, like an HTML sender."""
    text = text.replace("&", "&amp;")
    apos = rng.choice(("&#39;", "&#39;", "&#x27;", "&apos;"))
    text = text.replace("'", apos).replace("’", "&rsquo;" if rng.random() < 0.5 else "&#8217;")
    text = text.replace('"', "&quot;").replace("“", "&ldquo;").replace("”", "&rdquo;")
    text = text.replace("—", "&mdash;").replace("–", "&ndash;")
    br = rng.choice(("<br />", "<br>", "<br/>", "<br />\n", "<br>\n"))
    text = text.replace("\n", br)
    if rng.random() < 0.3:
        text = "<p>" + text.replace(br + br, "</p><p>") + "</p>"
    return text


def stray_entity(text: str, rng: random.Random) -> str:
    """One HTML entity leaking into plain text (copy-paste from a rich editor)."""
    choices = []
    if "&" in text:
        choices.append(lambda t: t.replace("&", "&amp;", 1))
    if "'" in text or "’" in text:
        choices.append(lambda t: re.sub("['’]", "&#39;", t, count=1))
    if " " in text:
        choices.append(lambda t: t.replace(" ", "&nbsp;", 1))
    return rng.choice(choices)(text) if choices else text


_WS_OPS = ("double_space", "double_space", "trailing", "leading", "flatten", "blank_line", "crlf",
           "nbsp", "tab")
_WS_OPS_SHORT = ("double_space", "double_space", "trailing", "leading", "nbsp")


def whitespace(text: str, rng: random.Random, short: bool = False) -> tuple[str, str]:
    """One whitespace variation; returns (text, operation name)."""
    op = rng.choice(_WS_OPS_SHORT if short else _WS_OPS)
    if op == "double_space":
        spaces = [m.start() for m in re.finditer(" ", text)]
        if spaces:
            i = rng.choice(spaces)
            text = text[:i] + "  " + text[i + 1:]
    elif op == "trailing":
        text = text + rng.choice((" ", "\n", "\n\n", "  ", " \n"))
    elif op == "leading":
        text = rng.choice((" ", "\n", "  ")) + text
    elif op == "flatten":
        text = re.sub(r"\s*\n+\s*", " ", text)
    elif op == "blank_line":
        text = text.replace("\n\n", "\n\n\n", 1) if "\n\n" in text else text.replace("\n", "\n\n", 1)
    elif op == "crlf":
        text = text.replace("\n", "\r\n")
    elif op == "nbsp":
        spaces = [m.start() for m in re.finditer(" ", text)]
        if spaces:
            i = rng.choice(spaces)
            text = text[:i] + "\u00a0" + text[i + 1:]
    else:
        text = text.replace("\n", "\n\t", 1)
    return text, op


def add_emoji(text: str, rng: random.Random) -> str:
    emoji = rng.choice(EMOJI)
    where = rng.random()
    if where < 0.4 and "\n" in text:
        i = text.index("\n")
        return text[:i] + " " + emoji + text[i:]
    if where < 0.7:
        return text.rstrip() + " " + emoji
    m = list(re.finditer(r"[.!?](?= )", text))
    if m:
        i = rng.choice(m).end()
        return text[:i] + " " + emoji + text[i:]
    return text + " " + emoji


def remove_emoji(text: str) -> str:
    return re.sub(r" ?" + _EMOJI_RE.pattern, "", text)


def apply_noise(text: str, rng: random.Random, profile: SendingProfile, level: float,
                protected: frozenset[str], *, short: bool = False) -> tuple[str, list[str]]:
    """Apply per-message noise to a rendered message. ``short`` limits it for connection notes."""
    ops: list[str] = []
    k = level * profile.scale
    if k <= 0:
        if profile.curly:
            text = to_curly(text)
        if profile.html:
            text = html_encode(text, rng)
        return text, ops
    r = rng.random()
    n_typos = 2 if r < 0.04 * k else (1 if r < 0.16 * k else 0)
    if n_typos:
        text = typo(text, rng, n_typos, protected)
        ops.append("typo" if n_typos == 1 else "typo2")
    if rng.random() < 0.05 * k:
        text = drop_word(text, rng, protected)
        ops.append("drop_word")
    if _EMOJI_RE.search(text) and rng.random() < 0.25 * min(k, 2.0):
        text = remove_emoji(text)
        ops.append("emoji_removed")
    elif rng.random() < 0.05 * k:
        text = add_emoji(text, rng)
        ops.append("emoji_added")
    curly = profile.curly
    if rng.random() < 0.08 * k:
        curly = not curly
        ops.append("quotes_flipped")
    text = to_curly(text) if curly else to_straight(text)
    r = rng.random()
    if r < 0.02 * k:
        text = text.lower()
        ops.append("lowercase")
    elif r < 0.027 * k:
        text = title_case(text)
        ops.append("titlecase")
    elif r < 0.03 * k:
        text = text.upper()
        ops.append("uppercase")
    if not short:
        if profile.html and rng.random() < 0.9:
            text = html_encode(text, rng)
            ops.append("html")
        elif rng.random() < 0.012 * k:
            text = stray_entity(text, rng)
            ops.append("entity")
    elif rng.random() < 0.006 * k:
        text = stray_entity(text, rng)
        ops.append("entity")
    n_ws = 1 if rng.random() < 0.15 * k else 0
    if n_ws and rng.random() < 0.2:
        n_ws = 2
    for _ in range(n_ws):
        text, op = whitespace(text, rng, short)
        ops.append(op)
    return text, ops
