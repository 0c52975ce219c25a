"""Exceptions raised by mass-msg-detect."""


class MassMsgDetectError(Exception):
    """Base class of this package's errors."""


class ConfigMismatchError(MassMsgDetectError, ValueError):
    """Two artefacts were made with different fingerprint configurations."""


class IndexFormatError(MassMsgDetectError):
    """An index file is missing, truncated, corrupted, or not an index at all."""


class IndexVersionError(IndexFormatError):
    """An index was written by a newer format version than this release reads."""


class IndexLockedError(MassMsgDetectError):
    """Another process is writing to the index."""
