"""The campaign summary (``mmd campaigns --summary``): one JSON object, schema in README.md.

The summary is built without the texts of all messages in memory: :class:`RecordInfo` holds what
is kept per message (ids, sender and recipient codes, send times), and the few texts the summary
shows (representatives) are asked for through a ``fetch(rows)`` callback, which the command line
answers with a second pass over the input.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

import numpy as np

from . import __version__
from .masking import mask

META_KEYS = ("recipient_name", "recipient_title", "recipient_company")

Fetch = Callable[[Sequence[int]], Mapping[int, tuple[str, dict]]]
"""``fetch(rows)``: ``{row: (text, metadata)}`` for the given result rows (ascending)."""


@dataclass
class RecordInfo:
    """What the summary needs of every good record, one entry per result row, no texts.

    ``senders`` / ``recipients`` are int32 codes of distinct values (-1: none); the recipient
    is the ``recipient`` field, else ``recipient_name``.
    """

    ids: Sequence
    senders: np.ndarray
    recipients: np.ndarray
    sent_at: Sequence
    records: int
    errors: int


def _time_key(value: str):
    """Sort key of a sent_at string: parsed ISO 8601 when possible (naive = UTC), else the text."""
    try:
        t = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if t.tzinfo is None:
            t = t.replace(tzinfo=timezone.utc)
        return (0, t.timestamp(), value)
    except (ValueError, AttributeError):
        return (1, 0.0, value)


def _distinct(codes: np.ndarray) -> int:
    codes = codes[codes >= 0]
    return int(np.unique(codes).size) if codes.size else 0


def build_summary(result, info: RecordInfo, fetch: Fetch) -> dict:
    """Summary of a :class:`~mass_msg_detect.clustering.CampaignResult`.

    ``info`` describes the result's rows; ``fetch`` returns the texts the summary shows.
    """
    reps = sorted({c.representative for c in result.campaigns})
    fetched = fetch(reps) if reps else {}
    sent_at = info.sent_at
    out = []
    for c in result.campaigns:
        members = c.members
        times = [t for t in (sent_at[r] for r in members.tolist()) if t]
        first = min(times, key=_time_key) if times else None
        last = max(times, key=_time_key) if times else None
        text, meta = fetched[c.representative]
        meta = {k: meta[k] for k in META_KEYS if meta.get(k)}
        out.append({
            "campaign": c.id,
            "size": c.size,
            "senders": _distinct(info.senders[members]),
            "recipients": _distinct(info.recipients[members]),
            "first_sent_at": first,
            "last_sent_at": last,
            "representative": {"id": info.ids[c.representative], "text": text},
            "template": mask(text, meta or None),
            "merge_fields": int(result.merge_fields[members].sum()),
        })
    return {
        "version": __version__,
        "config": result.config.fingerprint,
        "threshold": result.threshold,
        "min_size": result.min_size,
        "records": info.records,
        "errors": info.errors,
        "campaigns": out,
    }
