"""Reading a text file with errors that name it, and writing a whole file or nothing: a
reader, or a user who pressed Ctrl-C, finds the old file or the new one, never half of one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import AccordInputError

__all__ = ["read_text_file", "replacing", "write_atomic"]


def read_text_file(path: str | Path, suffixes: tuple[str, ...], what: str,
                   encodings: tuple[str, ...] = ("utf-8-sig",)) -> str:
    """The text of a ``what`` file (a byte-order mark dropped), checked to end in one of
    ``suffixes`` (any, if none are given) and read in the first of ``encodings`` that decodes
    it; else an :class:`AccordInputError` naming the file (a folder, no such file,
    unreadable, binary)."""
    path = Path(path)
    if suffixes and path.suffix.lower() not in suffixes:
        raise AccordInputError(f"unknown {what} format {path.suffix or '(no suffix)'!r}: "
                               f"expected {', '.join(suffixes)}", file=path)
    if not path.is_file():
        raise AccordInputError("a folder, not a file" if path.is_dir() else "no such file",
                               file=path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise AccordInputError(f"cannot read file: {err.strerror or err}", file=path) from None
    if b"\x00" in data:
        raise AccordInputError(f"a binary file, not a {what}", file=path)
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AccordInputError("not UTF-8 text", file=path)


@contextmanager
def replacing(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to (by this process or another one); when
    the block ends it is renamed over ``path``, with the permissions a new file gets. On an
    exception or Ctrl-C it is removed and ``path`` is left as it was."""
    path = Path(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` whole, flushed to disk, or not at all.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "a.html"
    >>> write_atomic(target, "<p>hi</p>").read_text()
    '<p>hi</p>'
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with replacing(path) as tmp, open(tmp, "wb") as f:
        f.write(payload)
        f.flush()
        os.fsync(f.fileno())
    return Path(path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
