"""Private numba kernels. Public wrappers validate inputs and call into here.

Every function here is compiled with ``cache=True``: the compiled code is written
next to this file (``__pycache__``) or, when that folder is read-only, to numba's
user-wide cache (``~/.cache/numba``), or to ``$NUMBA_CACHE_DIR`` when it is set.
"""


def _drop_stale_caches(here: str | None = None) -> None:
    """Delete this package's cached kernels when any of its source files changed.

    numba checks a cached kernel against the file that defines it only, yet the kernel holds
    the compiled code of the functions it calls from the other files here; after an edit to
    one of those (a development checkout) it would run the old code. A stamp of every source
    file's size and modification time sits next to the cache; when it differs, the cached
    kernels here are removed and compiled again. Errors are ignored: caching is an optimisation.
    """
    import os

    here = here or os.path.dirname(os.path.abspath(__file__))
    cache = os.path.join(here, "__pycache__")
    try:
        names = sorted(n for n in os.listdir(here) if n.endswith(".py"))
        stamp = ";".join(f"{n}:{st.st_size}:{st.st_mtime_ns}"
                         for n in names for st in [os.stat(os.path.join(here, n))])
        path = os.path.join(cache, "mmd-kernels.stamp")
        try:
            with open(path, encoding="utf-8") as fh:
                if fh.read() == stamp:
                    return
        except OSError:
            pass
        if not os.path.isdir(cache):
            return
        for n in os.listdir(cache):
            if n.endswith((".nbi", ".nbc")):
                try:
                    os.remove(os.path.join(cache, n))
                except OSError:
                    pass
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(stamp)
        os.replace(tmp, path)
    except OSError:
        pass


_drop_stale_caches()
