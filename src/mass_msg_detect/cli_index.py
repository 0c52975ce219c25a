"""``mmd index ...`` and ``mmd query``: the persistent index on the command line.

Registered on :func:`mass_msg_detect.cli.main` by :func:`register`.
"""
from __future__ import annotations


def register(main) -> None:
    """Add the index commands to the ``mmd`` group."""
