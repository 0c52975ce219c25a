"""Exceptions raised by mass-msg-detect."""


class MassMsgDetectError(Exception):
    """Base class of this package's errors."""


class ConfigMismatchError(MassMsgDetectError, ValueError):
    """Two artefacts were made with different fingerprint configurations."""
