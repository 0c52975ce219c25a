"""Private numba kernels. Public wrappers validate inputs and call into here.

Every function here is compiled with ``cache=True``: the compiled code is written
next to this file (``__pycache__``) or, when that folder is read-only, to numba's
user-wide cache (``~/.cache/numba``), or to ``$NUMBA_CACHE_DIR`` when it is set.
"""
