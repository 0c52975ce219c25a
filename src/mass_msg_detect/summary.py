"""The campaign summary (``mmd campaigns --summary``): one JSON object, schema in README.md.

The summary is built without the texts of all messages in memory: :class:`RecordInfo` holds what
is kept per message (ids, sender and recipient codes, send times), and the texts the summary
needs (representatives, the members sampled for template reconstruction, example messages) are
asked for through a ``fetch(rows)`` callback, which the command line answers with a second pass
over the input.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone

import numpy as np

from . import __version__
from ._util import gc_paused
from .masking import mask

META_KEYS = ("recipient_name", "recipient_title", "recipient_company")
N_EXAMPLES = 3
TEMPLATE_BLOCK = 20000
"""Members handed to one ``reconstruct_many`` call at most (whole campaigns; bounds its memory)."""
"""Example messages per campaign in the summary (spread evenly over its members)."""

FETCH_FIELDS = ("text", "recipient_name", "recipient_title", "recipient_company", "sender")
Fetch = Callable[[Sequence[int]], Mapping[int, tuple]]
"""``fetch(rows)``: ``{row: (text, recipient_name, recipient_title, recipient_company, sender)}``
(:data:`FETCH_FIELDS`; None where absent) for the given result rows (ascending). Tuples, not
dicts: the summary of a million messages holds hundreds of thousands of them at once."""


def _meta(fetched_row: tuple) -> dict:
    return dict(zip(FETCH_FIELDS[1:], fetched_row[1:]))


@dataclass
class RecordInfo:
    """What the summary needs of every good record, one entry per result row, no texts.

    ``senders`` / ``recipients`` are int64 keys, equal for equal values (e.g. codes, or the
    64-bit ``hash`` of the string), ``missing`` for none; the recipient is the ``recipient``
    field, else ``recipient_name``.
    """

    ids: Sequence
    senders: np.ndarray
    recipients: np.ndarray
    sent_at: Sequence
    records: int
    errors: int
    missing: int = -1


def _time_key(value: str):
    """Sort key of a sent_at string: parsed ISO 8601 when possible (naive = UTC), else the text."""
    try:
        t = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if t.tzinfo is None:
            t = t.replace(tzinfo=timezone.utc)
        return (0, t.timestamp(), value)
    except (ValueError, AttributeError):
        return (1, 0.0, value)


def _distinct(codes: np.ndarray, missing: int) -> int:
    codes = codes[codes != missing]
    return int(np.unique(codes).size) if codes.size else 0


def _sample(n: int, k: int) -> list[int]:
    """Positions of ``k`` members spread evenly over ``n`` (all when ``n <= k``), ascending."""
    if n <= k:
        return list(range(n))
    return sorted(set(np.linspace(0, n - 1, k).round().astype(np.int64).tolist()))


def template_members() -> int:
    """Members per campaign given to template reconstruction: ``reconstruct_many``'s default."""
    import inspect

    from .templates import reconstruct_many

    return int(inspect.signature(reconstruct_many).parameters["max_members"].default)


def build_summary(result, info: RecordInfo, fetch: Fetch, *, redact: bool = False,
                  examples: int = N_EXAMPLES) -> dict:
    """Summary of a :class:`~mass_msg_detect.clustering.CampaignResult` (schema in README.md).

    ``info`` describes the result's rows; ``fetch`` returns the texts the summary needs: each
    campaign's representative, the members its template is reconstructed from (an even sample,
    :func:`template_members` at most) and its example messages. ``redact`` leaves slot values
    and example messages out and shows the representative masked (they are personal data).
    """
    with gc_paused():
        return _build_summary(result, info, fetch, redact, examples)


