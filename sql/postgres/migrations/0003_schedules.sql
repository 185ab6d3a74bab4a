-- 0003_schedules: recurring schedules — cron in PL/pgSQL with IANA time zones,
-- durable.schedules, materialisation, registration sync, schedule admin.
-- See sql/postgres/schema.sql for the whole model.
BEGIN;
SELECT pg_advisory_xact_lock(431603508578);

-- ----------------------------------------------------------------------------
-- Cron: parsing a cron expression and computing its next fire time.
--
--     durable.cron_next('*/15 * * * *', now(), 'Europe/Berlin')  -> timestamptz
--
-- THE RULES (other programs rely on these exactly)
--
-- * 5 fields  "minute hour day-of-month month day-of-week"  (second = 0), or
--   6 fields  "second minute hour day-of-month month day-of-week".
--   Fields are separated by runs of spaces/tabs.
-- * A field is a comma list of items; an item is *, a value, a range a-b, or
--   any of those with a step /n.  "a/n" means "a-max/n".  Month names jan..dec
--   and weekday names sun..sat (case-insensitive) work as values and range
--   ends.  Day-of-week is 0-7 where 0 and 7 are both Sunday.  Nothing else
--   (no L, W, #, ?, H, @daily, year field).
-- * Day rule (Vixie cron): when both day-of-month and day-of-week are
--   restricted, a day matches if EITHER matches.  A field is unrestricted only
--   when it is exactly "*".
-- * The answer is the first fire time strictly after `after`, reading the
--   expression on the wall clock of an IANA time zone.  Daylight saving:
--     - a wall time that does not exist (spring-forward gap) fires once,
--       shifted forward by the gap (02:30 -> 03:30);
--     - a wall time that happens twice (fall-back overlap) fires at its FIRST
--       occurrence only -- unless the hour field is exactly "*", in which case
--       it fires in both passes (so "*/15 * * * *" keeps a 15-minute rhythm);
--     - one instant never fires twice.
--
-- ERRORS:  DS001 invalid argument (`after`)   DS011 invalid cron expression
--          DS012 unknown time zone
--
-- The parsed form (durable.cron_spec) is meant to be stored next to the
-- expression, so a schedule is parsed once and evaluated many times with
-- durable.cron_next_spec().
-- ----------------------------------------------------------------------------


-- ----------------------------------------------------------------------------
-- Time zones.  pg_timezone_names takes ~80 ms per scan (it reads the whole
-- tzdata directory), so the accepted names are copied once, here.  We accept
-- 'UTC' and the IANA "Area/Location" names only: no abbreviations (CST is
-- three different zones), no POSIX strings, no posix/ and right/ copies.
-- If the server's tzdata gains a zone, re-run the INSERT below.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.time_zones (
    name text PRIMARY KEY
);

INSERT INTO durable.time_zones (name)
SELECT z.name FROM pg_catalog.pg_timezone_names z
WHERE z.name = 'UTC'
   OR (pg_catalog.strpos(z.name, '/') > 0
       AND NOT pg_catalog.starts_with(z.name, 'posix/')
       AND NOT pg_catalog.starts_with(z.name, 'right/'));

-- Case-sensitive on purpose: PostgreSQL would accept 'europe/berlin', but a
-- name we store must be one that every other program (Python's zoneinfo,
-- browsers) also understands.
CREATE FUNCTION durable.check_time_zone(timezone text) RETURNS void
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
    IF timezone = 'UTC' THEN
        RETURN;  -- the default for every schedule: no table read
    END IF;
    IF timezone IS NULL
       OR NOT EXISTS (SELECT 1 FROM durable.time_zones z WHERE z.name = check_time_zone.timezone) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS012', MESSAGE = pg_catalog.format(
            'unknown time zone %s: use an IANA name such as ''Europe/Berlin'' '
            '(Windows ids, abbreviations and POSIX strings are not accepted)',
            COALESCE(pg_catalog.quote_literal(timezone), 'NULL'));
    END IF;
END
$$;

-- ----------------------------------------------------------------------------
-- The parsed form.
--
-- Each time field is stored as a "next allowed value" table: element v is the
-- smallest allowed value >= v.  The array stops at the largest allowed value,
-- so reading past it yields NULL, which means "none left: carry into the next
-- larger field".  Evaluating a field is therefore one array read, whatever
-- the expression looked like.
--
--   second_next, minute_next, hour_next  indexed from 0  ([0:last allowed])
--   dom_next, month_next                 indexed from 1  ([1:last allowed])
--   dow_wait   [0:6]: days from weekday v (0 = Sunday) to the next allowed
--              weekday, 0 when v itself is allowed.  Weekdays wrap, so every
--              element is set.
--   dom_star, dow_star  the day-of-month / day-of-week field was exactly '*'
--              (the Vixie day rule depends on what was written, not on the
--              values: '*/1' is restricted).
--   hour_star  the hour field was exactly '*' (such an expression fires in
--              both passes of a fall-back overlap).
-- ----------------------------------------------------------------------------
CREATE TYPE durable.cron_spec AS (
    second_next smallint[],
    minute_next smallint[],
    hour_next   smallint[],
    dom_next    smallint[],
    month_next  smallint[],
    dow_wait    smallint[],
    dom_star    boolean,
    dow_star    boolean,
    hour_star   boolean
);
COMMENT ON TYPE durable.cron_spec IS
    'A cron expression parsed by durable.cron_parse(), evaluated by durable.cron_next_spec().';

