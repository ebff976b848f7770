-- People who sign in. Passwords are bcrypt hashes, never clear text.
CREATE TABLE app_user (
    id              INTEGER PRIMARY KEY,
    name            VARCHAR(60)  NOT NULL,
    full_name       VARCHAR(200) NOT NULL DEFAULT '',
    role            VARCHAR(20)  NOT NULL CHECK (role IN ('ADMINISTRATOR', 'HR_OFFICER', 'SECTION_HEAD', 'VIEWER')),
    unit_id         INTEGER REFERENCES unit (id),
    password_hash   VARCHAR(100) NOT NULL,
    failed_attempts INTEGER      NOT NULL DEFAULT 0,
    locked_until    VARCHAR(40),
    active          BOOLEAN      NOT NULL DEFAULT TRUE
);
CREATE UNIQUE INDEX app_user_name ON app_user (LOWER(name));

-- Every create, update and delete, chained by hashes (tamper evidence). entity_id is not a foreign key on
-- purpose: the trail outlives the records it describes, and must not count as an employee's "records".
CREATE TABLE audit_entry (
    id         INTEGER PRIMARY KEY,
    at         VARCHAR(40)  NOT NULL,
    actor      VARCHAR(60)  NOT NULL,
    action     VARCHAR(10)  NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    entity     VARCHAR(30)  NOT NULL,
    entity_id  INTEGER      NOT NULL,
    label      VARCHAR(300),
    before     TEXT,
    after      TEXT,
    reason     VARCHAR(1000),
    prev_hash  CHAR(64)     NOT NULL,
    hash       CHAR(64)     NOT NULL
);
CREATE INDEX audit_entity ON audit_entry (entity, entity_id);
CREATE INDEX audit_actor ON audit_entry (actor);
