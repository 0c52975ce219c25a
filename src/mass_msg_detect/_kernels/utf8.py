"""UTF-8 decoding and encoding of one code point in a uint8 buffer (numba)."""
import numba as nb
import numpy as np


@nb.njit(inline="always", cache=True)
def decode(buf, i, end):
    """(code point, byte length) at ``buf[i]``; malformed bytes decode to U+FFFD, length 1."""
    c = np.int64(buf[i])
    if c < 0x80:
        return c, 1
    if c >= 0xF0 and c < 0xF8 and i + 3 < end:
        return (((c & 0x07) << 18) | ((np.int64(buf[i + 1]) & 0x3F) << 12)
                | ((np.int64(buf[i + 2]) & 0x3F) << 6) | (np.int64(buf[i + 3]) & 0x3F)), 4
    if c >= 0xE0 and c < 0xF0 and i + 2 < end:
        return (((c & 0x0F) << 12) | ((np.int64(buf[i + 1]) & 0x3F) << 6)
                | (np.int64(buf[i + 2]) & 0x3F)), 3
    if c >= 0xC0 and c < 0xE0 and i + 1 < end:
        return (((c & 0x1F) << 6) | (np.int64(buf[i + 1]) & 0x3F)), 2
    return 0xFFFD, 1


@nb.njit(inline="always", cache=True)
def put_utf8(out, p, cp):
    if cp < 0x80:
        out[p] = cp
        return p + 1
    if cp < 0x800:
        out[p] = 0xC0 | (cp >> 6)
        out[p + 1] = 0x80 | (cp & 0x3F)
        return p + 2
    if cp < 0x10000:
        out[p] = 0xE0 | (cp >> 12)
        out[p + 1] = 0x80 | ((cp >> 6) & 0x3F)
        out[p + 2] = 0x80 | (cp & 0x3F)
        return p + 3
    out[p] = 0xF0 | (cp >> 18)
    out[p + 1] = 0x80 | ((cp >> 12) & 0x3F)
    out[p + 2] = 0x80 | ((cp >> 6) & 0x3F)
    out[p + 3] = 0x80 | (cp & 0x3F)
    return p + 4