-- One value: a number, or a name in the month and day-of-week fields.
CREATE FUNCTION durable.cron_parse_value(cron text, field_name text, token text, low integer, high integer)
RETURNS integer
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    v integer;
BEGIN
    IF token ~ '^[0-9]+$' THEN
        -- Leading zeros are fine; over 4 significant digits is out of every
        -- range (and would overflow the integer cast).
        IF pg_catalog.length(pg_catalog.ltrim(token, '0')) <= 4 THEN
            v := token::integer;
            IF v >= low AND v <= high THEN
                RETURN v;
            END IF;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
            'cron %L: %s value %s is out of range %s-%s', cron, field_name, token, low, high);
    END IF;
    v := CASE field_name
         WHEN 'month' THEN
             pg_catalog.array_position('{jan,feb,mar,apr,may,jun,jul,aug,sep,oct,nov,dec}'::text[], pg_catalog.lower(token))
         WHEN 'day-of-week' THEN
             pg_catalog.array_position('{sun,mon,tue,wed,thu,fri,sat}'::text[], pg_catalog.lower(token)) - 1
         END;
    IF v IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
            'cron %L: %s value %L is not %s', cron, field_name, token,
            CASE
            WHEN field_name = 'month' THEN 'a month name (jan..dec) or a number 1-12'
            WHEN field_name = 'day-of-week' THEN 'a weekday name (sun..sat) or a number 0-7'
            WHEN token ~* '^(l|w|lw|h)$' THEN 'supported (L, W, #, ?, H and @ aliases are not)'
            ELSE pg_catalog.format('a number %s-%s (names are only for month and day-of-week)', low, high)
            END);
    END IF;
    RETURN v;
END
$$;

-- One field -> its "next allowed value" table (see durable.cron_spec).
-- Plain string functions, not regexp_match: a regular expression with
-- capture groups costs ~40 us in PostgreSQL, a plain match ~2 us.
CREATE FUNCTION durable.cron_parse_field(cron text, field_name text, field text, low integer, high integer)
RETURNS smallint[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    allowed   boolean[];
    nxt       smallint[];
    item      text;
    base      text;
    p         integer;
    a         integer;
    b         integer;
    step      integer;
    v         integer;
    last      integer := low;  -- largest allowed value
BEGIN
    IF field = '*' THEN  -- the common case: every value is its own next
        RETURN CASE low * 100 + high
               WHEN 59 THEN '[0:59]={0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59}'::smallint[]
               WHEN 23 THEN '[0:23]={0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23}'::smallint[]
               WHEN 131 THEN '[1:31]={1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31}'::smallint[]
               WHEN 112 THEN '[1:12]={1,2,3,4,5,6,7,8,9,10,11,12}'::smallint[]
               WHEN 7 THEN '[0:7]={0,1,2,3,4,5,6,7}'::smallint[]
               END;
    END IF;
    IF field ~ '^[0-9]+$' THEN  -- next common: one number
        v := durable.cron_parse_value(cron, field_name, field, low, high);
        RETURN pg_catalog.array_fill(v::smallint, ARRAY[v - low + 1], ARRAY[low]);
    END IF;
    IF field ~ '^,|,,|,$' THEN
        RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
            'cron %L: %s field %L has an empty item', cron, field_name, field);
    END IF;

    allowed := pg_catalog.array_fill(false, ARRAY[high - low + 1], ARRAY[low]);
    FOREACH item IN ARRAY pg_catalog.string_to_array(field, ',') LOOP
        IF NOT pg_catalog.lower(item) ~ '^(\*|([0-9]+|[a-z]+)(-([0-9]+|[a-z]+))?)(/[0-9]+)?$' THEN
            RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
                'cron %L: %s item %L is not valid: expected *, a value or a range a-b, '
                'optionally followed by /step%s', cron, field_name, item,
                CASE WHEN item ~ '[LlWw#?Hh@]' THEN ' (L, W, #, ?, H and @ aliases are not supported)' ELSE '' END);
        END IF;

        -- item = base [/step]
        p := pg_catalog.strpos(item, '/');
        IF p = 0 THEN
            base := item;
            step := NULL;
        ELSE
            base := pg_catalog.left(item, p - 1);
            IF pg_catalog.length(pg_catalog.ltrim(pg_catalog.substr(item, p + 1), '0')) > 4 THEN
                RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
                    'cron %L: %s step in %L is too large', cron, field_name, item);
            END IF;
            step := pg_catalog.substr(item, p + 1)::integer;
            IF step = 0 THEN
                RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
                    'cron %L: %s step in %L must be at least 1', cron, field_name, item);
            END IF;
        END IF;

        -- base = * | a | a-b;  "a/n" means a-max/n
        p := pg_catalog.strpos(base, '-');
        IF base = '*' THEN
            a := low;
            b := high;
        ELSIF p = 0 THEN
            a := durable.cron_parse_value(cron, field_name, base, low, high);
            b := CASE WHEN step IS NULL THEN a ELSE high END;
        ELSE
            a := durable.cron_parse_value(cron, field_name, pg_catalog.left(base, p - 1), low, high);
            b := durable.cron_parse_value(cron, field_name, pg_catalog.substr(base, p + 1), low, high);
            IF a > b THEN
                RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
                    'cron %L: %s range %L is reversed (%s > %s)%s', cron, field_name, item, a, b,
                    CASE WHEN field_name = 'day-of-week' AND b = 0
                         THEN '; Sunday is also 7, so write e.g. 5-7' ELSE '' END);
            END IF;
        END IF;

        step := COALESCE(step, 1);
        v := a;
        WHILE v <= b LOOP
            allowed[v] := true;
            v := v + step;
        END LOOP;
        last := GREATEST(last, v - step);
    END LOOP;

    -- Fill the table from the top down; it ends at the largest allowed value.
    nxt := pg_catalog.array_fill(last::smallint, ARRAY[last - low + 1], ARRAY[low]);
    FOR v IN REVERSE last - 1 .. low LOOP
        nxt[v] := CASE WHEN allowed[v] THEN v ELSE nxt[v + 1] END;
    END LOOP;
    RETURN nxt;
END
$$;

CREATE FUNCTION durable.cron_parse(cron text) RETURNS durable.cron_spec
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    fields text[];
    n      integer;
    dow    smallint[];
    wait   smallint[];
    sunday integer;  -- first allowed weekday counting from Sunday (0 when Sunday is allowed)
    spec   durable.cron_spec;
