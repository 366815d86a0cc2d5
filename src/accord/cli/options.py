"""Option values that typer's types and ranges cannot check: files a command will write.

They are checked before the work starts, not when it is done: a typo in ``--out`` must not
cost a tournament.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Collection
from pathlib import Path

from ..errors import AccordInputError

__all__ = ["output_file", "plot_file", "writing"]


def output_file(
    path: Path, suffixes: Collection[str], option: str, wanted: str | None = None
) -> Path:
    """``path`` if it ends in one of ``suffixes`` and its folder exists and takes new files;
    otherwise an AccordInputError naming the file (or folder) and the option (``wanted``
    describes the suffixes)."""
    if path.is_dir():
        raise AccordInputError("is a folder, not a file", file=path, field=option)
    if path.suffix.lower() not in suffixes:
        wanted = wanted or ", ".join(sorted(suffixes))
        raise AccordInputError(f"the file name must end in {wanted}", file=path, field=option)
    if not path.parent.is_dir():
        raise AccordInputError("no such folder", file=path.parent, field=option)
    _takes_files(path.parent, option)
    return path


def _takes_files(folder: Path, option: str) -> None:
    """Create and remove a file in ``folder``: only that tells a read-only or full disk, a
    folder without permission or a special file system (``/proc``, where creating a file
    says "No such file or directory") from one the output can be written to."""
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".accord-probe-"):
            pass
    except OSError as err:
        why = err.strerror or str(err)
        if isinstance(err, FileNotFoundError):
            why = "the folder takes no files (a special file system?)"
        raise AccordInputError(f"cannot write here: {why}", file=folder, field=option) from None


def plot_file(path: Path, option: str = "--plot") -> Path:
    """:func:`output_file` for an image, in any format matplotlib writes."""
    from matplotlib.backend_bases import FigureCanvasBase

    formats = {f".{ext}" for ext in FigureCanvasBase.get_supported_filetypes()}
    return output_file(path, formats, option, "an image format (.png, .svg, .pdf, ...)")


def writing(path: Path, write: Callable[..., object], *args: object) -> None:
    """Call ``write(*args)``; a file system error (disk full, no permission) names ``path``."""
    try:
        write(*args)
    except OSError as err:
        raise AccordInputError(f"cannot write: {err.strerror or err}", file=path) from None

