-- Performance notes ("budaya kerja melayani", good and bad) and SKP results (PermenPANRB 6/2022). Core values are
-- stored as the BerAKHLAK constants joined by commas ("AKUNTABEL,KOMPETEN"); the predikat is derived from the two
-- ratings and never stored, so it cannot disagree with them.
CREATE TABLE performance_note (
    id          INTEGER PRIMARY KEY,
    employee_id INTEGER        NOT NULL REFERENCES employee (id),
    noted_on    DATE           NOT NULL,
    kind        VARCHAR(20)    NOT NULL CHECK (kind IN ('APPRECIATION', 'NEEDS_IMPROVEMENT', 'NEUTRAL')),
    core_values VARCHAR(200)   NOT NULL DEFAULT '',
    text        VARCHAR(4000)  NOT NULL,
    author      VARCHAR(200)   NOT NULL,
    evidence    VARCHAR(1000)  NOT NULL DEFAULT ''
);
CREATE INDEX performance_note_employee ON performance_note (employee_id, noted_on);
CREATE INDEX performance_note_date ON performance_note (noted_on);

CREATE TABLE skp_result (
    id          INTEGER PRIMARY KEY,
    employee_id INTEGER       NOT NULL REFERENCES employee (id),
    year        INTEGER       NOT NULL,
    period      VARCHAR(6)    NOT NULL CHECK (period IN ('ANNUAL', 'Q1', 'Q2', 'Q3', 'Q4')),
    results     VARCHAR(12)   NOT NULL CHECK (results IN ('BELOW', 'AS_EXPECTED', 'ABOVE')),
    behaviour   VARCHAR(12)   NOT NULL CHECK (behaviour IN ('BELOW', 'AS_EXPECTED', 'ABOVE')),
    note        VARCHAR(1000) NOT NULL DEFAULT '',
    UNIQUE (employee_id, year, period)
);
