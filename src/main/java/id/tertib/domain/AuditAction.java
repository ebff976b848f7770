package id.tertib.domain;

/** What happened to a record. */
public enum AuditAction { CREATE, UPDATE, DELETE }