BEGIN
    IF cron IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = 'cron expression must not be null';
    END IF;
    -- Split on runs of spaces and tabs, ignoring whitespace at either end.
    fields := pg_catalog.array_remove(pg_catalog.string_to_array(pg_catalog.translate(
                  pg_catalog.btrim(cron, E' \t\n\r\f\v'), E'\t', ' '), ' '), '');
    n := pg_catalog.cardinality(fields);
    IF n = 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = 'cron expression must not be empty';
    END IF;
    IF n NOT IN (5, 6) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
            'cron %L has %s field%s; expected 5 (minute hour day-of-month month day-of-week) '
            'or 6 (second minute hour day-of-month month day-of-week)%s',
            cron, n, CASE WHEN n = 1 THEN '' ELSE 's' END,
            CASE WHEN fields[1] LIKE '@%' THEN '; aliases such as @daily are not supported' ELSE '' END);
    END IF;
    IF n = 5 THEN
        fields := pg_catalog.array_prepend('0', fields);  -- the second is 0
    END IF;

    spec.second_next := durable.cron_parse_field(cron, 'second',       fields[1], 0, 59);
    spec.minute_next := durable.cron_parse_field(cron, 'minute',       fields[2], 0, 59);
    spec.hour_next   := durable.cron_parse_field(cron, 'hour',         fields[3], 0, 23);
    spec.dom_next    := durable.cron_parse_field(cron, 'day-of-month', fields[4], 1, 31);
    spec.month_next  := durable.cron_parse_field(cron, 'month',        fields[5], 1, 12);
    dow              := durable.cron_parse_field(cron, 'day-of-week',  fields[6], 0, 7);

    -- Day-of-week: 7 is Sunday too, and weeks wrap: turn the [0:7] table into
    -- "days to wait" from each weekday.
    sunday := CASE WHEN dow[0] = 0 OR dow[7] = 7 THEN 0 ELSE dow[0] END;
    wait := pg_catalog.array_fill(sunday::smallint, ARRAY[7], ARRAY[0]);
    FOR d IN 1..6 LOOP
        wait[d] := LEAST(dow[d] - d, sunday + 7 - d);  -- dow[d] is NULL past the last allowed day
    END LOOP;
    spec.dow_wait  := wait;
    spec.hour_star := fields[3] = '*';
    spec.dom_star  := fields[4] = '*';
    spec.dow_star  := fields[6] = '*';

    -- An expression that can never fire would make every search run to the
    -- end of time.  Only one shape can: a day-of-month restricted (and the
    -- day-of-week '*') to days that none of its months has, like 31 February.
    -- February counts 29 days, since leap years come.  (With day-of-week
    -- restricted, the Vixie OR rule always finds a day.)
    IF NOT spec.dom_star AND spec.dow_star AND spec.dom_next[1] > 29 THEN
        n := 29;  -- days in the longest allowed month
        FOR m IN 1..12 LOOP
            IF spec.month_next[m] = m THEN
                n := GREATEST(n, CASE WHEN m = 2 THEN 29 WHEN m IN (4, 6, 9, 11) THEN 30 ELSE 31 END);
            END IF;
        END LOOP;
        IF spec.dom_next[1] > n THEN
            RAISE EXCEPTION USING ERRCODE = 'DS011', MESSAGE = pg_catalog.format(
                'cron %L never fires: no month in %L has a day-of-month in %L', cron, fields[5], fields[4]);
        END IF;
    END IF;
    RETURN spec;
END
$$;
COMMENT ON FUNCTION durable.cron_parse(text) IS
    'Parse a 5- or 6-field cron expression (raises DS011 when invalid or never firing).';

-- ----------------------------------------------------------------------------
-- Evaluation on the wall clock.
--
-- The first wall-clock time >= from_local (a timestamp without time zone,
-- whole seconds) that the spec matches.  Pure calendar arithmetic: no time
-- zones here.  Fields are settled from the second upwards, each with one
-- table read; a field that runs out carries into the next larger one and
-- resets the smaller ones to their first allowed value.  Only the date part
-- loops (a month may have no matching day, e.g. day 31 in April).
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.cron_next_local(spec durable.cron_spec, from_local timestamp)
RETURNS timestamp
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    y   integer := pg_catalog.date_part('year',   from_local);
    mo  integer := pg_catalog.date_part('month',  from_local);
    d   integer := pg_catalog.date_part('day',    from_local);
    h   integer := pg_catalog.date_part('hour',   from_local);
    mi  integer := pg_catalog.date_part('minute', from_local);
    s   integer := pg_catalog.date_part('second', from_local);  -- caller passes whole seconds
    v   integer;
    dim integer;       -- days in month (y, mo)
    reset boolean := false;  -- the date moved on: time of day restarts at its first allowed value
    i   integer := 0;
