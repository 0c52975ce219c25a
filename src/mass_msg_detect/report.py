"""The campaign report: one self-contained HTML page (inline CSS and SVG, no script, no network).

``render_html(summary, examples=...)`` takes the ``mmd campaigns --summary`` object (README.md,
"Summary") and lists its campaigns by size: the template with slots and spin groups highlighted,
a sent-over-time bar chart (messages per day, from ``campaign["sent_per_day"]``, pairs of a
UTC day and a count, or from ``campaign["sent_at"]``, a list of ISO 8601 strings), distinct
senders and recipients, slot values and alternatives (when the summary holds ``slots`` /
``alternatives``) and example messages (``examples[campaign_id]``, else the summary's
``examples``). Every piece of text from the data is escaped; lone surrogates (not valid Unicode,
so not writable as UTF-8) become U+FFFD.
"""
from __future__ import annotations

import html
from collections import Counter
from datetime import date, datetime, timedelta, timezone

__all__ = ["render_html", "template_html", "sent_chart_svg", "check_summary"]

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f5f6f8;color:#1d2330}
header{background:#1d2330;color:#fff;padding:18px 28px}
header h1{margin:0 0 4px;font-size:22px}
header p{margin:0;color:#c5cad6}
main{padding:18px 28px;max-width:1180px}
nav ol{columns:2;margin:0 0 18px;padding-left:22px}
section.campaign{background:#fff;border:1px solid #dde1e8;border-radius:8px;margin:0 0 20px;padding:16px 20px}
section.campaign h2{margin:0 0 8px;font-size:17px}
.stats{display:flex;flex-wrap:wrap;gap:8px;margin:0 0 12px;padding:0;list-style:none}
.stats li{background:#eef1f6;border-radius:4px;padding:3px 9px}
.stats b{font-weight:600}
.row{display:flex;gap:20px;flex-wrap:wrap}
.row>div{flex:1 1 420px;min-width:0}
h3{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#5b6475;margin:12px 0 6px}
.template{white-space:pre-wrap;background:#fbfbfd;border:1px solid #e4e7ee;border-radius:6px;padding:10px 12px;font-size:14px}
.slot{background:#dbeafe;color:#1e3a8a;border-radius:3px;padding:0 3px;font-weight:600;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px}
.alt{background:#fef3c7;border:1px solid #f59e0b;border-radius:3px;padding:0 2px}
.alt .bar{color:#b45309;font-weight:700;padding:0 2px}
.free{background:#fee2e2;color:#991b1b;border-radius:3px;padding:0 3px;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px}
table{border-collapse:collapse;font-size:13px;margin:0 0 8px}
td,th{border-bottom:1px solid #eceef3;padding:2px 8px;text-align:left;vertical-align:top}
td.n{text-align:right;color:#5b6475}
.examples li{white-space:pre-wrap;margin:0 0 8px;background:#fbfbfd;border-left:3px solid #cbd2dd;padding:4px 8px;list-style:none}
.examples{padding:0;margin:0}
.muted{color:#7a8394}
svg text{font:10px system-ui,sans-serif;fill:#5b6475}
"""


def _e(x) -> str:
    return html.escape("" if x is None else str(x), quote=True)


def template_html(template: str) -> str:
    """The spintax template as HTML: ``{SLOT}`` in ``span.slot``, ``{a|b}`` in ``span.alt``.

    Backslash escapes are undone for display; everything is HTML-escaped.
    """
    out: list[str] = []
    depth = 0
    i = 0
    n = len(template)
    while i < n:
        ch = template[i]
        if ch == "\\" and i + 1 < n:
            out.append(_e(template[i + 1]))
            i += 2
            continue
        if ch == "{":
            j = i + 1
            while j < n and (template[j].isupper() or template[j] == "_"):
                j += 1
            if j < n and template[j] == "}" and j > i + 1:
                name = template[i + 1:j]
                cls = "free" if name == "TEXT" else "slot"
                out.append(f'<span class="{cls}">{{{_e(name)}}}</span>')
                i = j + 1
                continue
            depth += 1
            out.append('<span class="alt">')
            i += 1
            continue
        if ch == "|" and depth:
            out.append('<span class="bar">|</span>')
            i += 1
            continue
        if ch == "}" and depth:
            depth -= 1
            out.append("</span>")
            i += 1
            continue
        out.append(_e(ch))
        i += 1
    out.extend("</span>" * depth)
    return "".join(out)


def _day(value) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        t = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    if t.tzinfo is not None:
        try:
            t = t.astimezone(timezone.utc)
        except OverflowError:
            pass    # its UTC day is before year 1 or after 9999: the date as written
    return t.date()


def sent_chart_svg(sent_at=None, *, per_day=None, width: int = 520, height: int = 120) -> str:
    """Inline SVG bar chart of messages per day (UTC); '' when there is nothing to show.

    ``sent_at``: ISO 8601 strings (those that do not parse are skipped); or ``per_day``:
    ``[[day, count], ...]`` as in the summary's ``sent_per_day``.
    """
    counts: Counter = Counter()
    for v in sent_at or []:
        d = _day(v)
        if d is not None:
            counts[d] += 1
    for v, n in per_day or []:
        d = _day(v)
        if d is not None and isinstance(n, int) and n > 0:
            counts[d] += n
    if not counts:
        return ""
    first, last = min(counts), max(counts)
    span = (last - first).days + 1
    if span > 400:  # long campaigns: weeks instead of days
        step, unit = 7, "week"
        weekly: Counter = Counter()
        for d, n in counts.items():
            weekly[first + timedelta(days=((d - first).days // 7) * 7)] += n
        counts = weekly
        span = (last - first).days // 7 + 1
    else:
        step, unit = 1, "day"
    top = max(counts.values())
    left, bottom, pad_top = 30, 20, 8
    plot_w, plot_h = width - left - 6, height - bottom - pad_top
    bw = plot_w / span
    parts = [f'<svg width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="messages per {unit}">',
             f'<line x1="{left}" y1="{pad_top + plot_h}" x2="{width - 6}" y2="{pad_top + plot_h}" stroke="#9aa3b2"/>',
             f'<text x="{left - 4}" y="{pad_top + 8}" text-anchor="end">{top}</text>',
             f'<text x="{left - 4}" y="{pad_top + plot_h}" text-anchor="end">0</text>']
    for k in range(span):
        d = first + timedelta(days=k * step)
        c = counts.get(d, 0)
        if not c:
            continue
        h = max(1.0, plot_h * c / top)
        x = left + k * bw
        parts.append(f'<rect x="{x + 0.5:.1f}" y="{pad_top + plot_h - h:.1f}" width="{max(1.0, bw - 1):.1f}" '
                     f'height="{h:.1f}" fill="#3b82f6"><title>{_e(d.isoformat())}: {c}</title></rect>')
    parts.append(f'<text x="{left}" y="{height - 5}">{_e(first.isoformat())}</text>')
    if span > 1:
        parts.append(f'<text x="{width - 6}" y="{height - 5}" text-anchor="end">{_e(last.isoformat())}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _value_table(rows, limit: int = 8) -> str:
    out = ["<table>"]
    for v, n in rows[:limit]:
        out.append(f'<tr><td>{_e(v) if v != "" else "<i class=muted>(empty)</i>"}</td><td class="n">{_e(n)}</td></tr>')
    if len(rows) > limit:
        out.append(f'<tr><td class="muted" colspan="2">… {len(rows) - limit} more</td></tr>')
    out.append("</table>")
    return "".join(out)


def _campaign_html(k: int, c: dict, examples: list[str] | None) -> str:
    cid = str(c.get("campaign", f"#{k}"))
    out = [f'<section class="campaign" id="c{k}"><h2>{k}. Campaign <code>{_e(cid)}</code></h2><ul class="stats">']
    for label, key in (("messages", "size"), ("senders", "senders"), ("recipients", "recipients"),
                       ("first sent", "first_sent_at"), ("last sent", "last_sent_at"),
                       ("unfilled merge fields", "merge_fields"), ("members used for template", "members_used")):
        if c.get(key) is not None:
            out.append(f"<li>{_e(label)}: <b>{_e(c[key])}</b></li>")
    out.append("</ul>")
    template = c.get("template")
    out.append("<h3>Template</h3>")
    out.append(f'<div class="template">{template_html(template)}</div>' if isinstance(template, str)
               else '<p class="muted">no template</p>')
    out.append('<div class="row"><div>')
    chart = sent_chart_svg(c.get("sent_at"), per_day=c.get("sent_per_day"))
    out.append("<h3>Sent over time</h3>")
    out.append(chart if chart else '<p class="muted">no send times</p>')
    slots = [s for s in (c.get("slots") or []) if s.get("values")]
    if slots:
        out.append("<h3>Slot values</h3>")
        for s in slots:
            out.append(f'<div><span class="slot">{{{_e(s.get("slot"))}}}</span>{_value_table(s["values"])}</div>')
    out.append("</div><div>")
    alts = c.get("alternatives") or []
    if alts:
        out.append("<h3>Alternatives</h3>")
        for j, a in enumerate(alts, 1):
            out.append(f'<div class="muted">group {j}</div>{_value_table(a.get("options") or [])}')
    if examples is None:
        examples = [e.get("text") for e in (c.get("examples") or []) if isinstance(e, dict)]
        examples = [t for t in examples if isinstance(t, str)]
    if examples:
        out.append("<h3>Example messages</h3><ul class=\"examples\">")
        for t in examples:
            out.append(f"<li>{_e(t)}</li>")
        out.append("</ul>")
    elif isinstance(c.get("representative"), dict) and c["representative"].get("text"):
        out.append("<h3>Representative message</h3><ul class=\"examples\">")
        out.append(f"<li>{_e(c['representative']['text'])}</li></ul>")
    out.append("</div></div></section>")
    return "".join(out)


def _shown(value) -> str:
    import json

    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check_summary(summary) -> None:
    """A ValueError naming the first field of ``summary`` that :func:`render_html` cannot show.

    Checked: the summary is an object whose ``campaigns`` (when present) is a list of objects;
    in each, ``size`` is a whole number; ``sent_at``, ``examples``, ``slots`` and
    ``alternatives`` are lists; ``slots`` and ``alternatives`` hold objects whose ``values`` /
    ``options``, like ``sent_per_day``, are lists of ``[value, count]`` pairs. Other fields are
    shown as they are. None stands for a missing field.
    """
    def fail(where, what, got):
        raise ValueError(f"{where} must be {what} (got {_shown(got)})")

    def pairs(value, where):
        if value is None:
            return
        if not isinstance(value, list):
            fail(where, "a list", value)
        for j, p in enumerate(value):
            if not (isinstance(p, (list, tuple)) and len(p) == 2):
                fail(f"{where}[{j}]", "a [value, count] pair", p)

    if not isinstance(summary, dict):
        fail("the summary", "a JSON object", summary)
    campaigns = summary.get("campaigns")
    if campaigns is None:
        return
    if not isinstance(campaigns, list):
        fail("campaigns", "a list", campaigns)
    for i, c in enumerate(campaigns):
        where = f"campaigns[{i}]"
        if not isinstance(c, dict):
            fail(where, "an object", c)
        size = c.get("size")
        if size is not None and not (type(size) is int or (type(size) is float and size.is_integer())):
            fail(f"{where}.size", "a whole number", size)
        for key in ("sent_at", "examples"):
            if c.get(key) is not None and not isinstance(c[key], list):
                fail(f"{where}.{key}", "a list", c[key])
        pairs(c.get("sent_per_day"), f"{where}.sent_per_day")
        for key, inner in (("slots", "values"), ("alternatives", "options")):
            groups = c.get(key)
            if groups is None:
                continue
            if not isinstance(groups, list):
                fail(f"{where}.{key}", "a list", groups)
            for j, g in enumerate(groups):
                if not isinstance(g, dict):
                    fail(f"{where}.{key}[{j}]", "an object", g)
                pairs(g.get(inner), f"{where}.{key}[{j}].{inner}")


def render_html(summary: dict, *, examples: dict[str, list[str]] | None = None,
                title: str = "Messaging campaigns", max_campaigns: int | None = None) -> str:
    """One self-contained HTML page for a campaign summary (see the module docstring).

    ``max_campaigns``: show only the largest N (the header says how many there are).
    A summary this page cannot show is a ValueError (:func:`check_summary`).
    """
    check_summary(summary)
    campaigns = sorted(summary.get("campaigns") or [],
                       key=lambda c: (-int(c.get("size") or 0), str(c.get("campaign"))))
    total = len(campaigns)
    in_campaigns = sum(int(c.get("size") or 0) for c in campaigns)
    if max_campaigns is not None and total > max_campaigns:
        campaigns = campaigns[:max_campaigns]
    examples = examples or {}
    shown = f" (the largest {len(campaigns)} shown)" if len(campaigns) < total else ""
    redacted = " · redacted" if summary.get("redacted") else ""
    head = (f"{_e(summary.get('records', '?'))} records, {total} campaigns{shown}, "
            f"{in_campaigns} messages in campaigns"
            f" · threshold {_e(summary.get('threshold'))} · min size {_e(summary.get('min_size'))}"
            f" · {_e(summary.get('config'))} · mass-msg-detect {_e(summary.get('version'))}{redacted}")
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
           f"<header><h1>{_e(title)}</h1><p>{head}</p></header><main>"]
    if campaigns:
        out.append("<nav><ol>")
        for k, c in enumerate(campaigns, 1):
            out.append(f'<li><a href="#c{k}">{_e(c.get("campaign"))}</a> '
                       f'<span class="muted">({_e(c.get("size"))} messages)</span></li>')
        out.append("</ol></nav>")
    else:
        out.append('<p class="muted">No campaigns.</p>')
    for k, c in enumerate(campaigns, 1):
        out.append(_campaign_html(k, c, examples.get(str(c.get("campaign")))))
    out.append("</main></body></html>")
    from .io import without_surrogates

    return without_surrogates("\n".join(out))
