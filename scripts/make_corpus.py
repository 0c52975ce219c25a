#!/usr/bin/env python3
"""Generate a seeded, labelled corpus of LinkedIn-style messages with mail-merge campaigns.

Usage::

    python scripts/make_corpus.py -n 20000 --seed 7 --templates dev -o corpus.jsonl
    python scripts/make_corpus.py -n 2000 --seed 1 --templates heldout --spin heavy --no-metadata -o c.jsonl

The same arguments always give byte-identical files (one ``random.Random`` per purpose, seeded
from ``--seed``; nothing depends on hash order), for a given version of the package's masking.

Dependencies: the standard library, plus the project package ``mass_msg_detect`` (and the numpy
it brings) for the one-off guard below, which masks texts exactly as the detector does. Run it
inside the project's virtual environment. Since one-offs are accepted or redrawn by comparing
masked texts, a change to the masking rules or lexicons (``mass_msg_detect.config.MASKING_VERSION``)
may change the one-offs of a corpus; the campaigns never depend on it.

Files written
-------------
``OUTPUT`` (``-o``), the input of ``mmd campaigns``: one JSON object per line, in random order::

    {"id": "m000001", "text": "...", "sender": "sam-kowalski-91ab3c", "recipient": "ana-souza-4b7a1c",
     "recipient_name": "Ana Souza", "recipient_title": "VP of Sales",
     "recipient_company": "Acme Robotics Inc", "sent_at": "2025-03-04T10:22:41Z"}

  With ``--no-metadata`` the ``recipient_name``, ``recipient_title`` and ``recipient_company``
  fields are left out (``sender``, ``recipient`` and ``sent_at`` stay).

``LABELS`` (``--labels``; default: OUTPUT with ``.jsonl`` replaced by ``.labels.jsonl``), one line
per message in the same order::

    {"id": "m000001", "campaign": "c0042" | null, "kind": KIND, "noise": ["typo", "html", ...]}

  KIND is ``campaign`` (a message of a long templated campaign), ``short_note`` (a message of a
  connection-note campaign, always under 200 characters), ``oneoff`` (a personal message, campaign
  null) or ``oneoff_short`` (a very short personal reply such as "Thanks!"; campaign null; these
  can be identical to each other, as in real inboxes). ``noise`` names the per-message
  deviations applied (see scripts/_noise.py); ``unfilled_merge`` marks a merge field left as
  ``{{first_name}}``, ``[Name]``, ``%FIRSTNAME%``, empty, etc.

``CAMPAIGNS`` (``--campaigns``; default: OUTPUT with ``.jsonl`` replaced by ``.campaigns.jsonl``),
one line per campaign, sorted by id (ids are numbered by decreasing size)::

    {"campaign": "c0001", "template": "{Hi|Hello} {NAME}, I saw you're the {TITLE} at {COMPANY}...",
     "size": 412, "senders": 17, "kind": "campaign" | "short_note", "spin": "light" | "heavy",
     "source": "dev:long:12" | "dev:composed:sales_software" | ..., "sender_ids": [...],
     "first_sent_at": "...", "last_sent_at": "...", "merge_style": "jinja", "html": false,
     "signoffs": ["Best,\\n{NAME}", ...]}

  ``template`` is the true template in the project's spintax notation: fixed text, slots
  ``{NAME}`` (first, last or full name of the recipient, or the sender's first name),
  ``{TITLE}``, ``{COMPANY}``, ``{INDUSTRY}``, ``{CITY}``, spun alternatives ``{Hi|Hello|Hey}``,
  literal braces, bars and backslashes escaped with a backslash. It is the body before the
  per-message sign-off (listed in ``signoffs``) and before noise.

What is in a corpus
-------------------
* Campaigns: sizes from 3 up to ``--max-campaign`` (further capped at a quarter of the campaign
  messages so that small corpora still hold several campaigns), drawn from a truncated power law:
  many campaigns of 3-15 messages, a few in the hundreds. Each campaign has its own template:
  first the hand-written ones of the chosen set (scripts/_templates_dev.py or
  scripts/_templates_heldout.py, which share no wording), then templates assembled from the set's
  fragments, each kept only if its word-trigram Jaccard similarity to every earlier campaign
  stays below 0.25. About 28% of campaigns are connection notes (8-25 words, < 200 characters).
* Spin: a light campaign keeps 0-3 of its template's spin groups (the others frozen to one
  alternative), a heavy one keeps nearly all, multi-word alternatives included. ``--spin light``
  makes 20% of campaigns heavy, ``--spin heavy`` 80%.
* One or many senders per campaign (about half have one, a quarter 5-50); some senders run
  several campaigns and also send one-offs. Messages of a campaign are spread over days or weeks.
* Recipients: international names (accented, hyphenated, multi-word, a few in native scripts),
  combinatorial job titles and company names (with and without legal suffixes; a campaign may
  drop the suffix in the text while the metadata keeps it), industries and cities.
* Per-message noise (``--noise``): typos, a dropped word, unfilled merge fields, emoji added or
  removed, case changes, whitespace and line-break variations, HTML ``<br />`` and entities,
  curly versus straight quotes, varying sign-offs.
* One-offs (``--oneoff-share``, default 0.35 of messages): personal messages composed from a
  grammar (scripts/_oneoffs.py: 36 scenarios, about 560 densely spun sentences with open-class
  fills drawn fresh each time), sharing everyday phrases (greetings, "Hope you're well.",
  closes, sign-offs) with each other and with campaigns; 10% of them are very short replies
  (kind ``oneoff_short``, which may repeat exactly).
* One-offs are not templates. Each ordinary one-off (kind ``oneoff``) is rejection-sampled
  (``OneOffGuard``): after masking with the detector's own masking
  (``mass_msg_detect.shingling.masked_streams``, with the recipient's metadata) and with the
  everyday phrases left out, the word-trigram Jaccard similarity of its content to the content
  of every earlier one-off must stay below ``ONEOFF_SIM_MAX`` (0.2), and the trigram Jaccard of
  its whole masked text to each of ``TEMPLATE_RENDERS`` renderings of every campaign template
  below ``ONEOFF_TEMPLATE_SIM_MAX`` (0.3), so that a one-off is never a stray campaign member.
  A draw that fails is redrawn (up to ``ONEOFF_TRIES`` times); the rare message that still
  fails is lengthened with fresh content sentences (see ``_draw_oneoffs``). The counts are
  printed on stderr (``oneoff_redraws``, ``oneoffs_extended``, ``oneoffs_over_similarity_cap``).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

import _noise  # noqa: E402
import _oneoffs  # noqa: E402
import _pools  # noqa: E402
from _spintax import (JaccardIndex, SimilarityIndex, collapse, count_groups, masked_shingles,  # noqa: E402
                      parse, render, resolve_fills, slots_used, to_spintax, word_ngrams)

TEMPLATE_SETS = ("dev", "heldout")
NOTE_SHARE = 0.28
NOTE_MAX_CHARS = 200  # exclusive
SIZE_ALPHA = 1.8
MIN_CAMPAIGN = 3
SIM_MAX = 0.25
COMPOSE_TRIES = 40
SPAN_DAYS = 120
BASE_TIME = datetime(2025, 1, 6, tzinfo=timezone.utc)
SHORT_ONEOFF_SHARE = 0.10
ONEOFF_SIM_MAX = 0.2           # masked content trigram Jaccard between two ordinary one-offs (exclusive cap)
ONEOFF_TEMPLATE_SIM_MAX = 0.3  # masked trigram Jaccard between a one-off and a campaign template rendering
ONEOFF_TRIES = 30
ONEOFF_EXTENSIONS = 8
EXTENSION_CHOICES = 4
TEMPLATE_RENDERS = 6


def load_template_set(name: str):
    """Import the private template module of a set ("dev" or "heldout")."""
    if name not in TEMPLATE_SETS:
        raise ValueError(f"unknown template set {name!r}")
    if name == "dev":
        import _templates_dev as module
    else:
        import _templates_heldout as module
    return module


# --------------------------------------------------------------------------- sizes
def draw_sizes(rng: random.Random, total: int, max_size: int) -> list[int]:
    """Campaign sizes summing to ``total`` (or slightly less: a remainder < 3 is returned to one-offs)."""
    max_size = max(MIN_CAMPAIGN, min(max_size, max(15, total // 4)))
    a = MIN_CAMPAIGN ** (1 - SIZE_ALPHA)
    b = (max_size + 1) ** (1 - SIZE_ALPHA)
    sizes: list[int] = []
    left = total
    while left >= MIN_CAMPAIGN:
        u = rng.random()
        s = int((a + u * (b - a)) ** (1 / (1 - SIZE_ALPHA)))
        s = max(MIN_CAMPAIGN, min(s, max_size))
        if s > left or left - s < MIN_CAMPAIGN:
            s = left if left <= max_size else s
        if s > left:
            break
        sizes.append(s)
        left -= s
    return sizes


# --------------------------------------------------------------------------- composition
def _topic_pools(module, topic: str | None) -> list[dict]:
    pools = []
    if topic is not None:
        pools.append(module.COMPOSER["topics"][topic].get("fills", {}))
    pools.append(module.FILLS)
    return pools


def compose_long(rng: random.Random, module, topic: str) -> str:
    """Assemble a long pitch template (spintax source) from the set's fragments."""
    comp = module.COMPOSER
    spec = comp["topics"][topic]
    greeting = rng.choice(comp["greetings"])
    openers = spec.get("openers") if spec.get("openers") and rng.random() < 0.7 else comp["openers"]
    opener = rng.choice(openers)
    k = 2 if rng.random() < 0.55 else 1
    if spec.get("lead"):
        # a topic whose pitch needs an introduction ("I'm hiring a ...") starts with one
        pitches = [rng.choice(spec["lead"])] + rng.sample(spec["pitch"], k - 1)
    else:
        # pitch sentences keep their listed order: the first ones introduce the offer
        pitches = [spec["pitch"][j] for j in sorted(rng.sample(range(len(spec["pitch"])), k))]
    parts = [greeting, "\n\n", opener, rng.choice((" ", "\n\n")), " ".join(pitches)]
    if rng.random() < 0.7:
        parts += [" ", rng.choice(spec["proof"])]
    ask = rng.choice(spec["asks"]) if rng.random() < 0.5 else rng.choice(comp["asks"])
    parts += ["\n\n", ask]
    if rng.random() < 0.35:
        closer = rng.choice(comp["closers"])
        parts += ["\n\n" if closer.startswith(("P.S.", "PS")) else " ", closer]
    return "".join(parts)