BEGIN
    -- Time of day, with carries.
    v := spec.second_next[s];
    IF v IS NULL THEN s := spec.second_next[0]; mi := mi + 1; ELSE s := v; END IF;
    v := spec.minute_next[mi];
    IF v IS NULL THEN
        mi := spec.minute_next[0]; s := spec.second_next[0]; h := h + 1;
    ELSIF v > mi THEN
        mi := v; s := spec.second_next[0];
    END IF;
    v := spec.hour_next[h];
    IF v IS NULL THEN
        h := spec.hour_next[0]; mi := spec.minute_next[0]; s := spec.second_next[0]; d := d + 1;
    ELSIF v > h THEN
        h := v; mi := spec.minute_next[0]; s := spec.second_next[0];
    END IF;

    -- Date.  d may be one past the month's end here; the day step treats that
    -- as "no day left in this month".
    LOOP
        i := i + 1;
        IF i > 1000 THEN  -- unreachable for a spec made by durable.cron_parse
            RAISE EXCEPTION USING ERRCODE = 'DS011',
                MESSAGE = 'cron spec never fires (was it made by durable.cron_parse?)';
        END IF;

        v := spec.month_next[mo];              -- mo may be 13: NULL
        IF v IS NULL THEN
            y := y + 1; mo := spec.month_next[1]; d := 1; reset := true;
        ELSIF v > mo THEN
            mo := v; d := 1; reset := true;
        END IF;

        dim := CASE WHEN mo = 2 THEN
                   CASE WHEN y % 4 = 0 AND (y % 100 <> 0 OR y % 400 = 0) THEN 29 ELSE 28 END
               WHEN mo IN (4, 6, 9, 11) THEN 30 ELSE 31 END;
        IF d > dim THEN
            v := NULL;
        ELSIF spec.dow_star THEN
            v := CASE WHEN spec.dom_star THEN d ELSE spec.dom_next[d] END;
        ELSE
            -- day-of-week restricted; (date - Sunday 1970-01-04) mod 7 = weekday
            v := d + spec.dow_wait[((pg_catalog.make_date(y, mo, d) - DATE '1970-01-04') % 7 + 7) % 7];
            IF NOT spec.dom_star THEN
                v := LEAST(v, spec.dom_next[d]);  -- Vixie: either day field may match
            END IF;
        END IF;

        IF v IS NULL OR v > dim THEN
            mo := mo + 1; d := 1; reset := true;
            CONTINUE;
        END IF;
        IF v > d THEN
            d := v; reset := true;
        END IF;
        EXIT;
    END LOOP;

    IF reset THEN
        h := spec.hour_next[0]; mi := spec.minute_next[0]; s := spec.second_next[0];
    END IF;
    RETURN pg_catalog.make_timestamp(y, mo, d, h, mi, s);
END
$$;

-- ----------------------------------------------------------------------------
-- Time-zone transitions.
--
-- PostgreSQL only tells us the UTC offset at an instant, so transitions are
-- found by sampling and bisection.  Two facts about tzdata (checked over all
-- zones of tzdata 2025b) make that exact:
--   * consecutive offset changes are at least 95 hours apart (the closest:
--     Africa/Freetown in the 1940s), so a window shorter than that holds at most
--     one transition: equal offsets at both ends mean none in between;
--   * no offset change is larger than 24 hours (date-line moves), and no zone
--     has two offsets more than 25.5 hours apart (Pacific/Apia).
-- The constants below (27 h, 48 h) keep a margin on both; a future zone that
-- broke them could get a wrong answer next to its odd transition, never a
-- loop.
--
-- The first instant in (a, b] with the offset at b, given that the offsets at
-- a and b differ and (a, b] holds one transition.  Transitions fall on whole
-- seconds, so 18 halvings of a 48-hour window find it.
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.tz_transition(timezone text, a timestamptz, b timestamptz)
RETURNS timestamptz
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE AS $$
DECLARE
    -- Bisect on UTC wall-clock timestamps: a timestamptz difference of a day
    -- or more comes out as "n days", and adding days to a timestamptz follows
    -- the session's TimeZone, which must not matter here.
    lo   timestamp := a AT TIME ZONE 'UTC';
    hi   timestamp := b AT TIME ZONE 'UTC';
    o_lo interval  := (a AT TIME ZONE timezone) - lo;
    mid  timestamp;
BEGIN
    WHILE hi - lo > interval '1 second' LOOP
        mid := lo + (hi - lo) / 2;
        IF ((mid AT TIME ZONE 'UTC') AT TIME ZONE timezone) - mid = o_lo THEN
            lo := mid;
        ELSE
            hi := mid;
        END IF;
    END LOOP;
    RETURN pg_catalog.date_trunc('second', hi) AT TIME ZONE 'UTC';  -- the one whole second in (lo, hi]
END
$$;

