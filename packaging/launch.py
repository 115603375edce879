"""Entry script of the frozen app: the same as ``python -m desktop``."""

import sys

from desktop.__main__ import main

sys.exit(main())
