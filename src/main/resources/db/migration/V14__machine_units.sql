-- A fingerprint machine, known by the serial in its ZKTeco file name (BWXP201260011_attlog.dat) or a name chosen once,
-- and the units whose people it serves. An import from it makes TK only of the people of those units who are not in
-- the file, so a second building's machine never marks the first building absent (issue 12, ADR 0009).
CREATE TABLE machine (
    id   INTEGER      PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
CREATE UNIQUE INDEX machine_name_nocase ON machine (LOWER(name));

CREATE TABLE machine_unit (
    machine_id INTEGER NOT NULL REFERENCES machine (id) ON DELETE CASCADE,
    unit_id    INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    PRIMARY KEY (machine_id, unit_id)
);
