"""Template reconstruction (mass_msg_detect.templates)."""
import itertools
import re

import pytest

from mass_msg_detect.templates import Template, escape, reconstruct

FIRST = ["Anna", "Brian", "Chiara", "Dmitri", "Elena", "Farid", "Greta", "Hiroshi", "Ines", "Jonas",
         "Kwame", "Lucia", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tariq",
         "Ulla", "Viktor", "Wanda", "Xavier", "Yara", "Zoltan", "Aiko", "Bruno", "Clara", "Diego",
         "Emma", "Felix", "Gina", "Hugo", "Ivy", "Jules", "Kira", "Leon", "Mona", "Nico"]
LAST = ["Berg", "Costa", "Dahl", "Eriksen", "Fischer", "Garcia", "Horvat", "Ivanova"]
COMPANIES = ["Initech", "Globex", "Umbrella Corp", "Hooli", "Vandelay Industries", "Stark Labs"]
TITLES = ["VP of Sales", "Head of Marketing", "CTO", "Product Manager"]


def _people(n):
    out = []
    for i in range(n):
        name = f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}"
        out.append({"recipient_name": name, "recipient_company": COMPANIES[i % len(COMPANIES)],
                    "recipient_title": TITLES[i % len(TITLES)]})
    return out


def _campaign(n=30, greet=("Hi", "Hello"), typo_at=None):
    metas = _people(n)
    texts = []
    for i, m in enumerate(metas):
        g = greet[i % len(greet)]
        first = m["recipient_name"].split()[0]
        body = (f"{g} {first}, I saw you're the {m['recipient_title']} at {m['recipient_company']}. "
                "We help teams like yours ship reliable software faster. "
                "Would you be open to a short call next week?")
        if i == typo_at:
            body = body.replace("reliable", "relaible")
        texts.append(body)
    return texts, metas


def test_slots_and_fixed_text():
    texts, metas = _campaign(30, greet=("Hi",))
    t = reconstruct(texts, metas)
    assert isinstance(t, Template)
    assert t.text.startswith("Hi {NAME}, I saw you're the {TITLE} at {COMPANY}.")
    assert "We help teams like yours ship reliable software faster." in t.text
    assert t.alternatives == []
    kinds = [s["slot"] for s in t.slots]
    assert kinds[:3] == ["NAME", "TITLE", "COMPANY"]
    name_values = dict((v, n) for v, n in t.slots[0]["values"])
    assert name_values["Anna"] == 1 and sum(name_values.values()) == 30
    companies = t.slots[2]["values"]
    assert companies[0][1] >= companies[-1][1]          # most frequent first
    assert {v for v, _ in companies} == set(COMPANIES)
    assert t.members_used == 30


def test_no_recipient_name_in_template():
    texts, metas = _campaign(30)
    t = reconstruct(texts, metas)
    words = set(re.findall(r"\w+", t.text.lower()))
    for m in metas:
        for w in m["recipient_name"].lower().split():
            assert w not in words


def test_alternatives_from_real_variation():
    texts, metas = _campaign(30, greet=("Hi", "Hello", "Hey"))
    t = reconstruct(texts, metas)
    assert re.match(r"\{(Hi|Hello|Hey)\|(Hi|Hello|Hey)\|(Hi|Hello|Hey)\} \{NAME\},", t.text), t.text
    assert len(t.alternatives) == 1
    opts = t.alternatives[0]["options"]
    assert sorted(o for o, _ in opts) == ["Hello", "Hey", "Hi"]
    assert all(n == 10 for _, n in opts)


def test_typo_in_one_member_is_not_an_option():
    texts, metas = _campaign(30, greet=("Hi",), typo_at=7)
    t = reconstruct(texts, metas)
    assert "relaible" not in t.text
    assert "ship reliable software" in t.text
    assert t.alternatives == []


def test_two_adjacent_groups_are_split():
    metas = _people(40)
    texts = []
    for i, (m, (a, b)) in enumerate(zip(metas, itertools.cycle(
            itertools.product(["we build", "we design"], ["fast tools", "simple dashboards"])))):
        first = m["recipient_name"].split()[0]
        texts.append(f"Hello {first}, at Acmeworks {a} {b} for finance teams. Can we talk on a call soon?")
    t = reconstruct(texts, metas)
    assert len(t.alternatives) == 2, t.text
    assert "{build|design}" in t.text or "{design|build}" in t.text


def test_escaping():
    assert escape("a{b}|c\\d") == "a\\{b\\}\\|c\\\\d"
    metas = _people(10)
    texts = [f"Hi {m['recipient_name'].split()[0]}, pick option A|B or {{curly}} today. Path C:\\temp"
             for m in metas]
    t = reconstruct(texts, metas)
    # literal | and \ are escaped; an unfilled merge field {curly} is the {MERGE} placeholder
    assert t.text == "Hi {NAME}, pick option A\\|B or {MERGE} today. Path C:\\\\temp"


def test_redact_drops_values():
    texts, metas = _campaign(20)
    t = reconstruct(texts, metas, redact=True)
    assert t.slots and all(s["values"] == [] for s in t.slots)
    assert "{NAME}" in t.text


def test_deterministic():
    texts, metas = _campaign(30, greet=("Hi", "Hello"))
    a = reconstruct(texts, metas)
    b = reconstruct(list(texts), [dict(m) for m in metas])
    assert a == b


def test_bounded_members():
    texts, metas = _campaign(120, greet=("Hi", "Hello"))
    t = reconstruct(texts, metas, max_members=25)
    assert t.members_used == 25
    assert sum(n for _, n in t.alternatives[0]["options"]) <= 25
    assert "{NAME}" in t.text


def test_without_metadata_and_empty():
    texts, _ = _campaign(12, greet=("Hi",))
    t = reconstruct(texts)
    assert "{NAME}" in t.text or "I saw you're the" in t.text
    assert reconstruct([]).text == ""
    with pytest.raises(ValueError):
        reconstruct(["a"], [{}, {}])
