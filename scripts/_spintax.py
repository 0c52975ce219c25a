"""Tiny spintax engine used by scripts/make_corpus.py (private module, standard library only,
except ``JaccardIndex``, which uses numpy).

Source notation (what the template modules are written in):

* ``{Hi|Hello|Hey}``      a spin group: one alternative is chosen per message; groups nest.
* ``{FIRST_NAME}``        a mail-merge slot filled per message from the recipient (or sender);
                          the slot names are listed in ``SLOT_NAMES``.
* ``[[PRODUCT]]``         a fill: a value drawn once per campaign (product name, price, ...)
                          or, in one-off messages, once per occurrence.
* ``\\{`` ``\\}`` ``\\|`` ``\\\\`` ``\\[``  literal characters.

A parsed template is a list of nodes: ``str``, ``Slot``, ``Fill`` or ``Group``. ``to_spintax``
writes a node list back in the *output* notation of the project (DESIGN.md): every name slot
becomes ``{NAME}``, the others keep their name (``{TITLE}``, ``{COMPANY}``, ``{INDUSTRY}``,
``{CITY}``), and literal braces, bars and backslashes are escaped with a backslash.
"""

from __future__ import annotations

import random
import re
from typing import Callable, Mapping, Union

SLOT_NAMES = ("FIRST_NAME", "LAST_NAME", "FULL_NAME", "TITLE", "COMPANY", "INDUSTRY", "CITY", "SENDER")

#: Output slot for each source slot (all person names become ``{NAME}``).
OUTPUT_SLOT = {
    "FIRST_NAME": "NAME",
    "LAST_NAME": "NAME",
    "FULL_NAME": "NAME",
    "SENDER": "NAME",
    "TITLE": "TITLE",
    "COMPANY": "COMPANY",
    "INDUSTRY": "INDUSTRY",
    "CITY": "CITY",
}


class Slot:
    """A mail-merge slot such as ``{FIRST_NAME}``."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Slot({self.name})"


class Fill:
    """A fill such as ``[[PRODUCT]]``: a campaign constant (or a per-occurrence value in one-offs)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Fill({self.name})"


class Group:
    """A spin group: a list of alternatives, each itself a node list."""

    __slots__ = ("alts",)

    def __init__(self, alts: list) -> None:
        self.alts = alts

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Group({self.alts!r})"


Node = Union[str, Slot, Fill, Group]

_SLOT_RE = re.compile(r"\{([A-Z_]+)\}")
_FILL_RE = re.compile(r"\[\[([A-Z0-9_]+)\]\]")
_PARSE_CACHE: dict[str, list] = {}


def parse(src: str) -> list:
    """Parse spintax source into a node list (cached: sources are immutable strings)."""
    cached = _PARSE_CACHE.get(src)
    if cached is not None:
        return cached
    pos = 0
    n = len(src)

    def seq(inside_group: bool) -> list:
        nonlocal pos
        out: list = []
        buf: list[str] = []

        def flush() -> None:
            if buf:
                out.append("".join(buf))
                buf.clear()

        while pos < n:
            ch = src[pos]
            if ch == "\\" and pos + 1 < n:
                buf.append(src[pos + 1])
                pos += 2
                continue
            if ch in "|}":
                if not inside_group:
                    raise ValueError(f"unbalanced {ch!r} at {pos} in {src!r}")
                break
            if ch == "[":
                m = _FILL_RE.match(src, pos)
                if m:
                    flush()
                    out.append(Fill(m.group(1)))
                    pos = m.end()
                    continue
            if ch == "{":
                m = _SLOT_RE.match(src, pos)
                if m:
                    if m.group(1) not in SLOT_NAMES:
                        raise ValueError(f"unknown slot {m.group(0)} in {src!r}")
                    flush()
                    out.append(Slot(m.group(1)))
                    pos = m.end()
                    continue
                pos += 1
                alts = []
                while True:
                    alts.append(seq(True))
                    if pos >= n:
                        raise ValueError(f"unclosed group in {src!r}")
                    if src[pos] == "|":
                        pos += 1
                        continue
                    pos += 1  # the closing brace
                    break
                if len(alts) < 2:
                    raise ValueError(f"group with a single alternative in {src!r}")
                flush()
                out.append(Group(alts))
                continue
            buf.append(ch)
            pos += 1
        flush()
        return out

    result = seq(False)
    _PARSE_CACHE[src] = result
    return result


