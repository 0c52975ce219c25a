"""The campaign summary (``mmd campaigns --summary``): one JSON object, schema in README.md."""
from __future__ import annotations

from datetime import datetime, timezone

from . import __version__
from .masking import mask


def _time_key(value: str):
    """Sort key of a sent_at string: parsed ISO 8601 when possible (naive = UTC), else the text."""
    try:
        t = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if t.tzinfo is None:
            t = t.replace(tzinfo=timezone.utc)
        return (0, t.timestamp(), value)
    except (ValueError, AttributeError):
        return (1, 0.0, value)


def build_summary(result, cols, good, n_errors) -> dict:
    """Summary of a :class:`~mass_msg_detect.clustering.CampaignResult` over read records.

    ``cols`` are the columns read by the CLI and ``good`` maps result rows to record rows.
    """
    meta_keys = ("recipient_name", "recipient_title", "recipient_company")
    out = []
    for c in result.campaigns:
        rows = [good[m] for m in c.members.tolist()]
        senders = {cols["senders"][r] for r in rows if cols["senders"][r] is not None}
        recipients = set()
        for r in rows:
            rec = cols["meta"]["recipient"][r] or cols["meta"]["recipient_name"][r]
            if rec is not None:
                recipients.add(rec)
        times = sorted((cols["sent_at"][r] for r in rows if cols["sent_at"][r]), key=_time_key)
        rep = good[c.representative]
        meta = {k: cols["meta"][k][rep] for k in meta_keys if cols["meta"][k][rep]}
        text = cols["texts"][rep]
        out.append({
            "campaign": c.id,
            "size": c.size,
            "senders": len(senders),
            "recipients": len(recipients),
            "first_sent_at": times[0] if times else None,
            "last_sent_at": times[-1] if times else None,
            "representative": {"id": cols["ids"][rep], "text": text},
            "template": mask(text, meta or None),
            "merge_fields": int(result.merge_fields[c.members].sum()),
        })
    return {
        "version": __version__,
        "config": result.config.fingerprint,
        "threshold": result.threshold,
        "min_size": result.min_size,
        "records": len(cols["errors"]),
        "errors": n_errors,
        "campaigns": out,
    }
