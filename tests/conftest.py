"""Shared test settings.

Property tests draw the same examples on every run, so CI on a fresh machine tests what a run
here did and never fails by chance; ``HYPOTHESIS_PROFILE=explore`` draws new examples to look
for failures on purpose.
"""

import os

from hypothesis import settings

settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