def compose_note(rng: random.Random, module) -> str:
    """Assemble a connection-note template (spintax source)."""
    comp = module.COMPOSER
    parts = [rng.choice(comp["note_hooks"])]
    if rng.random() < 0.6:
        parts.append(rng.choice(comp["note_middles"]))
    parts.append(rng.choice(comp["note_asks"]))
    return " ".join(parts)


# --------------------------------------------------------------------------- data classes
@dataclass
class Sender:
    first: str
    full: str
    handle: str
    title: str


@dataclass
class Campaign:
    cid: str
    size: int
    kind: str
    spin: str
    source: str
    nodes: list
    profile: _noise.SendingProfile
    senders: list[Sender] = field(default_factory=list)
    signoffs: tuple[str, ...] = ()
    signature: bool = False
    agency: str = ""
    start_day: float = 0.0
    duration: float = 1.0


def _make_sender(rng: random.Random, taken: set[str]) -> Sender:
    first, _, full = _pools.make_name(rng)
    title = rng.choice(("Account Executive", "Business Development Manager", "Founder", "Partner", "Recruiter",
                        "Sales Director", "Growth Lead", "Head of Partnerships", "Community Manager",
                        "Senior Consultant", "Co-Founder & CEO", "Talent Partner", "Managing Director"))
    return Sender(first, full, _pools.make_handle(rng, full, taken), title)


