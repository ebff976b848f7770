package id.tertib.app;

import id.tertib.domain.Problem;

/** One rejected row of an import: the row number as the user's spreadsheet shows it, the column, and why. */
public record ImportIssue(int row, String column, Problem problem) {
}
