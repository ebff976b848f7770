-- Leave requests (permintaan cuti). code is a leave code (CT, CB, CS, CM, CAP, CLTN, CBS); the dates are inclusive.
-- working_days is the count as last made (on request, and again on approval: the figure an approval letter states);
-- approved annual leave (CT) is taken off the balance by it. reason is the applicant's, note the decision's.
-- Who requested, approved, rejected or cancelled, and when, is in the audit trail.
CREATE TABLE leave_request (
    id           INTEGER PRIMARY KEY,
    employee_id  INTEGER       NOT NULL REFERENCES employee (id),
    code         VARCHAR(8)    NOT NULL,
    date_from    DATE          NOT NULL,
    date_to      DATE          NOT NULL,
    status       VARCHAR(10)   NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'CANCELLED')),
    working_days INTEGER       NOT NULL DEFAULT 0 CHECK (working_days >= 0),
    reason       VARCHAR(1000) NOT NULL DEFAULT '',
    note         VARCHAR(1000) NOT NULL DEFAULT '',
    CHECK (date_to >= date_from)
);
CREATE INDEX leave_request_employee ON leave_request (employee_id, date_from);
CREATE INDEX leave_request_from ON leave_request (date_from);

-- An opening balance HR sets for a person's year when the office starts keeping leave in Tertib mid-way: annual leave
-- carried over into that year and annual leave already taken that year before Tertib recorded it (working days).
CREATE TABLE leave_opening (
    employee_id  INTEGER       NOT NULL REFERENCES employee (id),
    year         INTEGER       NOT NULL,
    carried_over INTEGER       NOT NULL CHECK (carried_over >= 0),
    taken_before INTEGER       NOT NULL CHECK (taken_before >= 0),
    note         VARCHAR(1000) NOT NULL DEFAULT '',
    PRIMARY KEY (employee_id, year)
);
