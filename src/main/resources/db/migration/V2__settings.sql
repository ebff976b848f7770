-- Application settings (language, demo marker, ...) kept in the database so they travel with backups.
CREATE TABLE setting (
    name  VARCHAR(100) PRIMARY KEY,
    value VARCHAR(2000) NOT NULL
);
