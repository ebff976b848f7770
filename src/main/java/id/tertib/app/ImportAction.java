package id.tertib.app;

/** What confirming an import will do with one row. */
public enum ImportAction { INSERT, UPDATE, UNCHANGED }
