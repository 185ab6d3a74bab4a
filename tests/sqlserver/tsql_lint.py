"""The project's own lint of T-SQL: what the sqlfluff parser accepts (or might, in a
later release) but SQL Server rejects, or reads otherwise than the author meant.

    python -m tests.sqlserver.tsql_lint sql/sqlserver/*.sql

Rules (comments, string literals and quoted identifiers are never looked at):

* ``limit``      ``LIMIT n``: PostgreSQL/MySQL; T-SQL has ``TOP (n)`` and ``OFFSET … FETCH``.
* ``skip-locked`` ``SKIP LOCKED``: PostgreSQL/MySQL; T-SQL has the ``READPAST`` hint.
* ``signal``     ``SIGNAL``/``RESIGNAL``: MySQL; T-SQL has ``THROW``.
* ``returning``  ``RETURNING``: PostgreSQL; T-SQL has ``OUTPUT inserted.*``.
* ``cast``       ``x::type``: PostgreSQL's cast; T-SQL has ``CAST(x AS type)``.
* ``throw``      a ``THROW`` whose previous statement does not end with ``;``.  SQL
  Server requires the terminator there; without it ``ROLLBACK TRANSACTION`` followed
  by ``THROW;`` is read as a rollback to a savepoint named THROW and nothing is
  thrown.  A THROW that opens a block (``BEGIN THROW …``, ``BEGIN CATCH THROW;``) has
  no previous statement and passes.
* ``exec-argument`` an ``EXEC proc @p = <value>`` whose value is not a variable, a
  literal, NULL or DEFAULT (``@p = COALESCE(@x, 1)``, ``@p = @a + 1``): SQL Server
  takes no expressions there.  (This project also ends every EXEC with ``;``: the
  rule reads the arguments up to it.)
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Token:
    kind: str  # "word", "punct", "literal" (a string or a number; its text is not kept)
    text: str
    line: int


@dataclass(frozen=True)
class Finding:
    rule: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"line {self.line}: [{self.rule}] {self.text}"


_WORD = re.compile(r"[A-Za-z_@#][A-Za-z0-9_@#$]*")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?")


def _closing(text: str, i: int, quote: str) -> int:
    """The index after a quoted run that starts at i (a doubled quote is one quote)."""
    j = i + 1
    while True:
        j = text.find(quote, j)
        if j < 0:
            return len(text)
        if text.startswith(quote * 2, j) and quote != "]":
            j += 2
            continue
        if quote == "]" and text.startswith("]]", j):
            j += 2
            continue
        return j + 1


def _block_comment_end(text: str, i: int) -> int:
    """The index after a /* … */ comment starting at i (T-SQL nests them)."""
    depth, j = 0, i
    while j < len(text):
        if text.startswith("/*", j):
            depth += 1
            j += 2
        elif text.startswith("*/", j):
            depth -= 1
            j += 2
            if depth == 0:
                return j
        else:
            j += 1
    return len(text)


def tokens(text: str) -> list[Token]:
    """Words and punctuation, without comments, literals and quoted identifiers."""
    found: list[Token] = []
    i, line, n = 0, 1, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            j = i + 1
        elif text.startswith("--", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
        elif text.startswith("/*", i):
            j = _block_comment_end(text, i)
        elif c == "'" or (c in "Nn" and text.startswith("'", i + 1)):
            start = i + 1 if c != "'" else i
            j = _closing(text, start, "'")
            found.append(Token("literal", "'", line))
        elif c == '"':
            j = _closing(text, i, '"')
        elif c == "[":
            j = _closing(text, i, "]")
        elif (m := _WORD.match(text, i)) is not None:
            j = m.end()
            found.append(Token("word", m.group().upper(), line))
        elif (m := _NUMBER.match(text, i)) is not None:
            j = m.end()
            found.append(Token("literal", "0", line))
        elif text.startswith("::", i):
            j = i + 2
            found.append(Token("punct", "::", line))
        else:
            j = i + 1
            found.append(Token("punct", c, line))
        line += text.count("\n", i, j)
        i = j
    return found


def lint(text: str) -> list[Finding]:
    """Every finding in a T-SQL script, in order."""
    found: list[Finding] = []
    toks = tokens(text)
    for k, tok in enumerate(toks):
        prev = toks[k - 1] if k > 0 else None
        after = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind == "punct" and tok.text == "::" and not _scope_qualifier(toks, k):
            found.append(Finding("cast", tok.line, "'::' cast: use CAST(x AS type)"))
        if tok.kind != "word":
            continue
        if tok.text == "LIMIT":
            found.append(Finding("limit", tok.line, "LIMIT: use TOP (n) or OFFSET … FETCH"))
        elif tok.text == "SKIP" and after is not None and after.text == "LOCKED":
            found.append(Finding("skip-locked", tok.line, "SKIP LOCKED: use WITH (READPAST)"))
        elif tok.text in ("SIGNAL", "RESIGNAL"):
            found.append(Finding("signal", tok.line, f"{tok.text}: use THROW"))
        elif tok.text == "RETURNING":
            found.append(Finding("returning", tok.line, "RETURNING: use OUTPUT inserted.*"))
        elif tok.text in ("EXEC", "EXECUTE") and not _names_a_permission(toks, k):
            found += _exec_arguments(toks, k)
        elif tok.text == "THROW" and not _throw_may_follow(toks, k):
            shown = "the start" if prev is None else repr(prev.text)
            found.append(
                Finding(
                    "throw",
                    tok.line,
                    f"THROW after {shown}: end the previous statement with ';'",
                )
            )
    return found


def _throw_may_follow(toks: list[Token], k: int) -> bool:
    """Whether the THROW at toks[k] starts a statement SQL Server sees as one."""
    if k == 0:
        return True
    prev = toks[k - 1]
    if prev.text in (";", "BEGIN"):
        return True
    # BEGIN CATCH / BEGIN TRY open a block: no previous statement.
    return prev.text in ("CATCH", "TRY") and k >= 2 and toks[k - 2].text == "BEGIN"


_VALUE_WORDS = ("NULL", "DEFAULT")
# GRANT … ON TYPE::x: '::' after a securable class is T-SQL's scope qualifier.
_SECURABLE_CLASSES = frozenset(
    {"OBJECT", "TYPE", "SCHEMA", "DATABASE", "ROLE", "USER", "ASSEMBLY", "CERTIFICATE", "LOGIN"}
)


def _scope_qualifier(toks: list[Token], k: int) -> bool:
    """Whether the '::' at toks[k] follows ON <class> (GRANT, DENY, REVOKE, ALTER …)."""
    return (
        k >= 2
        and toks[k - 1].text in _SECURABLE_CLASSES
        and toks[k - 2].text in ("ON", "AUTHORIZATION")
    )


def _names_a_permission(toks: list[Token], k: int) -> bool:
    """EXECUTE in GRANT EXECUTE ON …, or in a module's WITH EXECUTE AS …: no call."""
    before = toks[k - 1].text if k > 0 else ""
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    return before in ("GRANT", "DENY", "REVOKE", "WITH", ",") or after == "AS"


