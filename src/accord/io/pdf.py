"""Printing an HTML page to PDF with headless Chromium, where it is installed.

The report's charts are drawn by JavaScript, so the engine must run it: a browser, not an
HTML-to-PDF converter such as WeasyPrint (which would print empty charts).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import AccordInputError
from .files import replacing

__all__ = ["BROWSERS", "INSTALL_HINT", "pdf_engine", "print_pdf"]

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
INSTALL_HINT = ("no PDF engine found: install headless Chromium (Debian/Ubuntu: "
                "apt-get install chromium), or open the HTML report and print it to PDF")
TIMEOUT = 120.0
"""Seconds the browser may take to load and print the page."""


def pdf_engine() -> str | None:
    """Path of the first Chromium-family browser on ``PATH``, or None."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def print_pdf(html: str | Path, pdf: str | Path, *, engine: str | None = None) -> Path:
    """Print the page ``html`` to ``pdf`` (replaced whole, or left as it was on failure).

    Raises
    ------
    AccordInputError
        When no engine is installed (saying which to install) or the browser fails.
    """
    engine = engine or pdf_engine()
    if engine is None:
        raise AccordInputError(INSTALL_HINT, field="--pdf")
    pdf = Path(pdf)
    name = Path(engine).name
    with tempfile.TemporaryDirectory(prefix="accord-chromium-") as profile, \
            replacing(pdf) as tmp:
        command = [
            engine, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            f"--user-data-dir={profile}", "--run-all-compositor-stages-before-draw",
            "--virtual-time-budget=20000", f"--print-to-pdf={tmp}",
            Path(html).resolve().as_uri(),
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT,
                                  check=False)
        except subprocess.TimeoutExpired:
            raise AccordInputError(f"{name} took over {TIMEOUT:g} s to print", file=pdf,
                                   field="--pdf") from None
        if done.returncode != 0 or not tmp.stat().st_size:
            last = (done.stderr.strip().splitlines() or ["no output"])[-1]
            raise AccordInputError(f"{name} could not print the report: {last}", file=pdf,
                                   field="--pdf")
    return pdf
