import numpy as np
import pytest
import xxhash

from mass_msg_detect._kernels.hashing import fnv1a64_many, token_hash_bytes, token_hash_many, xxh32, xxh32_many, \
    xxh32_spans
from mass_msg_detect.lexicons import fnv1a64, token_hash


@pytest.mark.parametrize("seed", [0, 1, 2**32 - 1])
def test_xxh32_matches_xxhash_all_lengths(rng, seed):
    for length in list(range(0, 70)) + [255, 1024, 4099]:
        data = rng.integers(0, 256, length, dtype=np.uint8)
        assert xxh32(data, 0, length, seed) == xxhash.xxh32_intdigest(data.tobytes(), seed=seed), length


def test_xxh32_on_slices_and_many(rng):
    data = rng.integers(0, 256, 500, dtype=np.uint8)
    offsets = np.array([0, 3, 3, 40, 41, 200, 500], dtype=np.int64)
    got = xxh32_many(data, offsets, 0)
    want = [xxhash.xxh32_intdigest(data[a:b].tobytes()) for a, b in zip(offsets[:-1], offsets[1:])]
    assert got.tolist() == want


def test_fnv1a64_kernel_matches_python(rng):
    data = rng.integers(0, 256, 300, dtype=np.uint8)
    offsets = np.array([0, 0, 1, 17, 300], dtype=np.int64)
    got = fnv1a64_many(data, offsets)
    want = [fnv1a64(data[a:b].tobytes()) for a, b in zip(offsets[:-1], offsets[1:])]
    assert got.tolist() == want
    assert fnv1a64(b"") == 0xCBF29CE484222325
    assert fnv1a64(b"a") == 0xAF63DC4C8601EC8C  # published FNV-1a 64 test vector


def test_xxh32_lanes_match_xxhash(rng):
    # 16 spans at a time: every length across the stripe, word and byte steps and the scalar
    # fallback (>= 32 bytes), at every alignment, in full and partial groups
    data = rng.integers(0, 256, 4096 + 32, dtype=np.uint8)   # 32 bytes of slack past the spans
    starts = rng.integers(0, 3900, 2000)
    lengths = np.concatenate([np.arange(0, 80), rng.integers(0, 40, 2000 - 80)])
    for n in (2000, 1, 15, 16, 17, 33):
        out = np.zeros(n, dtype=np.uint32)
        xxh32_spans(data, starts[:n], starts[:n] + lengths[:n], out)
        want = [xxhash.xxh32_intdigest(data[a:a + k].tobytes()) for a, k in zip(starts[:n], lengths[:n])]
        assert out.tolist() == want, n


def test_memory_intrinsics_match_byte_access(rng):
    import numba as nb

    from mass_msg_detect._kernels.memory import copy16, load_u32

    @nb.njit
    def loads(buf):
        out = np.empty(buf.shape[0] - 3, dtype=np.uint32)
        for i in range(out.shape[0]):
            out[i] = load_u32(buf, i)
        return out

    @nb.njit
    def copy(dst, d, src, s):
        copy16(dst, d, src, s)

    buf = rng.integers(0, 256, 64, dtype=np.uint8)
    want = [int.from_bytes(buf[i:i + 4].tobytes(), "little") for i in range(61)]
    assert loads(buf).tolist() == want
    for d, s in [(0, 0), (3, 17), (48, 1), (7, 48)]:
        dst = np.zeros(64, dtype=np.uint8)
        copy(dst, d, buf, s)
        expect = np.zeros(64, dtype=np.uint8)
        expect[d:d + 16] = buf[s:s + 16]
        assert dst.tolist() == expect.tolist()


def test_kernel_token_hashes_find_every_lexicon_entry():
    # every lexicon word as the tokenizer meets it (as is, capitalised, upper-case, with a
    # trailing comma): the token hash is the Python token_hash of its lower-case form and the
    # lookup returns the word's lexicon bits (8-byte blocks of the fast path included)
    from mass_msg_detect._kernels.tokenize import token_hashes_kernel
    from mass_msg_detect.lexicons import lexicon
    from mass_msg_detect.shingling import encode, engine_tables

    words = sorted(lexicon().items())
    # (upper-casing is not undone by lower-casing outside ASCII: 'ı'.upper().lower() == 'i')
    forms = [f(w) if w.isascii() else w for w, _ in words for f in (str, str.capitalize, str.upper, lambda w: w + ",")]
    buf, off = encode(forms)
    cls, low, keys, vals, ph_hash, _, _ = engine_tables()
    hv, toff, lx = token_hashes_kernel(buf, off, cls, low, keys, vals, ph_hash)
    assert (np.diff(toff) == 1).all()     # one token each
    want_h = [token_hash(w.encode("utf-8")) for w, _ in words for _ in range(4)]
    want_bits = [b for _, b in words for _ in range(4)]
    got_h = hv.tolist()
    numeric = [k for k, h in enumerate(got_h) if h == 0]   # number-like tokens carry no hash
    assert len(numeric) < 20
    assert [h for k, h in enumerate(got_h) if k not in numeric] == [h for k, h in enumerate(want_h) if k not in numeric]
    assert [b for k, b in enumerate(lx.tolist()) if k not in numeric] == \
        [b for k, b in enumerate(want_bits) if k not in numeric]


def test_token_hash_kernels_match_python(rng):
    data = rng.integers(0, 256, 120, dtype=np.uint8)
    for length in range(0, 41):
        for s in range(0, 9):
            want = token_hash(data[s:s + length].tobytes())
            assert token_hash_many(data, np.array([s, s + length], dtype=np.int64))[0] == want
            assert token_hash_bytes(data, s, s + length, False) == want
    word = np.frombuffer(b"GmbH.Com-Xyz", dtype=np.uint8)
    assert token_hash_bytes(word, 0, len(word), True) == token_hash(b"gmbh.com-xyz")


def test_token_hash_separates_close_words():
    words = {b"", b"\x00", b"a", b"a\x00", b"ab", b"ba", b"abcdefgh", b"abcdefgh\x00", b"abcdefghi",
             b"ibcdefgha", b"abcdefghabcdefgh", b"abcdefghabcdefgi"} | {bytes([c]) * k for c in b"az" for k in range(1, 20)}
    assert len({token_hash(w) for w in words}) == len(words)


def test_fast_path_token_hash_at_every_length_and_place():
    # words of 1-40 letters (8-byte blocks read at once), mixed case, followed by a space,
    # a comma, the end of the message or the end of the whole buffer
    from mass_msg_detect._kernels.tokenize import token_hashes_kernel
    from mass_msg_detect.shingling import encode, engine_tables

    cls, low, keys, vals, ph_hash, _, _ = engine_tables()
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN"
    for length in range(1, 41):
        word = letters[:length]
        texts = [word, f"{word} x", f"{word}, x", f"x {word}", f"x {word}"]
        buf, off = encode(texts)
        hv, toff, _ = token_hashes_kernel(buf, off, cls, low, keys, vals, ph_hash)
        want = token_hash(word.lower().encode())
        firsts = [hv[toff[i]] for i in range(3)] + [hv[toff[i] + 1] for i in range(3, 5)]
        assert firsts == [want] * 5, length