def render(nodes: list, rng: random.Random, slots: Mapping[str, str],
           fill: Callable[[str], str] | None = None) -> str:
    """Render one message: pick an alternative per group, fill slots (and fills via ``fill``)."""
    parts: list[str] = []

    def walk(seq: list) -> None:
        for node in seq:
            if isinstance(node, str):
                parts.append(node)
            elif isinstance(node, Slot):
                parts.append(slots[node.name])
            elif isinstance(node, Fill):
                if fill is None:
                    raise ValueError(f"unresolved fill [[{node.name}]]")
                parts.append(fill(node.name))
            else:
                walk(node.alts[rng.randrange(len(node.alts))])

    walk(nodes)
    return "".join(parts)


def resolve_fills(nodes: list, fill: Callable[[str], str]) -> list:
    """Replace every ``Fill`` node by ``fill(name)`` (campaign constants), keeping groups."""
    out: list = []
    for node in nodes:
        if isinstance(node, Fill):
            out.append(fill(node.name))
        elif isinstance(node, Group):
            out.append(Group([resolve_fills(alt, fill) for alt in node.alts]))
        else:
            out.append(node)
    return _merge_strings(out)


def _merge_strings(nodes: list) -> list:
    out: list = []
    for node in nodes:
        if isinstance(node, str):
            if not node:
                continue
            if out and isinstance(out[-1], str):
                out[-1] = out[-1] + node
                continue
        out.append(node)
    return out


def count_groups(nodes: list) -> int:
    """Number of top-level spin groups."""
    return sum(1 for node in nodes if isinstance(node, Group))


def collapse(nodes: list, rng: random.Random, keep_top: set[int] | None, p_nested: float) -> list:
    """Freeze spin groups: a campaign's template is its source with some groups resolved.

    ``keep_top`` holds the indexes (in order of appearance) of the top-level groups that stay
    spun (None keeps them all); nested groups inside a kept group stay spun with probability
    ``p_nested``. Every other group is replaced by one randomly chosen alternative (itself
    collapsed). Identical alternatives are merged and one-alternative groups inlined.
    """
    counter = 0

    def walk(seq: list, depth: int) -> list:
        nonlocal counter
        out: list = []
        for node in seq:
            if not isinstance(node, Group):
                out.append(node)
                continue
            if depth == 0:
                keep = keep_top is None or counter in keep_top
                counter += 1
            else:
                keep = rng.random() < p_nested
            if keep:
                alts: list[list] = []
                seen: list[str] = []
                for alt in node.alts:
                    c = walk(alt, depth + 1)
                    key = to_spintax(c)
                    if key not in seen:
                        seen.append(key)
                        alts.append(c)
                if len(alts) == 1:
                    out.extend(alts[0])
                else:
                    out.append(Group(alts))
            else:
                out.extend(walk(node.alts[rng.randrange(len(node.alts))], depth + 1))
        return _merge_strings(out)

    return walk(nodes, 0)


def _escape(text: str) -> str:
    return re.sub(r"([\\{}|])", r"\\\1", text)


def to_spintax(nodes: list) -> str:
    """Serialise a node list in the project's output notation (see the module docstring)."""
    parts: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            parts.append(_escape(node))
        elif isinstance(node, Slot):
            parts.append("{" + OUTPUT_SLOT[node.name] + "}")
        elif isinstance(node, Fill):
            parts.append("[[" + node.name + "]]")
        else:
            parts.append("{" + "|".join(to_spintax(alt) for alt in node.alts) + "}")
    return "".join(parts)


