"""The numba tokenizer/shingler against the pure-Python reference, and against xxhash + datasketch."""
import numpy as np
import pytest
import xxhash
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

import mass_msg_detect as mmd
from mass_msg_detect.masking import reference_normalized
from mass_msg_detect.shingling import masked_streams

from .conftest import TRICKY_TEXTS

META = [
    {"recipient_name": "Anna Kowalski", "recipient_title": "VP of Sales", "recipient_company": "Initech LLC"},
    {"recipient_name": "Will Smith", "recipient_title": "Director", "recipient_company": "Globex"},
    None,
]


def reference_shingles(text, metadata=None, kind="word", n=2):
    norm = reference_normalized(text, metadata)
    if not norm:
        return []
    if kind == "word":
        toks = norm.split(" ")
        grams = [" ".join(toks)] if len(toks) <= n else [" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1)]
    else:
        grams = [norm] if len(norm) <= n else [norm[i:i + n] for i in range(len(norm) - n + 1)]
    return [xxhash.xxh32_intdigest(g.encode("utf-8", "surrogatepass")) for g in grams]


def check_equivalent(texts, metadata=None, kind="word", n=2):
    config = mmd.Config(shingle=kind, n=n)
    streams = masked_streams(texts, metadata=metadata, config=config)
    parted = masked_streams(texts, metadata=metadata, config=config, template=True)
    hashes, offsets = mmd.shingle(texts, metadata=metadata, config=config)
    for i, t in enumerate(texts):
        m = metadata[i] if metadata else None
        assert streams[i] == reference_normalized(t, m), repr(t)
        assert parted[i] == reference_normalized(t, m, template=True), repr(t)
        assert hashes[offsets[i]:offsets[i + 1]].tolist() == reference_shingles(t, m, kind, n), repr(t)


def test_template_streams_take_a_title_only_from_a_capitalised_word():
    texts = ["Hi Anna, a quick hello from a fellow member of the fintech world.",
             "We are a specialist executive search practice.", "Hi Anna, the VP of Sales at Acme",
             "Hi Bob, as head of sales at Acme you know", "HELLO FROM A FELLOW MEMBER"]
    meta = [None, None, None, {"recipient_title": "head of sales"}, None]
    assert masked_streams(texts, metadata=meta) == [
        "hi {NAME} a quick hello from a {TITLE} of the fintech world", "we are a {TITLE} search practice",
        "hi {NAME} the {TITLE} at {COMPANY}", "hi {NAME} as {TITLE} at {COMPANY} you know", "hello from a {TITLE}"]
    # (a metadata title matches whatever its case; a text without case keeps the rule as it is)
    assert masked_streams(texts, metadata=meta, template=True) == [
        "hi {NAME} a quick hello from a fellow member of the fintech world",
        "we are a specialist executive search practice",
        "hi {NAME} the {TITLE} at {COMPANY}", "hi {NAME} as {TITLE} at {COMPANY} you know", "hello from a {TITLE}"]
    check_equivalent(texts, metadata=meta)


def test_template_streams_part_a_run_of_one_placeholder_at_a_sentence_break():
    texts = ["Let me introduce Orbit Insurance.\n\nOrbit Insurance helps. We met Orbit Insurance. "
             "Orbit Insurance! Call 555 0100 or 555 0101? 2 * 3 = 6",
             "Acme Corp, Beta LLC. Gamma Inc!Delta Ltd"]
    assert masked_streams(texts) == [
        "let me introduce {COMPANY} helps we met {COMPANY} call {NUM} or {NUM}",
        "{COMPANY} beta llc {COMPANY}"]
    # (a break needs white space: "Inc!Delta" is no break; "2 * 3" is one run either way)
    assert masked_streams(texts, template=True) == [
        "let me introduce {COMPANY} {COMPANY} helps we met {COMPANY} {COMPANY} call {NUM} or {NUM} {NUM}",
        "{COMPANY} beta llc {COMPANY}"]
    check_equivalent(texts)
    # a full stop is a break only after a word of 4 or more characters and before a capital:
    # "Sp. z o.o." and "Co." are abbreviations inside one value
    texts = ["I follow Popov Associates Sp. z o.o. since May", "at Polar Ventures. Vantage Ventures backs",
             "at Polar Ventures. vantage Ventures backs", "at Lynx Ventures. \u00c9lan Ventures"]
    meta = [{"recipient_company": "Popov Associates Sp. z o.o."}, None, None, None]
    assert masked_streams(texts, metadata=meta, template=True) == [
        "i follow {COMPANY} since may", "at {COMPANY} {COMPANY} backs", "at {COMPANY} vantage ventures backs",
        "at {COMPANY} {COMPANY}"]
    check_equivalent(texts, metadata=meta)


@pytest.mark.parametrize("kind, n", [("word", 1), ("word", 2), ("word", 3), ("char", 5)])
def test_kernel_matches_reference_on_tricky_texts(kind, n):
    check_equivalent(TRICKY_TEXTS, kind=kind, n=n)


def test_kernel_matches_reference_with_metadata():
    texts = [
        "Hi Anna, congrats on the VP of Sales role at Initech! Anna Kowalski rocks. initech llc",
        "Will you meet will? Hi Will, the director at Globex said hi. globex",
        "No metadata here, Anna.",
    ]
    check_equivalent(texts, metadata=META)


@pytest.mark.parametrize("kind, n", [("word", 1), ("word", 3), ("char", 5)])
def test_shingles_hashed_in_groups_of_sixteen_match_reference(kind, n):
    # shingle counts around multiples of 16 (full and partial groups), and shingles of 32
    # bytes or more (hashed outside the lanes) beside short ones
    long_words = ["internationalisation", "counterrevolutionaries", "electroencephalograph", "ok"]
    texts = []
    for count in (1, 2, 15, 16, 17, 18, 31, 32, 33, 34, 47, 48, 49, 100):
        texts.append(" ".join(f"w{k % 7}x" if k % 5 else "plain" for k in range(count)))
        texts.append(" ".join(long_words[k % 4] for k in range(count)))
    check_equivalent(texts, kind=kind, n=n)


_alphabet = st.sampled_from(list("aAbBzZ019 ,.!?'@#$%&/-+:;(){}[]<>éÉßİ\u00a0\u200b\u2019\u201c中文ไทย🙂\n\t"))
_words = st.sampled_from(["Hi", "hello", "Anna", "John", "at", "Acme", "Inc", "VP", "of", "Sales",
                          "www.x.com", "a@b.co", "@joe", "$5", "20%", "12/03/2024", "+1", "555-0100",
                          "{NAME}", "{{first_name}}", "[Name]", "Monday", "May", "5th", ",", "CEO",
                          "head", "Growth", "&amp;", "<br/>", "Robotics", "LLC"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(_alphabet, max_size=30), st.lists(_words, max_size=12).map(" ".join)),
                min_size=1, max_size=6))
