-- Units form a tree: dinas/badan > bidang/bagian > seksi/subbagian.
CREATE TABLE unit (
    id        INTEGER PRIMARY KEY,
    code      VARCHAR(30)  NOT NULL UNIQUE,
    name      VARCHAR(200) NOT NULL,
    parent_id INTEGER REFERENCES unit (id)
);
CREATE INDEX unit_parent ON unit (parent_id);

-- number: the NIP (CPNS/PNS) or NI PPPK; birth_date and gender are derived from it on entry.
CREATE TABLE employee (
    id            INTEGER PRIMARY KEY,
    number        CHAR(18)     NOT NULL UNIQUE,
    front_title   VARCHAR(200) NOT NULL DEFAULT '',
    name          VARCHAR(200) NOT NULL,
    back_title    VARCHAR(200) NOT NULL DEFAULT '',
    gender        VARCHAR(6)   NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date    DATE         NOT NULL,
    status        VARCHAR(4)   NOT NULL CHECK (status IN ('CPNS', 'PNS', 'PPPK')),
    golongan      VARCHAR(8),
    position_name VARCHAR(200) NOT NULL DEFAULT '',
    position_kind VARCHAR(20)  NOT NULL,
    unit_id       INTEGER      NOT NULL REFERENCES unit (id),
    pin           VARCHAR(20),
    active        BOOLEAN      NOT NULL DEFAULT TRUE
);
CREATE INDEX employee_unit ON employee (unit_id);
