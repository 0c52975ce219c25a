import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mass_msg_detect import mask
from mass_msg_detect.masking import prepare

from .conftest import TRICKY_TEXTS


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hi Anna, I saw you're the VP of Sales at Initech.", "Hi {NAME}, I saw you're the {TITLE} at {COMPANY}."),
        ("Reach me at jane.doe@example.com or https://acme.io/x", "Reach me at {EMAIL} or {URL}"),
        ("see www.acme.com and acme.io today", "see {URL} and {URL} today"),
        ("ping @jane_doe", "ping {HANDLE}"),
        ("call +44 20 7946 0958 now", "call {PHONE} now"),
        ("we saved 1,200 hours", "we saved {NUM} hours"),
        ("only $49.99 or €30", "only {MONEY} or {MONEY}"),
        ("up 35% this year", "up {PERCENT} this year"),
        ("on 2024-03-12 or 12/03/2024", "on {DATE} or {DATE}"),
        ("free on Tuesday in January?", "free on {WEEKDAY} in {MONTH}?"),
        ("Hi {{first_name}}, how is {{company_name}}?", "Hi {NAME}, how is {COMPANY}?"),
        ("Dear [Name] and %FIRSTNAME%", "Dear {NAME} and {NAME}"),
        ("Hi , great to connect", "Hi {NAME}, great to connect"),
        ("Hi {{favourite_colour}}", "Hi {MERGE}"),
        ("<p>Hello&nbsp;<b>there</b></p>", " Hello  there  "),
        ("rock &amp;amp; roll", "rock & roll"),
    ],
)
def test_mask_examples(text, expected):
    assert mask(text) == expected


def test_metadata_full_and_first_name_case_insensitive():
    meta = {"recipient_name": "Zbigniew Brzęczyszczykiewicz", "recipient_title": "Chief Vibes Officer",
            "recipient_company": "Quuxly Ltd"}
    text = "hey zbigniew! As chief vibes officer at QUUXLY you know Zbigniew Brzęczyszczykiewicz"
    assert mask(text, meta) == "hey {NAME}! As {TITLE} at {COMPANY} you know {NAME}"


def test_common_word_name_needs_capital():
    meta = {"recipient_name": "Will Hunt"}
    assert mask("Hi Will, will you join?", meta) == "Hi {NAME}, will you join?"


def test_unicode_normalisation():
    assert prepare("ﬁnance\u00a0team").text == "finance team"
    assert prepare("a\ud800b").text == "a\ufffdb"
    assert mask("Thanks ‘so’ much") == "Thanks ‘so’ much"


def test_merge_field_flag():
    assert prepare("Hi {{first_name}}").merge_field
    assert not prepare("Hi {NAME}").merge_field
    assert not prepare("Hi Anna").merge_field


def test_mask_rejects_non_str():
    with pytest.raises(TypeError):
        mask(b"bytes")


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_idempotent_on_tricky_texts(text):
    once = mask(text)
    assert mask(once) == once


_words = st.sampled_from(["Hi", "hello", "Anna", "John", "Smith", "at", "Acme", "Inc", "VP", "of", "Sales",
                          "www.x.com", "a@b.co", "@joe", "$5", "20%", "12/03/2024", "+1", "555-0100", ",",
                          "{NAME}", "{{first_name}}", "[Name]", "Monday", "May", "5th", "CEO", "head",
                          "Growth", "&amp;", "&amp;lt;", "<br/>", "Robotics", "LLC", "the", "Dear", "senior",
                          "ALL", "CAPS", "Zoë", "Łukasz", ".", "!", "(", ")", "&", "/", "-", "%x%", "Hi ,"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_words, max_size=16).map(" ".join), st.booleans())
def test_idempotent_property(text, meta):
    m = {"recipient_name": "Anna Smith", "recipient_company": "Acme Inc"} if meta else None
    once = mask(text, m)
    assert mask(once, m) == once


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_idempotent_on_any_text(text):
    once = mask(text)
    assert mask(once) == once
