package id.tertib.io;

/** One cell as read from a file: its text, and whether a spreadsheet stored it as a number. */
public record SheetCell(String text, boolean number) {

    public static final SheetCell EMPTY = new SheetCell("", false);

    static SheetCell text(String text) {
        return new SheetCell(text == null ? "" : text, false);
    }
}
