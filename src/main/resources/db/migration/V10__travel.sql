-- Surat Tugas (assignment letters for official travel). unit_id is the issuing unit, whose people are the pool a trip
-- could have gone to. Dates are inclusive; a cancelled letter stays on record (status CANCELLED) and counts for nothing.
-- The letter's number is unique whatever its status: a number once issued is not issued again.
CREATE TABLE surat_tugas (
    id             INTEGER PRIMARY KEY,
    number         VARCHAR(100)  NOT NULL,
    issued_on      DATE          NOT NULL,
    unit_id        INTEGER       NOT NULL REFERENCES unit (id),
    basis          VARCHAR(2000) NOT NULL DEFAULT '',
    purpose        VARCHAR(2000) NOT NULL,
    city           VARCHAR(200)  NOT NULL,
    province       VARCHAR(200)  NOT NULL DEFAULT '',
    kind           VARCHAR(30)   NOT NULL CHECK (kind IN ('LUAR_KOTA', 'DALAM_KOTA_LEBIH_8_JAM',
                                                          'DALAM_KOTA_SAMPAI_8_JAM', 'LUAR_NEGERI')),
    depart         DATE          NOT NULL,
    return_on      DATE          NOT NULL,
    transport      VARCHAR(200)  NOT NULL DEFAULT '',
    budget_account VARCHAR(100)  NOT NULL DEFAULT '',
    issuer         VARCHAR(200)  NOT NULL DEFAULT '',
    status         VARCHAR(10)   NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED')),
    CHECK (return_on >= depart)
);
CREATE UNIQUE INDEX surat_tugas_number ON surat_tugas (number COLLATE NOCASE);
CREATE INDEX surat_tugas_depart ON surat_tugas (depart);

-- The travellers of a letter in its order, each with the days paid and the daily allowance in whole rupiah.
CREATE TABLE travel_participant (
    surat_tugas_id  INTEGER NOT NULL REFERENCES surat_tugas (id) ON DELETE CASCADE,
    employee_id     INTEGER NOT NULL REFERENCES employee (id),
    position        INTEGER NOT NULL CHECK (position >= 1),
    days            INTEGER NOT NULL CHECK (days >= 1),
    daily_allowance INTEGER NOT NULL CHECK (daily_allowance >= 0),
    PRIMARY KEY (surat_tugas_id, employee_id),
    UNIQUE (surat_tugas_id, position)
);
CREATE INDEX travel_participant_employee ON travel_participant (employee_id);

-- Days marked DL by a letter get their own source, TRAVEL, so that cancelling the letter takes out exactly those days.
-- SQLite cannot change a CHECK constraint in place: the table is copied. Same columns and keys as V6; the copy keeps
-- its rows in the primary key's B-tree (WITHOUT ROWID, as punch in V9), so a machine import writes each day once.
CREATE TABLE attendance_day_v10 (
    employee_id       INTEGER     NOT NULL REFERENCES employee (id),
    date              DATE        NOT NULL,
    code              VARCHAR(8)  NOT NULL,
    arrival           VARCHAR(8),
    departure         VARCHAR(8),
    late_minutes      INTEGER     NOT NULL DEFAULT 0,
    early_minutes     INTEGER     NOT NULL DEFAULT 0,
    source            VARCHAR(10) NOT NULL CHECK (source IN ('MACHINE', 'DERIVED', 'MANUAL', 'IMPORTED', 'LEAVE',
                                                             'TRAVEL')),
    flags             VARCHAR(200) NOT NULL DEFAULT '',
    note              VARCHAR(1000) NOT NULL DEFAULT '',
    machine_code      VARCHAR(8),
    PRIMARY KEY (employee_id, date)
) WITHOUT ROWID;
INSERT INTO attendance_day_v10 SELECT employee_id, date, code, arrival, departure, late_minutes, early_minutes,
    source, flags, note, machine_code FROM attendance_day;
DROP TABLE attendance_day;
ALTER TABLE attendance_day_v10 RENAME TO attendance_day;
CREATE INDEX attendance_day_date ON attendance_day (date);
