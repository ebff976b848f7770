package id.tertib.domain.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The legal basis printed on a case, its file and its letters names the regulation once. */
class RuleSetBasisTest {

    @Test
    void thePppkBasisNamesTheRegulationOnce() {
        RuleSet pppk = RuleSets.pppk(DisciplineRules.DEFAULT);
        String article = pppk.ladder().get(0).article();

        assertThat(pppk.basis(article)).isEqualTo("PP 49/2018 (PPPK)");
        assertThat(RuleSet.basis(RuleSets.PPPK_ID, article)).as("a stored id is not followed by the same regulation")
                .isEqualTo("PP49/2018");
    }

    @Test
    void aPnsBasisIsTheRegulationAndItsArticle() {
        assertThat(RuleSets.PP_94_2021.basis("Pasal 9")).isEqualTo("PP 94/2021 Pasal 9");
        assertThat(RuleSets.PP_53_2010.basis("Pasal 10")).isEqualTo("PP 53/2010 Pasal 10");
        assertThat(RuleSets.PP_94_2021.basis("")).isEqualTo("PP 94/2021");
    }
}
