"""``python -m warcheck.cli``: the same as the ``warcheck`` command."""

import sys

from warcheck.cli import main

sys.exit(main())