-- ----------------------------------------------------------------------------
-- The exact search, walking from one UTC-offset segment to the next.
--
-- Say the offset is o on [seg_start, next transition), and o_prev before.
-- The firings that fall in that segment are
--   * regular: wall times w the spec matches, at instant w - o;  except, after
--     a fall-back (o_prev > o) and unless the hour field is '*', the wall times
--     [seg_start + o, seg_start + o_prev) that already happened before
--     seg_start;
--   * shifted: after a spring-forward (o > o_prev), the skipped wall times
--     [seg_start + o_prev, seg_start + o) the spec matches, at w - o_prev
--     (within the gap's length after seg_start).
-- Firings of different segments do not interleave, so the answer is the
-- earliest of the first segment that has one after lo.
--
-- Returns the first firing in (lo, horizon], or NULL when there is none
-- (horizon NULL = no limit).
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.cron_walk(spec durable.cron_spec, lo timestamptz, horizon timestamptz, timezone text)
RETURNS timestamptz
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    c_near CONSTANT interval := interval '27 hours';  -- > any offset change or spread
    c_step CONSTANT interval := interval '48 hours';  -- sampling step, < transition spacing
    o         interval := (lo AT TIME ZONE timezone) - (lo AT TIME ZONE 'UTC');
    o_prev    interval;
    seg_start timestamptz;  -- NULL: the segment began more than c_near before lo, too
                            -- long ago for its start to matter
    seg_start_utc timestamp;
    lo_utc    timestamp;
    w         timestamp;    -- a wall-clock time
    x         timestamptz;  -- earliest firing of the segment after lo
    probe     timestamptz;
    probe_end timestamptz;
    limit_at  timestamptz;
    next_start timestamptz;
    i         integer;
BEGIN
    probe := lo - c_near;
    o_prev := (probe AT TIME ZONE timezone) - (probe AT TIME ZONE 'UTC');
    IF o_prev <> o THEN
        seg_start := durable.tz_transition(timezone, probe, lo);
    END IF;

    FOR i IN 1..100 LOOP  -- a few segments at most: callers search short windows
        lo_utc := lo AT TIME ZONE 'UTC';
        seg_start_utc := seg_start AT TIME ZONE 'UTC';

        -- Regular firing.
        w := pg_catalog.date_trunc('second', lo_utc + o) + interval '1 second';
        IF seg_start IS NOT NULL AND o_prev > o AND NOT spec.hour_star THEN
            w := GREATEST(w, seg_start_utc + o_prev);  -- skip the repeated wall times
        END IF;
        w := durable.cron_next_local(spec, w);
        x := (w - o) AT TIME ZONE 'UTC';

        -- Shifted firing out of a spring-forward gap.
        IF seg_start IS NOT NULL AND o > o_prev THEN
            w := durable.cron_next_local(spec, GREATEST(
                     seg_start_utc + o_prev,
                     pg_catalog.date_trunc('second', lo_utc + o_prev) + interval '1 second'));
            IF w < seg_start_utc + o THEN
                x := LEAST(x, (w - o_prev) AT TIME ZONE 'UTC');
            END IF;
        END IF;

        -- Does the segment last until x?  Sample its offset in c_step strides.
        limit_at := CASE WHEN horizon < x THEN horizon ELSE x END;
        probe := CASE WHEN seg_start > lo THEN seg_start ELSE lo END;  -- offset o here
        next_start := NULL;
        WHILE probe < limit_at LOOP
            probe_end := LEAST(probe + c_step, limit_at);
            IF (probe_end AT TIME ZONE timezone) - (probe_end AT TIME ZONE 'UTC') <> o THEN
                next_start := durable.tz_transition(timezone, probe, probe_end);
                EXIT;
            END IF;
            probe := probe_end;
        END LOOP;
        IF next_start IS NULL THEN
            RETURN CASE WHEN x <= limit_at THEN x END;
        END IF;

        -- It does not: nothing fires before next_start; go on from there.
        o_prev := o;
        o := (next_start AT TIME ZONE timezone) - (next_start AT TIME ZONE 'UTC');
        seg_start := next_start;
        lo := GREATEST(lo, next_start - interval '1 second');  -- firings are on whole seconds
    END LOOP;
    RAISE EXCEPTION USING ERRCODE = 'XX000', MESSAGE = pg_catalog.format(
        'durable.cron_walk: no end after 100 transitions in %s after %s', timezone, lo);
END
$$;

-- ----------------------------------------------------------------------------
-- The next fire time strictly after `after`, on the wall clock of `timezone`
-- (not checked here: callers validate it with durable.check_time_zone).
--
-- Common case, no transition near: read the wall clock at `after` (offset o),
-- find the next matching wall time w, answer w - o.  That is right when no
-- transition lies anywhere from 27 hours before `after` (a recent transition
-- could still shift a skipped time past `after`, or repeat one) up to the
-- answer.  Short searches check the offset at both ends of that window; long
-- ones (monthly, yearly schedules) check 27-hour windows at each end, which is
-- enough: with every offset of a zone within 27 hours of every other, a
-- firing earlier than w - o must lie within 27 hours of `after` or of w - o.
-- Otherwise the exact walk runs, over short windows only (same argument).
-- ----------------------------------------------------------------------------
CREATE FUNCTION durable.cron_next_spec(spec durable.cron_spec, after timestamptz, timezone text)
RETURNS timestamptz
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE AS $$
DECLARE
    c_near  CONSTANT interval := interval '27 hours';
    c_short CONSTANT interval := interval '48 hours';
    after_utc timestamp;
    o         interval;
    w         timestamp;
    x         timestamptz;
    r         timestamptz;
BEGIN
    -- Keeps every wall time and the answer (at most ~8 years on: 29 February)
    -- inside PostgreSQL's timestamp range.  Also rejects infinity.
    IF NOT (after >= TIMESTAMPTZ '0001-01-02 00:00:00+00' AND after < TIMESTAMPTZ '294000-01-01 00:00:00+00') THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'after must lie between 0001-01-02 and 294000-01-01 UTC, got %s', after);
    END IF;

    after_utc := after AT TIME ZONE 'UTC';
    IF timezone = 'UTC' THEN
        RETURN durable.cron_next_local(spec, pg_catalog.date_trunc('second', after_utc) + interval '1 second')
               AT TIME ZONE 'UTC';
    END IF;

    o := (after AT TIME ZONE timezone) - after_utc;
    w := durable.cron_next_local(spec, pg_catalog.date_trunc('second', after_utc + o) + interval '1 second');
    x := (w - o) AT TIME ZONE 'UTC';

    IF ((after - c_near) AT TIME ZONE timezone) = after_utc + o - c_near
       AND (x AT TIME ZONE timezone) = w
       AND (x - after <= c_short
            OR (((after + c_near) AT TIME ZONE timezone) = after_utc + o + c_near
                AND ((x - c_near) AT TIME ZONE timezone) = w - c_near)) THEN
        RETURN x;
    END IF;

    IF x - after > 4 * c_near THEN
        r := durable.cron_walk(spec, after, after + 2 * c_near, timezone);
        IF r IS NOT NULL THEN
            RETURN r;
        END IF;
        -- Nothing fires up to after + 54 h, nor from after + 27 h to x - 27 h.
        after := x - 2 * c_near;
    END IF;
    RETURN durable.cron_walk(spec, after, NULL, timezone);
END
$$;
COMMENT ON FUNCTION durable.cron_next_spec(durable.cron_spec, timestamptz, text) IS
    'Next fire time strictly after `after` of a parsed cron spec on the wall clock of `timezone` (unchecked).';

CREATE FUNCTION durable.cron_next(cron text, after timestamptz, timezone text DEFAULT 'UTC')
RETURNS timestamptz
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    v_zone text := COALESCE(timezone, 'UTC');
BEGIN
    IF v_zone <> 'UTC' THEN
        PERFORM durable.check_time_zone(v_zone);
    END IF;
    IF after IS NULL OR NOT pg_catalog.isfinite(after) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'after must be a finite timestamp, got %s', COALESCE(after::text, 'NULL'));
    END IF;
    RETURN durable.cron_next_spec(durable.cron_parse(cron), after, v_zone);
