"""The packages of the distribution; everything else is in pyproject.toml.

The rule pages ship inside the package as ``flake8_stateless/rule_pages/*.md`` (read by
``flake8-stateless rule SLS101``) while ``docs/rules`` stays their one source: a
package-dir mapping builds that package from the folder, in the wheel and in a wheel built
from the sdist (which carries ``docs/rules``), with no copy to keep in sync and no symlink
(which an sdist does not keep on every platform). An editable install reads the folder
itself. ``tests/test_packaging.py`` builds the wheel and checks every page is in it.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["flake8_stateless*"]), "flake8_stateless.rule_pages"],
    package_dir={"flake8_stateless.rule_pages": "docs/rules"},
)