def _build_summary(result, info: RecordInfo, fetch: Fetch, redact: bool, examples: int) -> dict:
    from .templates import reconstruct_many

    camps = result.campaigns
    k_tpl = template_members()
    samples = []
    wanted = set()
    for c in camps:
        mem = c.members.tolist()
        tpl_rows = [mem[i] for i in _sample(len(mem), k_tpl)]
        ex_rows = [] if redact else [mem[i] for i in _sample(len(mem), examples)]
        samples.append((tpl_rows, ex_rows))
        wanted.update(tpl_rows)
        wanted.update(ex_rows)
        wanted.add(c.representative)
    fetched = fetch(sorted(wanted)) if wanted else {}
    keep = {c.representative for c in camps}
    keep.update(r for _, ex_rows in samples for r in ex_rows)
    templates = []
    # Blocks of campaigns bound the memory reconstruction needs (it tokenizes every member it is
    # given at once); texts used only by a finished block are dropped.
    start = 0
    while start < len(camps):
        end, members = start, 0
        while end < len(camps) and (end == start or members + len(samples[end][0]) <= TEMPLATE_BLOCK):
            members += len(samples[end][0])
            end += 1
        block = [tpl_rows for tpl_rows, _ in samples[start:end]]
        rows = sorted({r for tpl_rows in block for r in tpl_rows})
        pos = {r: j for j, r in enumerate(rows)}
        texts = [fetched[r][0] for r in rows]
        metas = [_meta(fetched[r]) for r in rows]
        templates.extend(reconstruct_many(texts, [[pos[r] for r in tpl_rows] for tpl_rows in block],
                                          metas, max_members=k_tpl, redact=redact))
        del texts, metas
        for r in rows:
            if r not in keep:
                del fetched[r]
        start = end
    sent_at = info.sent_at
    out = []
    for c, (_, ex_rows), t in zip(camps, samples, templates):
        members = c.members
        keyed = [(_time_key(v), v) for v in (sent_at[r] for r in members.tolist()) if v]
        first = min(keyed)[1] if keyed else None
        last = max(keyed)[1] if keyed else None
        text, meta = fetched[c.representative][0], _meta(fetched[c.representative])
        if redact:
            shown = {k: meta[k] for k in META_KEYS if meta.get(k)}
            text = mask(text, shown or None)
        out.append({
            "campaign": c.id,
            "size": c.size,
            "senders": _distinct(info.senders[members], info.missing),
            "recipients": _distinct(info.recipients[members], info.missing),
            "first_sent_at": first,
            "last_sent_at": last,
            "representative": {"id": info.ids[c.representative], "text": text},
            "template": t.text,
            "slots": t.slots,
            "alternatives": t.alternatives,
            "members_used": t.members_used,
            "merge_fields": int(result.merge_fields[members].sum()),
            "sent_per_day": _per_day(k for k, _ in keyed),
            "examples": [{"id": info.ids[r], "text": fetched[r][0]} for r in ex_rows],
        })
    return {
        "version": __version__,
        "config": result.config.fingerprint,
        "threshold": result.threshold,
        "min_size": result.min_size,
        "records": info.records,
        "errors": info.errors,
        "redacted": bool(redact),
        "campaigns": out,
    }


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_MAX_ORDINAL = date.max.toordinal()


def _per_day(keys) -> list:
    """``[["YYYY-MM-DD", count], ...]`` (UTC days, ascending) of the parsed send times.

    Counted by day number, each distinct day written once. A time whose UTC day falls outside
    the years 1 to 9999 ("0001-01-01T00:00:00+14:00") counts on the date it was written with."""
    days: dict = {}
    for ok, ts, value in keys:
        if ok == 0:
            d = int(ts // 86400)
            if not 1 <= _EPOCH_ORDINAL + d <= _MAX_ORDINAL:
                d = datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
            days[d] = days.get(d, 0) + 1
    counts: dict[str, int] = {}
    for d, n in days.items():
        s = date.fromordinal(_EPOCH_ORDINAL + d).isoformat() if isinstance(d, int) else d
        counts[s] = counts.get(s, 0) + n
    return [[d, counts[d]] for d in sorted(counts)]
