-- Work schedules per unit with a validity period (unit_id NULL = office-wide; a unit's own schedule wins).
CREATE TABLE work_schedule (
    id                INTEGER PRIMARY KEY,
    unit_id           INTEGER REFERENCES unit (id),
    valid_from        DATE,
    valid_to          DATE,
    tolerance_seconds INTEGER NOT NULL CHECK (tolerance_seconds >= 0)
);
CREATE INDEX work_schedule_unit ON work_schedule (unit_id);

-- Hours per weekday (1 = Monday .. 7 = Sunday); ramadan = TRUE for the hours that apply in a Ramadan period.
CREATE TABLE schedule_hours (
    schedule_id INTEGER    NOT NULL REFERENCES work_schedule (id) ON DELETE CASCADE,
    ramadan     BOOLEAN    NOT NULL,
    weekday     INTEGER    NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_time  VARCHAR(5) NOT NULL,
    end_time    VARCHAR(5) NOT NULL,
    break_start VARCHAR(5),
    break_end   VARCHAR(5),
    PRIMARY KEY (schedule_id, ramadan, weekday)
);

-- Ramadan dates, set each year for the whole office; every schedule's Ramadan hours apply inside them.
CREATE TABLE ramadan_period (
    date_from DATE PRIMARY KEY,
    date_to   DATE NOT NULL
);

-- Codes the office adds to the default list, each valid or unexcused by its kind.
CREATE TABLE attendance_code (
    code VARCHAR(8)   PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    kind VARCHAR(20)  NOT NULL
);

-- One row per imported machine file: what it covered and what it brought.
CREATE TABLE punch_import (
    id           INTEGER PRIMARY KEY,
    file_name    VARCHAR(300) NOT NULL,
    file_sha256  CHAR(64)     NOT NULL,
    imported_at  VARCHAR(40)  NOT NULL,
    imported_by  VARCHAR(60)  NOT NULL,
    covers_from  DATE         NOT NULL,
    covers_to    DATE         NOT NULL,
    read_count   INTEGER      NOT NULL,
    stored_count INTEGER      NOT NULL,
    duplicates   INTEGER      NOT NULL,
    rejected     INTEGER      NOT NULL
);

-- Raw punches as the machine recorded them (kept, never edited). The key drops a repeated scan of the same second.
-- at = 'YYYY-MM-DD HH:MM:SS' local time; state/verify are the device's raw fields.
CREATE TABLE punch (
    employee_id INTEGER     NOT NULL REFERENCES employee (id),
    at          VARCHAR(19) NOT NULL,
    import_id   INTEGER     NOT NULL REFERENCES punch_import (id),
    state       VARCHAR(4)  NOT NULL DEFAULT '',
    verify      VARCHAR(4)  NOT NULL DEFAULT '',
    PRIMARY KEY (employee_id, at)
);

-- One row per employee and working day that has something to say. source: MACHINE (derived from punches),
-- DERIVED (TK: no punch inside an imported period), MANUAL (typed by a person, audited), IMPORTED (daily records from
-- another system), LEAVE (an approved leave request). A correction changes code and note only: the machine's times and
-- minutes stay, and machine_code keeps the code the machine gave, so a correction never loses what the machine said.
-- Minutes count towards totals only under a code that accumulates them (TL, PSW).
CREATE TABLE attendance_day (
    employee_id       INTEGER     NOT NULL REFERENCES employee (id),
    date              DATE        NOT NULL,
    code              VARCHAR(8)  NOT NULL,
    arrival           VARCHAR(8),
    departure         VARCHAR(8),
    late_minutes      INTEGER     NOT NULL DEFAULT 0,
    early_minutes     INTEGER     NOT NULL DEFAULT 0,
    source            VARCHAR(10) NOT NULL CHECK (source IN ('MACHINE', 'DERIVED', 'MANUAL', 'IMPORTED', 'LEAVE')),
    flags             VARCHAR(200) NOT NULL DEFAULT '',
    note              VARCHAR(1000) NOT NULL DEFAULT '',
    machine_code      VARCHAR(8),
    PRIMARY KEY (employee_id, date)
);
CREATE INDEX attendance_day_date ON attendance_day (date);