def _exec_arguments(toks: list[Token], k: int) -> list[Finding]:
    """The EXEC at toks[k]: each argument's value one variable, literal, NULL or DEFAULT
    (a negative number too), optionally followed by OUTPUT."""
    line = toks[k].line
    i = k + 1
    if i < len(toks) and toks[i].text == "(":
        return []  # EXEC (N'…'): dynamic SQL, no arguments
    if i + 1 < len(toks) and toks[i].text.startswith("@") and toks[i + 1].text == "=":
        i += 2  # EXEC @status = proc
    while i < len(toks) and (
        (toks[i].kind == "word" and not toks[i].text.startswith("@")) or toks[i].text == "."
    ):
        i += 1  # the procedure's (qualified) name
    end = i
    while end < len(toks) and toks[end].text != ";":
        end += 1
    findings: list[Finding] = []
    argument: list[Token] = []
    depth = 0
    for tok in [*toks[i:end], Token("punct", ",", line)]:
        depth += {"(": 1, ")": -1}.get(tok.text, 0)
        if tok.text != "," or depth > 0:
            argument.append(tok)
            continue
        value = argument[2:] if len(argument) > 2 and argument[1].text == "=" else argument
        if value and value[-1].text in ("OUTPUT", "OUT"):
            value = value[:-1]
        if value and value[0].text == "-":
            value = value[1:]
        simple = len(value) == 1 and (
            value[0].kind == "literal"
            or value[0].text in _VALUE_WORDS
            or (value[0].kind == "word" and value[0].text.startswith("@"))
        )
        if argument and not simple:
            shown = " ".join(t.text for t in argument)
            findings.append(
                Finding(
                    "exec-argument",
                    argument[0].line,
                    f"EXEC argument {shown!r}: pass a variable or a literal, not an expression",
                )
            )
        argument = []
    return findings


def main(paths: list[str]) -> int:
    status = 0
    for path in paths:
        for finding in lint(Path(path).read_text(encoding="utf-8")):
            print(f"{path}: {finding}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
