"""The HTML campaign report (mass_msg_detect.report)."""
import re
from html.parser import HTMLParser

from mass_msg_detect.report import render_html, sent_chart_svg, template_html


def _summary():
    return {
        "version": "0.1.0", "config": "mmd1-char5-p128-s1-xxh32-m1", "threshold": 0.5, "min_size": 3,
        "records": 10, "errors": 0,
        "campaigns": [
            {"campaign": "c-small", "size": 3, "senders": 1, "recipients": 3,
             "first_sent_at": None, "last_sent_at": None,
             "representative": {"id": "m9", "text": "Hey <b>there</b> & welcome"},
             "template": "Hey {NAME} \\{literal\\} & <tag>"},
            {"campaign": "c-big", "size": 7, "senders": 2, "recipients": 7,
             "first_sent_at": "2025-01-01T10:00:00Z", "last_sent_at": "2025-01-03T09:00:00Z",
             "representative": {"id": "m1", "text": "Hi Anna"},
             "template": "{Hi|Hello} {NAME}, I saw you're the {TITLE} at {COMPANY} <script>",
             "slots": [{"slot": "NAME", "values": [["Anna <x>", 2], ["Bo", 1]]}],
             "alternatives": [{"options": [["Hi", 4], ["Hello", 3]]}],
             "sent_at": ["2025-01-01T10:00:00Z", "2025-01-01T11:00:00Z", "2025-01-03T09:00:00Z",
                         "not a date"]},
        ]}


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.attrs = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)


def test_self_contained_and_sections():
    page = render_html(_summary(), examples={"c-big": ["Hi Anna <img src=x>", "Hello Bo"]})
    assert page.startswith("<!DOCTYPE html>")
    p = _Collect()
    p.feed(page)
    assert "script" not in p.tags and "link" not in p.tags and "img" not in p.tags
    for name, value in p.attrs:
        if name in ("src", "href"):
            assert not re.match(r"\s*(https?:)?//", value or ""), (name, value)
    assert "http" not in page
    assert p.tags.count("section") == 2
    assert page.count('<section class="campaign"') == 2
    # largest first
    assert page.index("c-big") < page.index("c-small")
    assert p.tags.count("svg") == 1 and p.tags.count("rect") == 2   # two days with messages


def test_everything_is_escaped():
    page = render_html(_summary(), examples={"c-big": ["Hi Anna <img src=x>"]})
    assert "<script>" not in page and "<tag>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x&gt;" in page and "Anna &lt;x&gt;" in page
    assert "&lt;b&gt;there&lt;/b&gt; &amp; welcome" in page


def test_template_highlighting():
    h = template_html("{Hi|Hello} {NAME}, a \\{b\\} c\\|d {TEXT}")
    assert h.startswith('<span class="alt">Hi<span class="bar">|</span>Hello</span> ')
    assert '<span class="slot">{NAME}</span>' in h
    assert "a {b} c|d" in h
    assert '<span class="free">{TEXT}</span>' in h


def test_chart_handles_missing_and_bad_dates():
    assert sent_chart_svg(None) == ""
    assert sent_chart_svg(["junk", ""]) == ""
    svg = sent_chart_svg(["2025-03-01", "2025-03-01T23:59:00+00:00", "2025-03-05T01:00:00-05:00"])
    assert svg.startswith("<svg") and svg.count("<rect") == 2


def test_empty_summary():
    page = render_html({"campaigns": []})
    assert "No campaigns" in page and "<section" not in page


def test_summary_fields_from_the_cli_are_used():
    s = _summary()
    big = s["campaigns"][1]
    del big["sent_at"]
    big["sent_per_day"] = [["2025-01-01", 2], ["2025-01-03", 1], ["junk", 4]]
    big["examples"] = [{"id": "m1", "text": "Hi Anna <i>"}, {"id": "m2", "text": "Hello Bo"}]
    page = render_html(s)
    assert page.count("<rect") == 2 and "Hi Anna &lt;i&gt;" in page and "Example messages" in page
    assert "Hello Bo" not in render_html(s, examples={"c-big": ["only this"]})
    page = render_html(s, max_campaigns=1)
    assert page.count('<section class="campaign"') == 1 and "c-small" not in page.split("<main>")[1]
    assert "2 campaigns (the largest 1 shown)" in page


def test_chart_by_week_for_long_spans():
    svg = sent_chart_svg(per_day=[["2024-01-01", 3], ["2025-06-30", 2], ["2025-07-01", 1]])
    assert "messages per week" in svg and svg.count("<rect") == 2


def test_chart_takes_times_whose_utc_day_is_off_the_calendar():
    # 0001-01-01 at +14:00 is a day before year 1 in UTC: it counts on the date written
    svg = sent_chart_svg(["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2025-01-01T10:00:00Z"])
    assert svg.startswith("<svg") and "0001-01-01" in svg and "9999-12-31" in svg


def test_lone_surrogates_become_replacement_characters():
    s = _summary()
    s["campaigns"][0]["representative"]["text"] = "Hey \ud800 there"
    s["campaigns"][1]["first_sent_at"] = "2025-01-01 \udc80"
    page = render_html(s, title="Report \udcff")
    page.encode("utf-8")  # writable
    assert "Hey \ufffd there" in page and "Report \ufffd" in page
