"""Only for `python setup.py bdist_egg`, which scrapyd-deploy runs: the metadata lives in pyproject.toml."""

from setuptools import setup

setup()