def _iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def _campaign_time(rng: random.Random, c: Campaign) -> datetime:
    day = c.start_day + rng.random() * c.duration
    t = BASE_TIME + timedelta(days=math.floor(day))
    hour = rng.choices(range(7, 21), weights=(1, 4, 6, 6, 5, 4, 5, 6, 5, 4, 3, 2, 1, 1))[0]
    return t + timedelta(hours=hour, minutes=rng.randrange(60), seconds=rng.randrange(60))


def _oneoff_time(rng: random.Random) -> datetime:
    t = BASE_TIME + timedelta(days=rng.randrange(SPAN_DAYS))
    hour = rng.choices(range(0, 24), weights=(1, 1, 1, 1, 1, 1, 2, 4, 6, 7, 7, 6, 6, 7, 7, 6, 6, 6, 5, 5, 5, 5, 4, 2))[0]
    return t + timedelta(hours=hour, minutes=rng.randrange(60), seconds=rng.randrange(60))


# --------------------------------------------------------------------------- campaigns
def _finalise_template(rng: random.Random, module, source: str, topic: str | None, spin: str,
                       fill_rng: random.Random) -> tuple[list, _pools.CampaignFills]:
    fills = _pools.CampaignFills(fill_rng, _topic_pools(module, topic))
    nodes = resolve_fills(parse(source), fills)
    groups = count_groups(nodes)
    if spin == "heavy":
        keep = {i for i in range(groups) if rng.random() < 0.92}
        nodes = collapse(nodes, rng, keep, 0.8)
    else:
        k = rng.choice((0, 1, 1, 2, 2, 3))
        keep = set(rng.sample(range(groups), min(k, groups)))
        nodes = collapse(nodes, rng, keep, 0.0)
    return nodes, fills


