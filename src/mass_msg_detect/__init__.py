"""mass-msg-detect: find copy-paste and mail-merge messaging campaigns.

Public API (see README.md): :func:`fingerprint`, :func:`minhash`, :func:`shingle`,
:func:`mask`, :func:`is_empty`, :class:`Config`, :func:`campaigns`, :class:`Index`.
"""
__version__ = "0.1.0"

from .clustering import CampaignResult, campaigns
from .config import DEFAULT_CONFIG, Config
from .errors import ConfigMismatchError, MassMsgDetectError
from .fingerprint import fingerprint
from .index import Index, QueryResult
from .masking import mask
from .minhash import from_minhash, is_empty, minhash, to_lean_minhash
from .shingling import shingle


__all__ = [
    "CampaignResult", "Config", "DEFAULT_CONFIG", "campaigns", "ConfigMismatchError", "MassMsgDetectError",
    "fingerprint", "from_minhash", "Index", "QueryResult", "is_empty", "mask", "minhash", "shingle", "to_lean_minhash",
    "__version__",
]
