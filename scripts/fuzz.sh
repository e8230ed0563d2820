#!/usr/bin/env bash
# The long fuzz run: the properties of tests/test_fuzz.py (any text into the analysis, any bytes
# into every reader, gzip too; fuzzed items into Store.ingest and the cross-check) on N random
# examples each (default 20000; about 15 min here).
# Usage: scripts/fuzz.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
WARCHECK_FUZZ_EXAMPLES="${1:-20000}" python3 -m pytest -q -p no:cacheprovider tests/test_fuzz.py \
    --hypothesis-show-statistics
