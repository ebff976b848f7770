package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** JavaFX only logs a broken stylesheet and quietly drops rules; this makes it a failing test instead. */
class StylesheetTest {

    @Test
    void theStylesheetParsesWithoutErrors() throws Exception {
        CssParser.errorsProperty().clear();

        var sheet = new CssParser().parse(StylesheetTest.class.getResource("/id/tertib/ui/tertib.css"));

        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(sheet.getRules()).hasSizeGreaterThan(20);
    }
}
