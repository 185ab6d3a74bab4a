-- ============================================================================
-- 0017_attempt_errors, the SQL Server port of
-- sql/postgres/migrations/0017_attempt_errors.sql (issue 19: the dashboard's
-- run page shows every attempt's error, not only the latest), for an install
-- at 0016_traces_and_objectives.
--
-- WRITTEN AND PARSE-CHECKED; NOT YET RUN AGAINST A SERVER (see schema.sql).
--
--   * Table durable.run_errors: one row per attempt that ended in an error,
--     written by durable.fail (outcome retrying, failed or cancelled) and by
--     durable.settle_expired (a lease that expired with no attempts left).
--   * durable.prune removes a run's rows with the run (in durable.prune_batch,
--     the body durable.prune and durable.prune_all share).
--   * View durable.attempt_errors, granted to durable_producer (so to all
--     three roles), as durable.log_lines is.
-- Every routine created or changed is here in full, with the text it has in
-- sql/sqlserver/schema.sql (tests/sqlserver/test_migrations.py compares them).
--
-- One transaction, as the install: an error anywhere rolls all of it back.
-- Running it again on an install that has it changes nothing (CREATE OR
-- ALTER, the table and its index created only when missing, the version
-- recorded once).
-- Run by hand:   sqlcmd -S host -d app -b -i sql/sqlserver/migrations/0017_attempt_errors.sql
-- ============================================================================
SET NOCOUNT ON;
SET XACT_ABORT ON;
SET QUOTED_IDENTIFIER ON;
SET ANSI_NULLS ON;
BEGIN TRANSACTION;
IF durable.schema_version() NOT IN (N'0016_traces_and_objectives', N'0017_attempt_errors')
BEGIN
    THROW 50008, N'DS008: migration 0017_attempt_errors needs an install at 0016_traces_and_objectives', 1;
END;
GO

-- Every attempt that ended in an error (see schema.sql, before durable.fail,
-- for what is kept and what is not).  Created only when missing: the
-- migration may run again.  (The table first: settle_expired and fail
-- below write to it.)
IF OBJECT_ID(N'durable.run_errors', N'U') IS NULL
    CREATE TABLE durable.run_errors (
        error_id  bigint IDENTITY (1, 1) NOT NULL PRIMARY KEY,
        run_id    bigint        NOT NULL,
        attempt   int           NOT NULL,
        worker    nvarchar(128) NOT NULL,
        error     nvarchar(max) NOT NULL,
        outcome   varchar(16)   NOT NULL,
        failed_at datetime2(6)  NOT NULL,
        CONSTRAINT run_errors_outcome CHECK (outcome IN ('retrying', 'failed', 'cancelled'))
    );
GO
IF INDEXPROPERTY(OBJECT_ID(N'durable.run_errors'), N'run_errors_run_id', N'IndexID') IS NULL
    CREATE INDEX run_errors_run_id ON durable.run_errors (run_id, error_id);
GO

-- Expired leases that may not be handed out again end now (called by
-- durable.claim); each one's attempt is recorded in durable.run_errors with
-- the error the run gets: outcome 'failed', or 'cancelled' when its
-- cancellation had been requested.
CREATE OR ALTER PROCEDURE durable.settle_expired
    @now datetime2(6)
