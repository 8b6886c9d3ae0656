"""Errors the CLI reports as a one-line message (no traceback)."""

from __future__ import annotations


class UserError(Exception):
    """Something the user asked for cannot be done; the message says what and why."""

    exit_code = 1

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code