def build_campaigns(rng: random.Random, module, sizes: list[int], spin_mode: str,
                    stats: dict) -> list[Campaign]:
    """Assign a distinct template, spin, sending habits and time window to every campaign."""
    n = len(sizes)
    width = max(4, len(str(n)))
    heavy_share = 0.8 if spin_mode == "heavy" else 0.2
    kinds = ["short_note" if rng.random() < NOTE_SHARE else "campaign" for _ in range(n)]
    spins = ["heavy" if rng.random() < heavy_share else "light" for _ in range(n)]

    # hand-written templates go to a random subset of campaigns of their kind
    sources: list[tuple[str, str, str | None] | None] = [None] * n
    for kind, pool, label in (("campaign", module.LONG, "long"), ("short_note", module.NOTES, "note")):
        idx = [i for i in range(n) if kinds[i] == kind]
        order = list(range(len(pool)))
        rng.shuffle(order)
        chosen = rng.sample(idx, min(len(idx), len(pool)))
        for i, t in zip(chosen, order):
            sources[i] = (pool[t], f"{module.NAME}:{label}:{t}", None)

    index = SimilarityIndex()
    fill_rng = random.Random(rng.random())
    sim_rng = random.Random(rng.random())
    templates: list[tuple[list, str, _pools.CampaignFills] | None] = [None] * n
    for i in range(n):
        if sources[i] is not None:
            src, label, topic = sources[i]
            nodes, fills = _finalise_template(rng, module, src, topic, spins[i], fill_rng)
            templates[i] = (nodes, label, fills)
            index.add([masked_shingles(nodes, sim_rng) for _ in range(4)])
    topics = tuple(module.COMPOSER["topics"])

    def compose_distinct(kind: str, spin: str):
        """Best of up to COMPOSE_TRIES composed templates: the least similar to those indexed."""
        best = None
        for _ in range(COMPOSE_TRIES):
            topic = rng.choice(topics)
            if kind == "short_note":
                src, label = compose_note(rng, module), f"{module.NAME}:composed_note:{topic}"
            else:
                src, label = compose_long(rng, module, topic), f"{module.NAME}:composed:{topic}"
            nodes, fills = _finalise_template(rng, module, src, topic, spin, fill_rng)
            sets = [masked_shingles(nodes, sim_rng) for _ in range(4)]
            sim = index.max_similarity(sets)
            if best is None or sim < best[0]:
                best = (sim, nodes, label, fills, sets)
            if sim < SIM_MAX:
                break
        return best

    forced = 0
    for i in range(n):
        if templates[i] is not None:
            continue
        sim, nodes, label, fills, sets = compose_distinct(kinds[i], spins[i])
        if sim >= SIM_MAX and kinds[i] == "short_note":
            # a connection note that cannot be made distinct enough becomes a long campaign
            kinds[i] = "campaign"
            stats["notes_made_long"] = stats.get("notes_made_long", 0) + 1
            sim, nodes, label, fills, sets = compose_distinct(kinds[i], spins[i])
        if sim >= SIM_MAX:
            forced += 1
        templates[i] = (nodes, label, fills)
        index.add(sets)
    stats["templates_over_similarity_cap"] = forced

    campaigns: list[Campaign] = []
    for i, size in enumerate(sizes):
        nodes, label, fills = templates[i]
        profile = _noise.SendingProfile.draw(rng)
        c = Campaign(cid=f"c{i + 1:0{width}d}", size=size, kind=kinds[i], spin=spins[i], source=label,
                     nodes=nodes, profile=profile)
        c.signoffs = tuple(rng.sample(_pools.SIGNOFFS, rng.choice((1, 1, 2, 3))))
        c.signature = rng.random() < 0.2
        c.agency = fills.values.get("AGENCY") or fills.values.get("FUND_NAME") or _pools.make_company(rng, suffix=False)
        c.duration = min(SPAN_DAYS - 1.0, max(0.5, rng.uniform(0.3, 1.6) * math.sqrt(size)))
        c.start_day = rng.uniform(0, SPAN_DAYS - c.duration)
        campaigns.append(c)
    return campaigns


def _protected(slots: dict[str, str]) -> frozenset[str]:
    words: list[str] = []
    for value in slots.values():
        words.extend(re.findall(r"[^\W\d_]+", value))
    return frozenset(words)


def _fit_note(text: str) -> str:
    """Last resort for a connection note still too long after re-draws: cut at a word boundary."""
    while len(text) >= NOTE_MAX_CHARS and " " in text:
        text = text[: text.rstrip().rfind(" ")].rstrip(" ,;:—-")
    return text[: NOTE_MAX_CHARS - 1]


