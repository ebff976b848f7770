-- Raw punches in one B-tree keyed by (employee_id, at) instead of a rowid table plus a separate index on the same key:
-- a machine import of a million punches writes each row once, and the file holds the punches once (issue 4 benchmark).
-- Same columns and constraints as V6. (V7 and V8 are taken by other work in progress.)
CREATE TABLE punch_by_key (
    employee_id INTEGER     NOT NULL REFERENCES employee (id),
    at          VARCHAR(19) NOT NULL,
    import_id   INTEGER     NOT NULL REFERENCES punch_import (id),
    state       VARCHAR(4)  NOT NULL DEFAULT '',
    verify      VARCHAR(4)  NOT NULL DEFAULT '',
    PRIMARY KEY (employee_id, at)
) WITHOUT ROWID;
INSERT INTO punch_by_key (employee_id, at, import_id, state, verify)
    SELECT employee_id, at, import_id, state, verify FROM punch ORDER BY employee_id, at;
DROP TABLE punch;
ALTER TABLE punch_by_key RENAME TO punch;
