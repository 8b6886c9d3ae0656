"""Stablecoin systems, one module each, and the registry that lists them (see base.py)."""
