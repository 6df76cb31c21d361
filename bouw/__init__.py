"""The site's build, independent of the generator (issue 19).

``python -m bouw`` (and ``make build``) runs: the stack check (stapel.py), the steps before the generator
(voor.py: profile check, the calculators' wheel and standard library compiled in Pyodide, the menu with the
regions written as the generator's config), the generator itself (MkDocs or ProperDocs: theme and macros
only), and the steps after it over ``site/`` (na.py: runtime, wheels, HTML post-processing, CSP, service
worker). Every test and benchmark that needs a site calls ``bouw.site.bouw()``: one build, everywhere.
"""