END
$$;
COMMENT ON FUNCTION durable.cron_next(text, timestamptz, text) IS
    'Next fire time strictly after `after` of a cron expression on the wall clock of an IANA time zone (default UTC).';

-- ----------------------------------------------------------------------------
-- Recurring schedules.  A schedule enqueues a run of its job at every slot
-- of its cron expression, read on the wall clock of its time zone.
-- durable.materialize_schedules() does the enqueueing; a Python worker calls
-- it on a tick, or pg_cron does (see the README), and any number of callers
-- may run it at once: each due schedule is locked by one of them (SKIP
-- LOCKED) and its next slot moves on in the same transaction, so every slot
-- is enqueued exactly once.
--
--   enabled           a disabled schedule has no next run; enabling it
--                     computes the next slot from now.
--   allow_concurrent  false (the default): no new run while the schedule's
--                     last run is still live (waiting, pending or leased).
--   catch_up          after downtime, 'skip_missed' (the default) enqueues
--                     the overdue slot once and goes on at the next slot in
--                     the future; 'catch_up' enqueues every missed slot, one
--                     at a time (with allow_concurrent false, the next only
--                     once the previous run has finished) until it is current.
--   origin            who registered it: NULL for a schedule defined in SQL,
--                     else the owner name a registration sync used (see
--                     durable.sync_schedules), which may disable it once its
--                     code is gone.
-- ----------------------------------------------------------------------------
CREATE TABLE durable.schedules (
    name             text PRIMARY KEY,
    job_name         text        NOT NULL,
    cron             text        NOT NULL,
    timezone         text        NOT NULL,
    spec             durable.cron_spec NOT NULL,   -- cron, parsed once
    args             jsonb       NOT NULL,
    queue            text,                          -- NULL: the job's queue
    enabled          boolean     NOT NULL,
    allow_concurrent boolean     NOT NULL,
    catch_up         text        NOT NULL CHECK (catch_up IN ('skip_missed', 'catch_up')),
    next_run_at      timestamptz,                   -- NULL while disabled
    last_run_at      timestamptz,                   -- the slot (or run-now time) last enqueued
    last_run_id      bigint,
    last_skipped_at  timestamptz,                   -- a slot skipped: its last run still live
    origin           text,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX schedules_due ON durable.schedules (next_run_at) WHERE enabled;

CREATE FUNCTION durable.unknown_schedule(name text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'DS013',
        MESSAGE = pg_catalog.format('unknown schedule %L', name);
END
$$;

-- Upsert.  Changing the cron, the time zone or enabling the schedule
-- computes its next slot from now; an upsert that changes neither keeps the
-- slot it was waiting for.
CREATE FUNCTION durable.define_schedule(
    name             text,
    job_name         text,
    cron             text,
    timezone         text    DEFAULT 'UTC',
    args             jsonb   DEFAULT '{}',
    queue            text    DEFAULT NULL,
    enabled          boolean DEFAULT true,
    allow_concurrent boolean DEFAULT false,
    catch_up         text    DEFAULT 'skip_missed'
) RETURNS void
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    v_now      timestamptz := durable.now();
    v_tz       text := COALESCE(define_schedule.timezone, 'UTC');
    v_args     jsonb := COALESCE(define_schedule.args, '{}');
    v_enabled  boolean := COALESCE(define_schedule.enabled, true);
    v_catch_up text := COALESCE(define_schedule.catch_up, 'skip_missed');
    v_spec     durable.cron_spec;
BEGIN
    PERFORM durable.check_name('schedule name', define_schedule.name);
    IF define_schedule.job_name IS NULL
       OR NOT EXISTS (SELECT 1 FROM durable.jobs j WHERE j.job_name = define_schedule.job_name) THEN
        PERFORM durable.unknown_job(define_schedule.job_name);
    END IF;
    PERFORM durable.check_time_zone(v_tz);
    v_spec := durable.cron_parse(define_schedule.cron);
    PERFORM durable.check_args(v_args, 'args');
    IF define_schedule.queue IS NOT NULL THEN
        PERFORM durable.check_name('queue name', define_schedule.queue);
    END IF;
    IF v_catch_up NOT IN ('skip_missed', 'catch_up') THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'catch_up must be skip_missed or catch_up, got %L', v_catch_up);
    END IF;
    IF define_schedule.queue IS NOT NULL THEN
        PERFORM durable.ensure_queue(define_schedule.queue);
    END IF;

    INSERT INTO durable.schedules AS s (name, job_name, cron, timezone, spec, args, queue,
                                        enabled, allow_concurrent, catch_up, next_run_at,
                                        created_at, updated_at)
    VALUES (define_schedule.name, define_schedule.job_name, define_schedule.cron, v_tz, v_spec,
            v_args, define_schedule.queue, v_enabled,
            COALESCE(define_schedule.allow_concurrent, false), v_catch_up,
            CASE WHEN v_enabled THEN durable.cron_next_spec(v_spec, v_now, v_tz) END,
            v_now, v_now)
    ON CONFLICT ON CONSTRAINT schedules_pkey DO UPDATE SET
        job_name = EXCLUDED.job_name, cron = EXCLUDED.cron, timezone = EXCLUDED.timezone,
        spec = EXCLUDED.spec, args = EXCLUDED.args, queue = EXCLUDED.queue,
        enabled = EXCLUDED.enabled, allow_concurrent = EXCLUDED.allow_concurrent,
        catch_up = EXCLUDED.catch_up, updated_at = EXCLUDED.updated_at,
        next_run_at = CASE
            WHEN NOT EXCLUDED.enabled THEN NULL
            WHEN s.enabled AND s.cron = EXCLUDED.cron AND s.timezone = EXCLUDED.timezone
                 AND s.next_run_at IS NOT NULL THEN s.next_run_at
            ELSE EXCLUDED.next_run_at END;
END
$$;

-- Disabling clears the next run; enabling computes it from now.  Returns the
-- next run time (NULL when disabled).
CREATE FUNCTION durable.set_schedule_enabled(name text, enabled boolean) RETURNS timestamptz
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    v_next timestamptz;
BEGIN
    IF set_schedule_enabled.enabled IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = 'enabled must be true or false, got NULL';
    END IF;
    UPDATE durable.schedules s
    SET enabled = set_schedule_enabled.enabled, updated_at = durable.now(),
        next_run_at = CASE WHEN NOT set_schedule_enabled.enabled THEN NULL
                           WHEN s.enabled THEN s.next_run_at
                           ELSE durable.cron_next_spec(s.spec, durable.now(), s.timezone) END
    WHERE s.name = set_schedule_enabled.name
    RETURNING s.next_run_at INTO v_next;
    IF NOT FOUND THEN
        PERFORM durable.unknown_schedule(set_schedule_enabled.name);
    END IF;
    RETURN v_next;
END
$$;

-- A new cron (and time zone: NULL keeps the schedule's).  The next slot is
-- computed from now.  Returns the next run time (NULL when disabled).
CREATE FUNCTION durable.update_schedule_cron(name text, cron text, timezone text DEFAULT NULL)
RETURNS timestamptz
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    v_spec durable.cron_spec;
    v_next timestamptz;
BEGIN
    IF update_schedule_cron.timezone IS NOT NULL THEN
        PERFORM durable.check_time_zone(update_schedule_cron.timezone);
    END IF;
    v_spec := durable.cron_parse(update_schedule_cron.cron);
    UPDATE durable.schedules s
    SET cron = update_schedule_cron.cron,
        timezone = COALESCE(update_schedule_cron.timezone, s.timezone),
        spec = v_spec, updated_at = durable.now(),
        next_run_at = CASE WHEN s.enabled THEN durable.cron_next_spec(
            v_spec, durable.now(), COALESCE(update_schedule_cron.timezone, s.timezone)) END
    WHERE s.name = update_schedule_cron.name
    RETURNING s.next_run_at INTO v_next;
    IF NOT FOUND THEN
        PERFORM durable.unknown_schedule(update_schedule_cron.name);
    END IF;
    RETURN v_next;
END
$$;

-- The run a schedule enqueues for one slot: its job, args and queue, with the
-- slot as run_at and the schedule named in meta.
CREATE FUNCTION durable.enqueue_slot(schedule text, job_name text, args jsonb, queue text,
                                     slot timestamptz) RETURNS bigint
LANGUAGE sql AS $$
    SELECT durable.enqueue($2, $3, queue => $4, run_at => $5,
                           meta => pg_catalog.jsonb_build_object('schedule', $1, 'slot', $5))
$$;

-- An ad-hoc run now, cron untouched.  With allow_concurrent false and a live
-- run of the schedule, that run's id comes back and nothing is enqueued.
CREATE FUNCTION durable.run_schedule_now(name text) RETURNS bigint
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    s    durable.schedules;
    v_id bigint;
    v_now timestamptz := durable.now();
BEGIN
    SELECT * INTO s FROM durable.schedules x WHERE x.name = run_schedule_now.name FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM durable.unknown_schedule(run_schedule_now.name);
    END IF;
    IF NOT s.allow_concurrent AND s.last_run_id IS NOT NULL
       AND EXISTS (SELECT 1 FROM durable.runs r WHERE r.run_id = s.last_run_id) THEN
        RETURN s.last_run_id;
    END IF;
    v_id := durable.enqueue_slot(s.name, s.job_name, s.args, s.queue, v_now);
    UPDATE durable.schedules x SET last_run_at = v_now, last_run_id = v_id
    WHERE x.name = s.name;
    RETURN v_id;
END
$$;

-- Enqueues the due slots of every enabled schedule and moves each schedule
-- on to its next slot.  Returns how many runs it enqueued.  A catch_up
-- schedule that missed many slots gets at most 100 of them per call (the
-- next call goes on), so one call never enqueues an unbounded burst.
CREATE FUNCTION durable.materialize_schedules(now timestamptz DEFAULT durable.now())
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    v_now   timestamptz := COALESCE(materialize_schedules.now, durable.now());
    v_count integer := 0;
    v_n     integer;
BEGIN
    IF NOT pg_catalog.isfinite(v_now) THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001',
            MESSAGE = pg_catalog.format('now must be a finite time, got %s', v_now);
    END IF;
    -- One slot per due schedule per pass; only catch_up schedules can still
    -- be due after the first pass.
    FOR v_pass IN 1 .. 100 LOOP
        WITH due AS (
            SELECT s.* FROM durable.schedules s
            WHERE s.enabled AND s.next_run_at <= v_now
              AND (v_pass = 1 OR s.catch_up = 'catch_up')
            ORDER BY s.next_run_at
            FOR UPDATE SKIP LOCKED
        ), decided AS (
            SELECT d.*, (NOT d.allow_concurrent AND d.last_run_id IS NOT NULL
                         AND EXISTS (SELECT 1 FROM durable.runs r WHERE r.run_id = d.last_run_id))
                        AS busy
            FROM due d
        ), enqueued AS (
            SELECT d.name, d.next_run_at AS slot,
                   durable.enqueue_slot(d.name, d.job_name, d.args, d.queue, d.next_run_at) AS run_id
            FROM decided d WHERE NOT d.busy
        ), moved AS (
            UPDATE durable.schedules s
            SET last_run_at = COALESCE(e.slot, s.last_run_at),
                last_run_id = COALESCE(e.run_id, s.last_run_id),
                last_skipped_at = CASE WHEN e.name IS NULL AND s.catch_up = 'skip_missed'
                                       THEN s.next_run_at ELSE s.last_skipped_at END,
                next_run_at = CASE
                    -- a busy catch_up schedule holds its slot until the run is over
                    WHEN e.name IS NULL AND s.catch_up = 'catch_up' THEN s.next_run_at
                    WHEN s.catch_up = 'catch_up' THEN durable.cron_next_spec(s.spec, s.next_run_at, s.timezone)
                    ELSE durable.cron_next_spec(s.spec, GREATEST(s.next_run_at, v_now), s.timezone) END
            FROM decided d LEFT JOIN enqueued e ON e.name = d.name
            WHERE s.name = d.name
            RETURNING e.run_id
        )
        SELECT pg_catalog.count(m.run_id) INTO v_n FROM moved m;
        v_count := v_count + v_n;
        EXIT WHEN v_n = 0;
    END LOOP;
    RETURN v_count;
END
$$;

-- Registration sync: reconciles the schedules a program declares (a JSON
-- array of objects with define_schedule's parameters as keys) with those
-- stored under its owner name, in one transaction.
--   existing => 'keep_database' (default): a schedule already stored keeps its
--               cron, zone, args and enabled state, which an operator may have
--               changed; 'update_from_code': the program's version wins.
--   orphaned => 'disable' (default): a schedule this owner registered that the
--               program no longer declares (removed, or renamed) is disabled;
--               'ignore' leaves it alone.  Schedules defined in SQL, or by
--               another owner, are never touched as orphans.
-- Returns (name, action) for each schedule it looked at: created, kept,
-- updated or disabled.
CREATE FUNCTION durable.sync_schedules(owner text, schedules jsonb,
                                       existing text DEFAULT 'keep_database',
                                       orphaned text DEFAULT 'disable')
RETURNS TABLE (name text, action text)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    v_existing text := COALESCE(sync_schedules.existing, 'keep_database');
    v_orphaned text := COALESCE(sync_schedules.orphaned, 'disable');
    v_names    text[] := '{}';
    e          jsonb;
    v_name     text;
BEGIN
    PERFORM durable.check_name('owner', sync_schedules.owner);
    IF v_existing NOT IN ('keep_database', 'update_from_code') THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'existing must be keep_database or update_from_code, got %L', v_existing);
    END IF;
    IF v_orphaned NOT IN ('disable', 'ignore') THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'orphaned must be disable or ignore, got %L', v_orphaned);
    END IF;
    IF sync_schedules.schedules IS NULL OR pg_catalog.jsonb_typeof(sync_schedules.schedules) <> 'array' THEN
        RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
            'schedules must be a JSON array, got %s',
            COALESCE(pg_catalog.jsonb_typeof(sync_schedules.schedules), 'NULL'));
    END IF;
    -- Two workers of one program starting at once sync one after the other.
    PERFORM pg_catalog.pg_advisory_xact_lock(4316037, pg_catalog.hashtext(sync_schedules.owner));

    FOR e IN SELECT x FROM pg_catalog.jsonb_array_elements(sync_schedules.schedules) x LOOP
        IF pg_catalog.jsonb_typeof(e) <> 'object' OR pg_catalog.jsonb_typeof(e->'name') <> 'string' THEN
            RAISE EXCEPTION USING ERRCODE = 'DS001', MESSAGE = pg_catalog.format(
                'each schedule must be a JSON object with a "name", got %s', e);
        END IF;
        v_name := e->>'name';
        v_names := v_names || v_name;
        name := v_name;
        IF EXISTS (SELECT 1 FROM durable.schedules s WHERE s.name = v_name)
           AND v_existing = 'keep_database' THEN
            action := 'kept';
        ELSE
            action := CASE WHEN EXISTS (SELECT 1 FROM durable.schedules s WHERE s.name = v_name)
                           THEN 'updated' ELSE 'created' END;
            PERFORM durable.define_schedule(
                v_name, e->>'job_name', e->>'cron',
                timezone => e->>'timezone',
                args => e->'args',
                queue => e->>'queue',
                enabled => (e->>'enabled')::boolean,
                allow_concurrent => (e->>'allow_concurrent')::boolean,
                catch_up => e->>'catch_up');
        END IF;
        UPDATE durable.schedules s SET origin = sync_schedules.owner WHERE s.name = v_name;
        RETURN NEXT;
    END LOOP;

    IF v_orphaned = 'disable' THEN
        FOR v_name IN
            SELECT s.name FROM durable.schedules s
            WHERE s.origin = sync_schedules.owner AND s.enabled AND s.name <> ALL (v_names)
            ORDER BY s.name
        LOOP
            PERFORM durable.set_schedule_enabled(v_name, false);
            name := v_name;
            action := 'disabled';
            RETURN NEXT;
        END LOOP;
    END IF;
END
$$;

CREATE VIEW durable.schedule_status AS
    SELECT s.name, s.job_name, s.cron, s.timezone, s.enabled, s.allow_concurrent, s.catch_up,
           s.next_run_at, s.last_run_at, s.last_run_id, lr.status AS last_run_status,
           s.last_skipped_at, s.args, s.queue, s.origin, s.created_at, s.updated_at
    FROM durable.schedules s
    LEFT JOIN LATERAL (SELECT a.status FROM durable.all_runs a
                       WHERE a.run_id = s.last_run_id LIMIT 1) lr ON true;

-- Without a Python worker (pg_cron, or any scheduler): keeps retention
-- going in batches, each committed on its own, until nothing is left.
CREATE PROCEDURE durable.prune_all(older_than interval DEFAULT NULL, batch_size integer DEFAULT 1000)
LANGUAGE plpgsql AS $$
BEGIN
    WHILE durable.prune(older_than, batch_size) > 0 LOOP
        COMMIT;
    END LOOP;
END
$$;

INSERT INTO durable.migrations (version, name) VALUES (3, '0003_schedules');

COMMIT;
