"""No name of the contract is a reserved word where a port must call it.

Callers write ``durable.<name>(…)`` on every engine; a name reserved in MariaDB,
MySQL 8 or SQL Server would need quoting there.  ``release`` is the one such name
(reserved in MariaDB and MySQL: the port quotes it inside its own SQL, and a
qualified call works unquoted), and no new one may join it.

MariaDB is asked directly (a reserved word cannot stand unquoted as a column
alias); MySQL 8 and SQL Server are not on this machine, so their words are listed
here from their manuals ("Keywords and Reserved Words" in MySQL 8.0, "Reserved
Keywords (Transact-SQL)"), only those that look like a routine name could: the
full lists are mostly SQL syntax."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.mysql.server import MySQLTestServer

ROOT = Path(__file__).resolve().parent.parent
KNOWN = {"release"}

MYSQL8_RESERVED = """
accessible add all alter analyze and as asc asensitive before between bigint binary blob
both by call cascade case change char character check collate column condition constraint
continue convert create cross cube cume_dist current_date current_time current_timestamp
current_user cursor database databases day_hour day_microsecond day_minute day_second dec
decimal declare default delayed delete dense_rank desc describe deterministic distinct
distinctrow div double drop dual each else elseif empty enclosed escaped except exists exit
explain false fetch first_value float float4 float8 for force foreign from fulltext function
generated get grant group grouping groups having high_priority hour_microsecond hour_minute
hour_second if ignore in index infile inner inout insensitive insert int int1 int2 int3 int4
int8 integer intersect interval into io_after_gtids io_before_gtids is iterate join json_table
key keys kill lag last_value lateral lead leading leave left like limit linear lines load
localtime localtimestamp lock long longblob longtext loop low_priority master_bind
master_ssl_verify_server_cert match maxvalue mediumblob mediumint mediumtext middleint
minute_microsecond minute_second mod modifies natural not no_write_to_binlog nth_value ntile
null numeric of on optimize optimizer_costs option optionally or order out outer outfile over
partition percent_rank precision primary procedure purge range rank read reads read_write real
recursive references regexp release rename repeat replace require resignal restrict return
revoke right rlike row row_number rows schema schemas second_microsecond select sensitive
separator set show signal smallint spatial specific sql sqlexception sqlstate sqlwarning
sql_big_result sql_calc_found_rows sql_small_result ssl starting stored straight_join system
table terminated then tinyblob tinyint tinytext to trailing trigger true undo union unique
unlock unsigned update usage use using utc_date utc_time utc_timestamp values varbinary
varchar varcharacter varying virtual when where while window with write xor year_month
zerofill
""".split()  # noqa: SIM905 (a word list reads best as words)

SQLSERVER_RESERVED = """
add all alter and any as asc authorization backup begin between break browse bulk by cascade
case check checkpoint close clustered coalesce collate column commit compute constraint
contains containstable continue convert create cross current current_date current_time
current_timestamp current_user cursor database dbcc deallocate declare default delete deny
desc disk distinct distributed double drop dump else end errlvl escape except exec execute
exists exit external fetch file fillfactor for foreign freetext freetexttable from full
function goto grant group having holdlock identity identity_insert identitycol if in index
inner insert intersect into is join key kill left like lineno load merge national nocheck
nonclustered not null nullif of off offsets on open opendatasource openquery openrowset
openxml option or order outer over percent pivot plan precision primary print proc procedure
public raiserror read readtext reconfigure references replication restore restrict return
revert revoke right rollback rowcount rowguidcol rule save schema securityaudit select
semantickeyphrasetable semanticsimilaritydetailstable semanticsimilaritytable session_user
set setuser shutdown some statistics system_user table tablesample textsize then to top tran
transaction trigger truncate try_convert tsequal union unique unpivot update updatetext use
user values varying view waitfor when where while with within writetext
""".split()  # noqa: SIM905


def contract_names() -> set[str]:
    """Every routine of schema durable that a role may execute (PostgreSQL's grants)."""
    schema = (ROOT / "sql/postgres/schema.sql").read_text()
    grants = schema[schema.index("GRANT EXECUTE ON FUNCTION") :]
    names = set(re.findall(r"durable\.([a-z_]+)\(", grants))
    assert {"enqueue", "claim", "complete", "release"} <= names  # the parse found them
    return names


def test_no_contract_name_is_reserved_in_mysql_8_or_sql_server() -> None:
    clashes = {
        name: [
            where
            for where, words in (("MySQL 8", MYSQL8_RESERVED), ("SQL Server", SQLSERVER_RESERVED))
            if name in words
        ]
        for name in contract_names() - KNOWN
    }
    assert {name: where for name, where in clashes.items() if where} == {}
    assert "release" in MYSQL8_RESERVED  # the list is the reserved one


async def test_no_contract_name_is_reserved_in_mariadb(mysql_server: MySQLTestServer) -> None:
    """Asked of the server itself: an unquoted reserved word is a syntax error (1064)."""
    if mysql_server.unavailable:
        pytest.skip(mysql_server.unavailable)
    import asyncmy

    conn: Any = await asyncmy.connect(**mysql_server.admin_kwargs())
    refused: dict[str, object] = {}
    try:
        async with conn.cursor() as cur:
            for name in sorted(contract_names()):
                try:
                    await cur.execute(f"SELECT 1 AS {name}")
                    await cur.fetchall()
                except Exception as exc:
                    refused[name] = getattr(exc, "args", (exc,))[0]
    finally:
        conn.close()
    assert refused == dict.fromkeys(KNOWN, 1064)  # 1064: a syntax error
