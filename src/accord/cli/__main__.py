"""``python -m accord.cli``: the same as the ``accord`` command."""

from .main import main

main()