def campaign_messages(rng: random.Random, c: Campaign, people: list[_pools.Person], level: float,
                      stats: dict) -> list[dict]:
    """All messages of one campaign (text, metadata, label fields)."""
    out = []
    recipients = rng.sample(people, c.size)
    weights = [1.0 / (1 + j) ** 0.7 for j in range(len(c.senders))]
    used = slots_used(c.nodes)
    mergeable = [s for s in used if s != "SENDER"]
    short = c.kind == "short_note"
    for j, person in enumerate(recipients):
        sender = c.senders[j] if j < len(c.senders) else rng.choices(c.senders, weights=weights)[0]
        company = _pools.strip_suffix(person.company) if c.profile.company_short else person.company
        slots = {"FIRST_NAME": person.first, "LAST_NAME": person.last, "FULL_NAME": person.full,
                 "TITLE": person.title, "COMPANY": company, "INDUSTRY": person.industry, "CITY": person.city,
                 "SENDER": sender.first}
        protected = _protected(slots)
        merge_ops: list[str] = []
        if mergeable and rng.random() < c.profile.unfilled_rate * max(level, 0.0):
            name_slots = [s for s in mergeable if s in ("FIRST_NAME", "FULL_NAME", "LAST_NAME")]
            field_ = rng.choice(name_slots) if name_slots and rng.random() < 0.7 else rng.choice(mergeable)
            slots[field_] = _noise.MERGE_STYLES[c.profile.merge_style][field_]
            merge_ops.append("unfilled_merge")
        for attempt in range(12):
            text = render(c.nodes, rng, slots)
            if not short:
                if rng.random() < 0.88:
                    signoff = rng.choice(c.signoffs).replace("{S}", sender.first)
                    if c.signature and rng.random() < 0.9:
                        signoff = signoff.replace(sender.first, sender.full) + f"\n{sender.title} | {c.agency}"
                    text = text + rng.choice(("\n\n", "\n\n", "\n")) + signoff
            elif rng.random() < 0.06:
                text = text + rng.choice((" - ", " — ", "\n")) + sender.first
            text, ops = _noise.apply_noise(text, rng, c.profile, level, protected, short=short)
            if not short or len(text) < NOTE_MAX_CHARS:
                break
        else:
            text = _fit_note(text)
            stats["notes_truncated"] = stats.get("notes_truncated", 0) + 1
        out.append({"text": text, "sender": sender.handle, "person": person, "time": _campaign_time(rng, c),
                    "campaign": c.cid, "kind": c.kind, "noise": merge_ops + ops})
    return out


class OneOffGuard:
    """Keeps one-offs apart from each other and from the campaign templates.

    Both comparisons use the detector's own masking (``mass_msg_detect.shingling.masked_streams``
    with the recipient's metadata, which is what ``mmd campaigns`` sees on a corpus with
    metadata) and word trigrams of the masked token stream:

    * the *content* of an ordinary one-off (its scenario sentences, without greeting, everyday
      phrase, close or sign-off) against the content of every earlier ordinary one-off:
      rejected at Jaccard >= ``ONEOFF_SIM_MAX``;
    * the whole one-off text (everyday phrases and sign-off included) against ``TEMPLATE_RENDERS``
      renderings of every campaign template: rejected at Jaccard >= ``ONEOFF_TEMPLATE_SIM_MAX``.
    """

    def __init__(self, rng: random.Random, campaigns: list[Campaign], people: list[_pools.Person]) -> None:
        from mass_msg_detect.shingling import masked_streams

        self._masked_streams = masked_streams
        self.oneoffs = JaccardIndex()
        self.templates = JaccardIndex()
        texts, metas = [], []
        for c in campaigns:
            for _ in range(TEMPLATE_RENDERS):
                person = rng.choice(people)
                company = _pools.strip_suffix(person.company) if c.profile.company_short else person.company
                slots = {"FIRST_NAME": person.first, "LAST_NAME": person.last, "FULL_NAME": person.full,
                         "TITLE": person.title, "COMPANY": company, "INDUSTRY": person.industry,
                         "CITY": person.city, "SENDER": rng.choice(c.senders).first}
                texts.append(render(c.nodes, rng, slots))
                metas.append(_meta(person))
        if texts:
            for stream in masked_streams(texts, metadata=metas):
                self.templates.add(word_ngrams(stream))

    def streams(self, pairs: list[tuple[str, str, dict]]) -> list[tuple[str, str]]:
        """Masked token streams of many (content, text, metadata) candidates, in one call."""
        if not pairs:
            return []
        texts = [t for content, text, _ in pairs for t in (content, text)]
        metas = [meta for _, _, meta in pairs for _ in (0, 1)]
        out = self._masked_streams(texts, metadata=metas)
        return [(out[2 * k], out[2 * k + 1]) for k in range(len(pairs))]

    def score(self, content_stream: str, text_stream: str) -> tuple[float, frozenset]:
        """(how far over its limits a candidate is: the larger of its two similarities, each
        divided by its limit, so below 1.0 passes; the content's trigram set)."""
        grams = word_ngrams(content_stream)
        sim_oneoff, _ = self.oneoffs.max_jaccard(grams)
        sim_template, _ = self.templates.max_jaccard(word_ngrams(text_stream))
        return max(sim_oneoff / ONEOFF_SIM_MAX, sim_template / ONEOFF_TEMPLATE_SIM_MAX), grams

    def accept(self, grams: frozenset) -> None:
        self.oneoffs.add(grams)


