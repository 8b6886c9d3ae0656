"""Session-wide settings for the test suite."""

import sys

# The VM raises the recursion limit (1024 nested calls need it) the first time a VM is
# made; doing it once up front keeps hypothesis from warning that it changed mid-test.
sys.setrecursionlimit(max(sys.getrecursionlimit(), 8 * 1024 + 2000))
