"""Run the CLI with `python -m langbot`."""

import sys

from langbot.cli import main

sys.exit(main())