def _meta(person: _pools.Person) -> dict:
    return {"recipient_name": person.full, "recipient_title": person.title, "recipient_company": person.company}


@dataclass
class _Candidate:
    one: _oneoffs.OneOff
    signoff: str
    text: str = ""
    score: float = math.inf
    grams: frozenset = frozenset()


def _candidate(rng: random.Random, slots: dict[str, str], sender: Sender) -> _Candidate:
    one = _oneoffs.compose_parts(rng, slots)
    signoff = ""
    if rng.random() < 0.25:
        signoff = rng.choice(("\n\n", "\n", " ")) + rng.choice(_pools.SIGNOFFS).replace("{S}", sender.first)
    return _Candidate(one, signoff, one.text + signoff)


def _draw_oneoffs(rng: random.Random, todo: list[tuple[int, dict, Sender, dict]], guard: OneOffGuard,
                  stats: dict) -> dict[int, _Candidate]:
    """Ordinary one-offs (before noise) that pass the guard, by slot.

    In rounds: every slot still open gets a fresh draw, all drawn texts are masked in one
    call, then the draws are checked one by one in slot order (each accepted one is indexed
    before the next is checked). Up to ONEOFF_TRIES rounds. A slot that fails them all takes
    its closest draw and grows it by one content sentence at a time (an aside or another
    scenario's body sentence, best of EXTENSION_CHOICES, kept only when it lowers the score),
    up to ONEOFF_EXTENSIONS times: fresh content dilutes what the message shares with earlier
    ones. A message still over a limit after that is kept and counted in
    ``stats["oneoffs_over_similarity_cap"]`` (printed by the CLI; it does not happen on the
    documented corpora).
    """
    best: dict[int, _Candidate] = {}
    done: dict[int, _Candidate] = {}
    pending = todo
    for _ in range(ONEOFF_TRIES):
        if not pending:
            break
        cands = [_candidate(rng, slots, sender) for _, slots, sender, _ in pending]
        streams = guard.streams([(c.one.content_text, c.text, meta) for c, (_, _, _, meta) in zip(cands, pending)])
        still = []
        for cand, item, (content_stream, text_stream) in zip(cands, pending, streams):
            k = item[0]
            cand.score, cand.grams = guard.score(content_stream, text_stream)
            if cand.score < 1.0:
                guard.accept(cand.grams)
                done[k] = cand
                continue
            stats["oneoff_redraws"] = stats.get("oneoff_redraws", 0) + 1
            if k not in best or cand.score < best[k].score:
                best[k] = cand
            still.append(item)
        pending = still
    for k, slots, _, meta in pending:
        cand = best[k]
        stats["oneoffs_extended"] = stats.get("oneoffs_extended", 0) + 1
        for _ in range(ONEOFF_EXTENSIONS):
            steps = []
            for _ in range(EXTENSION_CHOICES):
                one = _oneoffs.extend(rng, cand.one, slots)
                steps.append(_Candidate(one, cand.signoff, one.text + cand.signoff))
            for step, (content_stream, text_stream) in zip(
                    steps, guard.streams([(c.one.content_text, c.text, meta) for c in steps])):
                step.score, step.grams = guard.score(content_stream, text_stream)
            step = min(steps, key=lambda c: c.score)
            if step.score < cand.score:
                cand = step
            if cand.score < 1.0:
                break
        if cand.score >= 1.0:
            stats["oneoffs_over_similarity_cap"] = stats.get("oneoffs_over_similarity_cap", 0) + 1
        guard.accept(cand.grams)
        done[k] = cand
    return done


