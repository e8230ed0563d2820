"""``python -m warcheck``: the same as the ``warcheck`` command (and ``python -m warcheck.cli``)."""

import sys

from warcheck.cli import main

sys.exit(main())
