-- Discipline cases (PP 94/2021, procedure PerBKN 6/2022). A case keeps the figures of the day it was opened, so the
-- file shows what the decision rested on even if attendance is corrected afterwards. Confidential: read and written
-- by HR officers and administrators only (enforced in the app).
CREATE TABLE discipline_case (
    id            INTEGER PRIMARY KEY,
    employee_id   INTEGER      NOT NULL REFERENCES employee (id),
    year          INTEGER      NOT NULL,
    rule_set      VARCHAR(40)  NOT NULL,
    level         VARCHAR(10)  NOT NULL CHECK (level IN ('RINGAN', 'SEDANG', 'BERAT')),
    punishment    VARCHAR(60)  NOT NULL,
    article       VARCHAR(60)  NOT NULL,
    tk_days       INTEGER      NOT NULL,
    late_minutes  INTEGER      NOT NULL,
    early_minutes INTEGER      NOT NULL,
    total_days    INTEGER      NOT NULL,
    run_length    INTEGER      NOT NULL,
    opened_on     DATE         NOT NULL,
    opened_by     VARCHAR(100) NOT NULL
);
CREATE INDEX discipline_case_employee ON discipline_case (employee_id, year);

-- The steps taken, in the order taken.
CREATE TABLE discipline_step (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER       NOT NULL REFERENCES discipline_case (id) ON DELETE CASCADE,
    kind     VARCHAR(12)   NOT NULL CHECK (kind IN ('SUMMONS_1', 'SUMMONS_2', 'EXAMINATION', 'DECISION', 'SERVED',
                                                    'CLOSED')),
    on_date  DATE          NOT NULL,
    actor    VARCHAR(100)  NOT NULL,
    document VARCHAR(500)  NOT NULL DEFAULT '',
    note     VARCHAR(2000) NOT NULL DEFAULT ''
);
CREATE INDEX discipline_step_case ON discipline_step (case_id);

-- The examination team (sedang and berat), in order.
CREATE TABLE discipline_team (
    case_id  INTEGER      NOT NULL REFERENCES discipline_case (id) ON DELETE CASCADE,
    position INTEGER      NOT NULL CHECK (position >= 1),
    name     VARCHAR(200) NOT NULL,
    nip      VARCHAR(30)  NOT NULL DEFAULT '',
    role     VARCHAR(12)  NOT NULL CHECK (role IN ('SUPERIOR', 'INSPECTORATE', 'HR')),
    PRIMARY KEY (case_id, position)
);

-- Draft letters as the officer edited them; a letter not stored here is drafted afresh from the case's facts.
CREATE TABLE discipline_letter (
    case_id   INTEGER        NOT NULL REFERENCES discipline_case (id) ON DELETE CASCADE,
    kind      VARCHAR(12)    NOT NULL CHECK (kind IN ('SUMMONS_1', 'SUMMONS_2', 'BAP')),
    body      VARCHAR(20000) NOT NULL,
    edited_by VARCHAR(100)   NOT NULL,
    edited_at VARCHAR(40)    NOT NULL,
    PRIMARY KEY (case_id, kind)
);

-- Discipline assesses a whole agency's year at once. Read through the date index, every day of the year is looked up
-- in the table (seconds for 8,000 people); this partial index holds just the days that can count (minutes late or
-- early, or TK) with every column, so that read touches only them. Offices' own unexcused codes are read by a scan.
CREATE INDEX attendance_day_incident ON attendance_day (date, employee_id, code, late_minutes, early_minutes, arrival,
    departure, source, flags, note, machine_code) WHERE late_minutes > 0 OR early_minutes > 0 OR code = 'TK';
