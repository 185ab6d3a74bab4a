"""Split a MySQL/MariaDB script into statements, as the ``mariadb`` client does (minimal).

Handles ``DELIMITER x`` lines, quoted strings ('...', "...", `...`, with doubled quotes
and backslash escapes) and comments (``-- ``, ``#``, ``/* */``), so a delimiter inside
any of them does not end a statement.  Enough for the files in sql/mysql/; the driver
has its own, complete one.
"""

from __future__ import annotations

import re

_DELIMITER = re.compile(r"\s*DELIMITER\s+(\S+)\s*$", re.IGNORECASE)


def split(script: str) -> list[str]:
    statements: list[str] = []
    delimiter = ";"
    buf: list[str] = []
    quote: str | None = None  # the open quote character
    block_comment = False
    for line in script.splitlines(keepends=True):
        if quote is None and not block_comment and not "".join(buf).strip():
            m = _DELIMITER.match(line)
            if m:
                delimiter = m.group(1)
                buf = []
                continue
        i = 0
        while i < len(line):
            ch = line[i]
            if block_comment:
                if line.startswith("*/", i):
                    block_comment = False
                    i += 1
            elif quote is not None:
                if ch == "\\" and quote != "`":
                    buf.append(line[i : i + 2])
                    i += 2
                    continue
                if ch == quote:
                    if line.startswith(quote * 2, i):
                        buf.append(quote * 2)
                        i += 2
                        continue
                    quote = None
                buf.append(ch)
            elif ch in "'\"`":
                quote = ch
                buf.append(ch)
            elif line.startswith("-- ", i) or line.startswith("--\n", i) or ch == "#":
                break  # the rest of the line is a comment
            elif line.startswith("/*", i):
                block_comment = True
                i += 1
            elif line.startswith(delimiter, i):
                statement = "".join(buf).strip()
                if statement:
                    statements.append(statement)
                buf = []
                i += len(delimiter)
                continue
            else:
                buf.append(ch)
            i += 1
        if quote is None and not block_comment and buf and not buf[-1].endswith("\n"):
            buf.append("\n")  # a comment ended the line
    if "".join(buf).strip():
        statements.append("".join(buf).strip())
    return statements