def oneoff_messages(rng: random.Random, count: int, people: list[_pools.Person], senders: list[Sender],
                    campaign_senders: list[Sender], level: float, guard: OneOffGuard,
                    stats: dict) -> list[dict]:
    """All one-offs: who sends what to whom, then the texts (ordinary ones through the guard),
    then noise and send times."""
    drafts = []
    for _ in range(count):
        short = rng.random() < SHORT_ONEOFF_SHARE
        if campaign_senders and rng.random() < 0.2:
            sender = rng.choice(campaign_senders)
        else:
            sender = rng.choice(senders)
        person = rng.choice(people)
        company = person.company if rng.random() < 0.6 else _pools.strip_suffix(person.company)
        slots = {"FIRST_NAME": person.first, "LAST_NAME": person.last, "FULL_NAME": person.full,
                 "TITLE": person.title, "COMPANY": company, "INDUSTRY": person.industry, "CITY": person.city,
                 "SENDER": sender.first}
        drafts.append((short, sender, person, slots))
    shorts = {k: _oneoffs.compose_short(rng, d[3]) for k, d in enumerate(drafts) if d[0]}
    ordinary = _draw_oneoffs(rng, [(k, d[3], d[1], _meta(d[2])) for k, d in enumerate(drafts) if not d[0]],
                             guard, stats)
    out = []
    for k, (short, sender, person, slots) in enumerate(drafts):
        clean = shorts[k] if short else ordinary[k].text
        profile = _noise.SendingProfile(curly=rng.random() < 0.3, html=rng.random() < 0.01)
        text, ops = _noise.apply_noise(clean, rng, profile, level, _protected(slots), short=short)
        if not text.strip():  # an emoji-only reply ("👍") whose emoji the noise removed
            text, ops = clean, []
        out.append({"text": text, "sender": sender.handle, "person": person, "time": _oneoff_time(rng),
                    "campaign": None, "kind": "oneoff_short" if short else "oneoff", "noise": ops,
                    "content": None if short else ordinary[k].one.content_text})
    return out


