package id.tertib.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowErrorTest {

    @Test
    void nullArgumentsBecomeBlankAndTheListIsCopied() {
        List<Object> args = new ArrayList<>(Arrays.asList("a", null, 3));
        RowError error = new RowError(4, null, "import.fieldCount", args);
        args.clear();

        assertThat(error.args()).containsExactly("a", "", 3);
    }

    @Test
    void importExceptionKeepsKeyAndArguments() {
        ImportException e = new ImportException("import.empty", "x.csv");

        assertThat(e.messageKey()).isEqualTo("import.empty");
        assertThat(e.args()).containsExactly("x.csv");
        assertThat(e.getMessage()).contains("import.empty", "x.csv");
    }
}