def slots_used(nodes: list) -> list[str]:
    """Slot names used anywhere in the template, in order of first appearance."""
    found: list[str] = []

    def walk(seq: list) -> None:
        for node in seq:
            if isinstance(node, Slot):
                if node.name not in found:
                    found.append(node.name)
            elif isinstance(node, Group):
                for alt in node.alts:
                    walk(alt)

    walk(nodes)
    return found


# --------------------------------------------------------------------------- similarity
_TOKEN_RE = re.compile(r"<[a-z]+>|[^\W_]+(?:['’][^\W_]+)?")
_MASKED = {name: "<" + out.lower() + ">" for name, out in OUTPUT_SLOT.items()}


def masked_shingles(nodes: list, rng: random.Random, n: int = 3) -> frozenset:
    """Word n-gram shingles of one render with every slot replaced by its type."""
    text = render(nodes, rng, _MASKED).lower()
    toks = _TOKEN_RE.findall(text)
    if len(toks) < n:
        return frozenset([" ".join(toks)])
    return frozenset(" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1))


class SimilarityIndex:
    """Inverted index over shingle sets, answering "max Jaccard to anything indexed"."""

    def __init__(self) -> None:
        self._post: dict[str, list[int]] = {}
        self._sizes: list[int] = []

    def add(self, sets: list[frozenset]) -> None:
        for s in sets:
            rid = len(self._sizes)
            self._sizes.append(len(s))
            for sh in s:
                self._post.setdefault(sh, []).append(rid)

    def max_similarity(self, sets: list[frozenset]) -> float:
        best = 0.0
        for s in sets:
            counts: dict[int, int] = {}
            for sh in s:
                for rid in self._post.get(sh, ()):
                    counts[rid] = counts.get(rid, 0) + 1
            size = len(s)
            for rid, c in counts.items():
                j = c / (size + self._sizes[rid] - c)
                if j > best:
                    best = j
        return best


def word_ngrams(stream: str, n: int = 3) -> frozenset:
    """Word n-grams of a space-separated token stream (the whole stream when it is shorter)."""
    toks = stream.split()
    if len(toks) < n:
        return frozenset([" ".join(toks)]) if toks else frozenset()
    return frozenset(" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1))


class JaccardIndex:
    """Inverted index over shingle sets answering "max Jaccard to anything indexed", for many
    queries against many sets (the one-off guard of make_corpus.py).

    Same answer as ``SimilarityIndex`` for one set, but the overlap counts come from numpy
    (``bincount`` over the concatenated posting lists) instead of a Python loop, so frequent
    shingles with long posting lists stay cheap. Shingles are interned as integer ids; posting
    lists are ``array('i')`` buffers read by numpy without copying. Deterministic: nothing
    depends on hash order.
    """

    def __init__(self) -> None:
        from array import array

        self._array = array
        self._ids: dict[str, int] = {}
        self._post: list = []
        self._sizes = array("i")

    def __len__(self) -> int:
        return len(self._sizes)

    def add(self, s: frozenset) -> int:
        """Index one set; returns its row number."""
        rid = len(self._sizes)
        self._sizes.append(len(s))
        for sh in s:
            k = self._ids.get(sh)
            if k is None:
                k = self._ids[sh] = len(self._post)
                self._post.append(self._array("i"))
            self._post[k].append(rid)
        return rid

    def max_jaccard(self, s: frozenset) -> tuple[float, int]:
        """(highest Jaccard similarity of ``s`` to an indexed set, that set's row; -1 if none)."""
        import numpy as np

        lists = []
        for sh in s:
            k = self._ids.get(sh)
            if k is not None:
                lists.append(np.frombuffer(self._post[k], dtype=np.int32))
        if not lists or not s:
            return 0.0, -1
        rows = lists[0] if len(lists) == 1 else np.concatenate(lists)
        counts = np.bincount(rows, minlength=len(self._sizes))
        sizes = np.frombuffer(self._sizes, dtype=np.int32)
        jac = counts / (len(s) + sizes - counts)
        best = int(np.argmax(jac))
        return float(jac[best]), best
