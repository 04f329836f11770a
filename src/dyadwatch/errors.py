"""One exception hierarchy: every expected failure is a DyadwatchError with a message
that says what happened, so the CLI can report it in one line without a traceback."""

from __future__ import annotations


class DyadwatchError(Exception):
    """Base of every error dyadwatch raises on purpose."""


class ConfigError(DyadwatchError):
    """A setting, flag or data file is wrong."""


class InputError(DyadwatchError):
    """One input (file, JSONL line, WARC record) cannot be turned into an article.

    `source` names the input (path, `path:line` or `path#record`), `reason` says why
    in one line. A corpus run reports it and goes on with the rest.
    """

    failure = True  # False: a notice (the input was read, but is not coded); no failed exit
    internal = False  # True: dyadwatch itself failed on this input (a bug), exit status 3

    def __init__(self, source: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.detail = detail  # a traceback, shown with --verbose

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, str]]:
        # Errors travel between worker processes; rebuild them from every field.
        return (self.__class__, (self.source, self.reason, self.detail))


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input is not text (NUL bytes, control characters, an image …)."""


class EncodingInputError(InputError):
    """The bytes fit no text encoding."""


class TruncatedInputError(InputError):
    """A compressed file or archive ends early."""


class MalformedInputError(InputError):
    """The container format (JSON line, WARC record) is broken."""


class TooLargeInputError(InputError):
    """The input is over the size limit."""


class LanguageInputError(InputError):
    """The text is not in a language dyadwatch codes: it is cleaned, not coded (a
    notice, not a failure)."""

    failure = False


class UnsupportedInputError(InputError):
    """The file type is not one dyadwatch reads."""


class InternalInputError(InputError):
    """dyadwatch raised an unexpected error on this input (a bug): the input is skipped,
    the rest of the run goes on, and the exit status is 3. `detail` holds the traceback."""

    internal = True