AS
BEGIN
    DECLARE @runs durable.run_outcome;
    DECLARE @n int;
    INSERT INTO @runs (run_id, result, error)
    SELECT TOP (1000) r.run_id, NULL,
           CASE WHEN r.cancel_requested_at IS NOT NULL
                THEN N'cancelled; worker ' + r.worker
                     + N' did not stop the handler before its lease expired'
                ELSE N'lease expired on attempt ' + CAST(r.attempt AS nvarchar(20)) + N' of '
                     + CAST(r.max_attempts AS nvarchar(20)) + N': worker ' + r.worker
                     + N' did not finish or heartbeat' END
    FROM durable.runs AS r WITH (UPDLOCK, READPAST, ROWLOCK)
    WHERE r.status = 'leased' AND r.lease_expires_at <= @now
      AND NOT (r.attempt < r.max_attempts AND r.cancel_requested_at IS NULL)
    ORDER BY r.lease_expires_at;
    -- The attempt's record (durable.run_errors), with the error the run gets.
    -- The rows are locked (UPDLOCK above, until the claim's transaction ends):
    -- their attempt, worker and cancellation are still the ones read.
    INSERT INTO durable.run_errors (run_id, attempt, worker, error, outcome, failed_at)
    SELECT r.run_id, r.attempt, r.worker, x.error,
           CASE WHEN r.cancel_requested_at IS NOT NULL THEN 'cancelled' ELSE 'failed' END, @now
    FROM @runs AS x INNER JOIN durable.runs AS r ON r.run_id = x.run_id;
    IF EXISTS (SELECT 1 FROM @runs)
        EXEC durable.finish_runs @runs = @runs, @status = 'failed', @owner = NULL, @now = @now,
            @n = @n OUTPUT;
END;
GO

-- The result set (column fail): the new status, 'pending' (a retry is
-- scheduled), 'failed' (terminal), 'cancelled' (its cancellation was
-- requested), or NULL when the worker does not hold the run.  The retry is
-- due at now plus the job's delay: base, doubled per attempt for 'backoff',
-- spread by ± the jitter ratio, clamped to retry_max_delay.  Each call that
-- acts records the attempt in durable.run_errors (one INSERT).
CREATE OR ALTER PROCEDURE durable.fail
    @worker nvarchar(max),
    @run_id bigint,
    @error nvarchar(max),
    @retryable bit = 1
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @now datetime2(6);
    DECLARE @own bit = CASE WHEN @@TRANCOUNT = 0 THEN 1 ELSE 0 END;
    DECLARE @v_error nvarchar(max) = COALESCE(@error, N'failed without an error message');
    DECLARE @attempt int;
    DECLARE @max int;
    DECLARE @cancel datetime2(6);
    DECLARE @behavior varchar(16);
    DECLARE @delay float;
    DECLARE @max_delay float;
    DECLARE @jitter float;
    DECLARE @result varchar(16);
    DECLARE @runs durable.run_outcome;
    DECLARE @n int;
    EXEC durable.read_clock @now = @now OUTPUT;
    BEGIN TRY
        IF @own = 1 BEGIN TRANSACTION; ELSE SAVE TRANSACTION durable_fail;
        SELECT @attempt = r.attempt, @max = r.max_attempts, @cancel = r.cancel_requested_at,
               @behavior = j.retry_behavior, @delay = j.retry_delay, @max_delay = j.retry_max_delay,
               @jitter = j.retry_jitter
        FROM durable.runs AS r WITH (UPDLOCK, ROWLOCK)
        INNER JOIN durable.jobs AS j ON j.job_name = r.job_name
        WHERE r.run_id = @run_id AND r.worker = @worker AND r.status = 'leased';
        IF @attempt IS NULL
            SET @result = NULL;  -- not ours (any more): nothing to do
        ELSE IF @cancel IS NOT NULL
            SET @result = 'cancelled';
        ELSE IF COALESCE(@retryable, 1) = 1 AND @attempt < @max
            SET @result = 'pending';
        ELSE
            SET @result = 'failed';
        -- Every attempt's error is kept: the run itself holds only the latest.
        -- (outcome is the status but for 'pending', which is 'retrying' there)
        IF @result IS NOT NULL
            INSERT INTO durable.run_errors (run_id, attempt, worker, error, outcome, failed_at)
            VALUES (@run_id, @attempt, @worker, @v_error,
                    CASE WHEN @result = 'pending' THEN 'retrying' ELSE @result END, @now);
        IF @result = 'pending'
        BEGIN
            SET @delay = @delay
                * CASE WHEN @behavior = 'backoff'
                       THEN POWER(CAST(2 AS float), CASE WHEN @attempt - 1 > 1000 THEN 1000
                                                         WHEN @attempt < 1 THEN 0
                                                         ELSE @attempt - 1 END)
                       ELSE 1 END
                * (1 + @jitter * (2 * RAND() - 1));
            IF @delay > @max_delay SET @delay = @max_delay;
            IF @delay > durable.bound(N'max_interval') SET @delay = durable.bound(N'max_interval');
            IF @delay < 0 SET @delay = 0;
            UPDATE durable.runs
            SET status = 'pending', worker = NULL, lease_expires_at = NULL, started_at = NULL,
                run_at = durable.plus_seconds(@now, @delay), error = @v_error
            WHERE run_id = @run_id;
        END;
        ELSE IF @result IS NOT NULL
        BEGIN
            INSERT INTO @runs (run_id, result, error) VALUES (@run_id, NULL, @v_error);
            EXEC durable.finish_runs @runs = @runs, @status = @result, @owner = NULL, @now = @now,
                @n = @n OUTPUT;
        END;
        IF @own = 1 COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @own = 1 AND @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
        ELSE IF @own = 0 AND XACT_STATE() = 1 ROLLBACK TRANSACTION durable_fail;
        THROW;
    END CATCH;
    SELECT CAST(@result AS nvarchar(16)) AS fail;
END;
GO

-- Removes terminal runs older than @older_than seconds (NULL: the retention
-- setting), with their log lines, attempt errors and dependency edges, at
-- most @batch_size of them (oldest first).  @n: how many runs it removed;
-- call until 0.  (PostgreSQL drops whole monthly partitions first.)  Also
-- removes workers that stopped heartbeating before the cutoff and hold nothing.
CREATE OR ALTER PROCEDURE durable.prune_batch
    @older_than float,
    @batch_size int,
    @n bigint OUTPUT
AS
BEGIN
    DECLARE @now datetime2(6);
    DECLARE @age float = COALESCE(@older_than, durable.setting_number(N'retention'));
    DECLARE @batch int = COALESCE(@batch_size, 1000);
    DECLARE @cutoff datetime2(6);
    DECLARE @ids TABLE (run_id bigint NOT NULL PRIMARY KEY);
    EXEC durable.read_clock @now = @now OUTPUT;
    EXEC durable.check_interval @kind = N'older_than', @value = @age, @allow_zero = 1;
    EXEC durable.check_range @kind = N'batch_size', @value = @batch, @low = 1, @high = 1000000;
    SET @cutoff = durable.plus_seconds(@now, -@age);
    DELETE h
    OUTPUT deleted.run_id INTO @ids (run_id)
    FROM durable.run_history AS h
    WHERE h.run_id IN (SELECT TOP (@batch) x.run_id FROM durable.run_history AS x WITH (UPDLOCK, READPAST, ROWLOCK)
                       WHERE x.finished_at < @cutoff ORDER BY x.finished_at);
    SET @n = (SELECT COUNT(*) FROM @ids);
    IF @n > 0
    BEGIN
        DELETE l FROM durable.run_logs AS l INNER JOIN @ids AS i ON i.run_id = l.run_id;
        DELETE x FROM durable.run_errors AS x INNER JOIN @ids AS i ON i.run_id = x.run_id;
        DELETE e FROM durable.dependencies AS e INNER JOIN @ids AS i ON i.run_id = e.child_id;
    END;
    DELETE w FROM durable.workers AS w
    WHERE w.last_seen < @cutoff
      AND NOT EXISTS (SELECT 1 FROM durable.runs AS r WHERE r.status = 'leased' AND r.worker = w.worker);
END;
GO

-- Every attempt's error, for the readers of durable.log_lines.
CREATE OR ALTER VIEW durable.attempt_errors
AS
SELECT e.run_id, e.error_id, e.attempt, e.outcome, e.error, e.worker, e.failed_at
FROM durable.run_errors AS e;
GO

GRANT SELECT ON durable.attempt_errors TO durable_producer;
GO

IF NOT EXISTS (SELECT 1 FROM durable.migrations AS m WHERE m.version = 17)
    INSERT INTO durable.migrations (version, name) VALUES (17, N'0017_attempt_errors');
COMMIT TRANSACTION;
GO
