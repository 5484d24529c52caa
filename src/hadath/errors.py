"""One error hierarchy for hadath.

Every error carries a short stable code (``E1xx`` input, ``E2xx`` data/lexicons,
``E3xx`` models, ``E4xx`` pipeline, ``E5xx`` storage, ``E6xx`` evaluation) and a
message that says how to fix the problem.  The CLI and the HTTP API convert these
into exit codes / responses at the edge; library code only raises them.
"""

from __future__ import annotations


class HadathError(Exception):
    """Base class of every error hadath raises on purpose."""

    code = "E000"
    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(self.__str__())

    def __str__(self) -> str:  # pragma: no cover - trivial
        text = f"[{self.code}] {self.message}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


class InputError(HadathError):
    """The input text or file cannot be processed as an Arabic article."""

    code = "E100"
    exit_code = 2


class EmptyInputError(InputError):
    code = "E101"


class EncodingError(InputError):
    code = "E102"


class InputTooLargeError(InputError):
    code = "E103"


class BinaryInputError(InputError):
    code = "E104"


class InvalidDateError(InputError):
    code = "E105"


class LexiconError(HadathError):
    """A lexicon data file is missing or does not match its schema."""

    code = "E200"

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 hint: str | None = None) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}: " if path and line else (f"{path}: " if path else "")
        super().__init__(where + message, hint=hint)


class ModelError(HadathError):
    """A shipped model is missing or unreadable."""

    code = "E300"


class PipelineError(HadathError):
    """A pipeline is mis-assembled (unknown stage, unmet requirement)."""

    code = "E400"


class StorageError(HadathError):
    """The database cannot be opened, migrated or written."""

    code = "E500"


class EvaluationError(HadathError):
    """A gold folder or prediction file cannot be scored."""

    code = "E600"