# --------------------------------------------------------------------------- driver
def generate(n: int, seed: int, templates: str = "dev", *, metadata: bool = True, spin: str = "light",
             max_campaign: int = 900, oneoff_share: float = 0.35, noise: str = "normal",
             contents: dict | None = None):
    """Build a corpus in memory; returns (records, labels, campaign_records, stats).

    ``contents``, when given, receives message id -> content of every ordinary one-off (its
    scenario sentences before noise, without greeting, everyday phrases and sign-off: what the
    one-off guard compares; see ``OneOffGuard``). Nothing of it is written to the files.
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    if not 0.0 <= oneoff_share <= 1.0:
        raise ValueError("--oneoff-share must be between 0 and 1")
    if max_campaign < MIN_CAMPAIGN:
        raise ValueError(f"--max-campaign must be at least {MIN_CAMPAIGN}")
    module = load_template_set(templates)
    level = _noise.LEVELS[noise]

    def sub(purpose: str) -> random.Random:
        return random.Random(f"{seed}:{templates}:{purpose}")

    stats: dict = {}
    sizes = draw_sizes(sub("sizes"), round(n * (1.0 - oneoff_share)), max_campaign)
    sizes.sort(reverse=True)
    n_oneoff = n - sum(sizes)

    r_people = sub("people")
    taken: set[str] = set()
    pop_size = max(int(n * 0.6), (sizes[0] if sizes else 0) + 50, 100)
    companies = _pools.make_companies(r_people, max(50, pop_size // 6))
    people = _pools.make_people(r_people, pop_size, companies, taken)

    r_camp = sub("campaigns")
    campaigns = build_campaigns(r_camp, module, sizes, spin, stats)
    r_send = sub("senders")
    all_campaign_senders: list[Sender] = []
    for c in campaigns:
        r = r_send.random()
        k = 1 if r < 0.45 else (r_send.randint(2, 4) if r < 0.72 else r_send.randint(5, 50))
        k = min(k, c.size)
        chosen: list[Sender] = []
        for _ in range(k):
            if all_campaign_senders and r_send.random() < 0.12:
                s = r_send.choice(all_campaign_senders)
                if s not in chosen:
                    chosen.append(s)
                    continue
            chosen.append(_make_sender(r_send, taken))
        c.senders = chosen
        for s in chosen:
            if s not in all_campaign_senders:
                all_campaign_senders.append(s)
    oneoff_senders = [_make_sender(r_send, taken) for _ in range(max(20, n_oneoff // 3))]

    r_msg = sub("messages")
    messages: list[dict] = []
    for c in campaigns:
        messages.extend(campaign_messages(r_msg, c, people, level, stats))
    guard = OneOffGuard(sub("oneoff_guard"), campaigns, people)
    messages.extend(oneoff_messages(sub("oneoffs"), n_oneoff, people, oneoff_senders, all_campaign_senders, level,
                                    guard, stats))
    sub("shuffle").shuffle(messages)

    width = max(6, len(str(n)))
    records, labels = [], []
    first_last: dict[str, list[datetime]] = {}
    for k, m in enumerate(messages, start=1):
        mid = f"m{k:0{width}d}"
        p: _pools.Person = m["person"]
        rec = {"id": mid, "text": m["text"], "sender": m["sender"], "recipient": p.handle}
        if metadata:
            rec.update(recipient_name=p.full, recipient_title=p.title, recipient_company=p.company)
        rec["sent_at"] = _iso(m["time"])
        records.append(rec)
        labels.append({"id": mid, "campaign": m["campaign"], "kind": m["kind"], "noise": m["noise"]})
        if contents is not None and m.get("content") is not None:
            contents[mid] = m["content"]
        if m["campaign"] is not None:
            span = first_last.setdefault(m["campaign"], [m["time"], m["time"]])
            span[0] = min(span[0], m["time"])
            span[1] = max(span[1], m["time"])

    campaign_records = []
    for c in campaigns:
        campaign_records.append({
            "campaign": c.cid, "template": to_spintax(c.nodes), "size": c.size, "senders": len(c.senders),
            "kind": c.kind, "spin": c.spin, "source": c.source, "sender_ids": [s.handle for s in c.senders],
            "first_sent_at": _iso(first_last[c.cid][0]), "last_sent_at": _iso(first_last[c.cid][1]),
            "merge_style": c.profile.merge_style, "html": c.profile.html,
            "signoffs": [s.replace("{S}", "{NAME}") for s in c.signoffs],
        })
    stats.update(messages=n, campaign_messages=sum(sizes), oneoffs=n_oneoff, campaigns=len(campaigns))
    return records, labels, campaign_records, stats


def _sibling(output: Path, suffix: str) -> Path:
    name = output.name
    base = name[: -len(".jsonl")] if name.endswith(".jsonl") else name
    return output.with_name(base + suffix)


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")))
            fh.write("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="make_corpus.py",
        description="Generate a seeded, labelled corpus of LinkedIn-style messages with mail-merge campaigns "
                    "(see the module docstring for the file formats).")
    parser.add_argument("-n", type=int, default=2000, help="number of messages (default: 2000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed; same arguments give identical files (default: 0)")
    parser.add_argument("--templates", choices=TEMPLATE_SETS, default="dev",
                        help="template set: dev (tune on it) or heldout (disjoint wording, for generalisation)")
    parser.add_argument("-o", "--output", required=True, type=Path, help="output JSONL of messages")
    parser.add_argument("--labels", type=Path, help="labels JSONL (default: OUTPUT with .labels.jsonl)")
    parser.add_argument("--campaigns", type=Path, help="campaigns JSONL (default: OUTPUT with .campaigns.jsonl)")
    parser.add_argument("--no-metadata", action="store_true",
                        help="omit recipient_name, recipient_title and recipient_company")
    parser.add_argument("--spin", choices=("light", "heavy"), default="light",
                        help="light: 20%% of campaigns heavily spun; heavy: 80%% (default: light)")
    parser.add_argument("--max-campaign", type=int, default=900, help="largest campaign size (default: 900)")
    parser.add_argument("--oneoff-share", type=float, default=0.35,
                        help="share of one-off personal messages (default: 0.35)")
    parser.add_argument("--noise", choices=tuple(_noise.LEVELS), default="normal",
                        help="per-message noise level (default: normal)")
    parser.add_argument("-q", "--quiet", action="store_true", help="do not print the summary on stderr")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("-n must be at least 1")
    if not 0.0 <= args.oneoff_share <= 1.0:
        parser.error("--oneoff-share must be between 0 and 1")
    if args.max_campaign < MIN_CAMPAIGN:
        parser.error(f"--max-campaign must be at least {MIN_CAMPAIGN}")

    records, labels, campaign_records, stats = generate(
        args.n, args.seed, args.templates, metadata=not args.no_metadata, spin=args.spin,
        max_campaign=args.max_campaign, oneoff_share=args.oneoff_share, noise=args.noise)
    labels_path = args.labels or _sibling(args.output, ".labels.jsonl")
    campaigns_path = args.campaigns or _sibling(args.output, ".campaigns.jsonl")
    _write_jsonl(args.output, records)
    _write_jsonl(labels_path, labels)
    _write_jsonl(campaigns_path, campaign_records)
    if not args.quiet:
        sizes = sorted((c["size"] for c in campaign_records), reverse=True)
        notes = sum(1 for c in campaign_records if c["kind"] == "short_note")
        print(f"wrote {args.output} ({stats['messages']} messages: {stats['campaign_messages']} in "
              f"{stats['campaigns']} campaigns ({notes} connection notes), {stats['oneoffs']} one-offs)",
              file=sys.stderr)
        print(f"  labels: {labels_path}  campaigns: {campaigns_path}", file=sys.stderr)
        if sizes:
            print(f"  campaign sizes: max {sizes[0]}, median {sizes[len(sizes) // 2]}, min {sizes[-1]}",
                  file=sys.stderr)
        for key in ("templates_over_similarity_cap", "notes_made_long", "notes_truncated", "oneoff_redraws",
                    "oneoffs_extended", "oneoffs_over_similarity_cap"):
            if stats.get(key):
                print(f"  {key}: {stats[key]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