def test_kernel_matches_reference_property(texts):
    check_equivalent(texts)


_plain = st.sampled_from(["hi", "Anna", "SALES", "at", "Acme", "inc", "vp", "x", "Monday", "may", "ceo"])
_trail = st.sampled_from(["", ",", ".", "!", "?", ";", ":", ",,", ".x", ":)", "'", "'s", "-", "5", "?!", "\"", ")", "...", "'5", "'\u00e9", "'\"", "''", "\u2019s",
                          "\u00e9", "%", "/", "@", "}", "\u200b"])
_sep = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u3000", "", "\x00"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_plain, _trail, _sep).map("".join), max_size=14).map("".join))
def test_plain_word_fast_path_matches_reference(text):
    # the tokenizer's fast path for ASCII-letter chunks ending in a space, the end or one
    # of , . ! ? ; : against the reference, with everything that must leave it beside them
    check_equivalent([text], kind="word", n=2)
    check_equivalent([text], metadata=[META[0]], kind="word", n=1)


def test_tokens_of_every_length_at_the_end_of_the_buffer():
    # emit copies tokens in 16-byte blocks into scratch with 16 bytes of slack: words of
    # every length up to 3 blocks, last in the message and in the batch, and placeholders
    texts = [("Hi Anna, " if k % 2 else "") + "x" * k for k in range(1, 50)]
    texts += ["1 2 3 " + "\u00e9" * k for k in range(1, 30)] + ["a@b.co " * 3 + "www.acme.io"]
    for kind, n in (("word", 1), ("word", 3), ("char", 5)):
        check_equivalent(texts, kind=kind, n=n)
        check_equivalent(texts[-1:], kind=kind, n=n)


