"""The fingerprint configuration: everything that changes a signature's bits."""
from __future__ import annotations

import dataclasses
import re
from typing import Literal

MASKING_VERSION = 1
_FP = re.compile(r"^mmd1-(word|char)(\d+)-p(\d+)-s(\d+)-(xxh32)-m(\d+)$")


@dataclasses.dataclass(frozen=True)
class Config:
    """How texts become signatures.

    Attributes
    ----------
    shingle : "word" or "char"
        Word n-grams (tokens joined by one space) or character n-grams of the masked
        text. Scripts written without spaces (Chinese, Japanese, Thai) get one token per
        character in word mode, so their word n-grams are character n-grams.
    n : int
        Shingle length in tokens (word) or code points (char).
    num_perm : int
        Signature length (MinHash permutations).
    seed : int
        Seed of datasketch's permutation draws.
    hash : "xxh32"
        Shingle hash: XXH32, seed 0, of the shingle's UTF-8 bytes.
    masking : int
        Version of the masking rules and lexicons.
    """

    shingle: Literal["word", "char"] = "word"
    n: int = 2
    num_perm: int = 128
    seed: int = 1
    hash: Literal["xxh32"] = "xxh32"
    masking: int = MASKING_VERSION

    def __post_init__(self) -> None:
        if self.shingle not in ("word", "char"):
            raise ValueError(f"shingle must be 'word' or 'char', got {self.shingle!r}")
        for name in ("n", "num_perm"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int) or v < 1:
                raise ValueError(f"{name} must be a positive integer, got {v!r}")
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) or not 0 <= self.seed < 2**32:
            raise ValueError(f"seed must be an integer in [0, 2**32), got {self.seed!r}")
        if self.hash != "xxh32":
            raise ValueError(f"hash must be 'xxh32', got {self.hash!r}")
        if self.masking != MASKING_VERSION:
            raise ValueError(
                f"masking version {self.masking} is not supported by this release "
                f"(it implements version {MASKING_VERSION})"
            )

    @property
    def fingerprint(self) -> str:
        """Compact identity stored with every index and output, e.g. ``mmd1-word2-p128-s1-xxh32-m1``."""
        return f"mmd1-{self.shingle}{self.n}-p{self.num_perm}-s{self.seed}-{self.hash}-m{self.masking}"

    @classmethod
    def from_fingerprint(cls, fp: str) -> "Config":
        m = _FP.match(fp)
        if not m:
            raise ValueError(f"not a mass-msg-detect config fingerprint: {fp!r}")
        kind, n, p, s, h, mv = m.groups()
        return cls(shingle=kind, n=int(n), num_perm=int(p), seed=int(s), hash=h, masking=int(mv))


DEFAULT_CONFIG = Config()
