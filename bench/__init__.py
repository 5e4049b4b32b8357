"""Benchmarks: quality and speed, printed as tables and written to docs/benchmarks.md.

They never fail a build on a number; they state the machine they ran on.
"""
