"""The frozen gazette set: Chinese provincial gazette issues of a fictional province (南陵省).

Written apart from ``samples.gazette`` (own code, texts and layout recipes) so that the
splitter is measured on layouts it was not tuned on. ``build_set(cache)`` writes every issue's
PDF and truth into ``cache``; ``recipes()`` lists the issues.
"""

from .build import build_issue, build_set, generator_version
from .recipes import recipes

__all__ = ["build_issue", "build_set", "generator_version", "recipes"]