def test_users_can_reproduce_signatures_with_xxhash_and_datasketch():
    texts = TRICKY_TEXTS[:6]
    sig = mmd.fingerprint(texts)
    for i, t in enumerate(texts):
        m = MinHash(num_perm=128, seed=1, hashfunc=lambda x: x)
        m.update_batch(reference_shingles(t))
        assert np.array_equal(m.hashvalues, sig[i]), t


def test_fingerprint_equals_minhash_of_shingles():
    cfg = mmd.Config(n=3, num_perm=64, seed=9)
    h, off = mmd.shingle(TRICKY_TEXTS, config=cfg)
    assert np.array_equal(mmd.minhash(h, off, num_perm=64, seed=9), mmd.fingerprint(TRICKY_TEXTS, config=cfg))


def test_scripts_without_spaces_get_character_ngrams():
    streams = masked_streams(["这是一个测试", "สวัสดีครับ"])
    assert streams[0] == "这 是 一 个 测 试"
    assert len(streams[1].split(" ")) >= 5


def test_short_message_gets_one_shingle_of_all_tokens():
    h, off = mmd.shingle(["ok thanks"], config=mmd.Config(n=3))
    assert off.tolist() == [0, 1]
    assert h[0] == xxhash.xxh32_intdigest(b"ok thanks")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FFFF, blacklist_categories=("Cs",)), max_size=12)
       | st.text(alphabet="aeiouéèêëíñçÅå\u0301\u0323\u0b47\u0b3e\u1100\u1161\uac00 ,.&<", max_size=12))
def test_messages_not_flagged_are_nfkc_stable(text):
    """The numba pre-scan may skip Python preparation only for text NFKC leaves unchanged."""
    import unicodedata

    from mass_msg_detect._kernels.prepare import needs_prepare
    from mass_msg_detect.shingling import encode, nfkc_table

    buf, off = encode([text])
    if not needs_prepare(buf, 0, off[1], nfkc_table()):
        assert unicodedata.normalize("NFKC", text) == text


def test_encode_one_text_matches_encode_of_many():
    from mass_msg_detect.shingling import encode

    for t in ("", "plain", "caf\u00e9 \U0001F600 end", "a\ud800b lone surrogate"):
        buf1, off1 = encode([t])
        buf2, off2 = encode([t, "next"])
        assert off1.tolist() == off2[:2].tolist()
        assert bytes(buf1) == bytes(buf2[:off2[1]])


def test_masked_streams_prepared_is_both_passes():
    from mass_msg_detect.masking import prepare
    from mass_msg_detect.shingling import masked_streams_prepared

    texts = ["Hi {{first_name}}, caf\u00e9 at ACME!", "lone \ud800 surrogate", "", "  spaced\u00a0out  ",
             "<b>Bold</b> &amp; more"]
    metadata = [{"recipient_name": "Ann"}, None, None, {}, None]
    streams, prepared = masked_streams_prepared(texts, metadata=metadata)
    assert streams == masked_streams(texts, metadata=metadata)
    assert prepared == [prepare(t).text for t in texts]
