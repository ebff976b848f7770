package id.tertib.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAliasesTest {

    @Test
    void genderInIndonesianAndEnglish() {
        for (String male : new String[] {"L", "lk", "Laki-laki", "LAKI LAKI", "laki_laki", "Pria", "M", "male", "1"}) {
            assertThat(TextAliases.gender(male)).as(male).contains(Gender.MALE);
        }
        for (String female : new String[] {"P", "Pr", "Perempuan", " wanita ", "F", "Female", "2"}) {
            assertThat(TextAliases.gender(female)).as(female).contains(Gender.FEMALE);
        }
        for (String unknown : new String[] {"", "X", "3", "laki", null}) {
            assertThat(TextAliases.gender(unknown)).as(String.valueOf(unknown)).isEmpty();
        }
    }

    @Test
    void statusIgnoresCaseAndSpaces() {
        assertThat(TextAliases.status("PNS")).contains(EmploymentStatus.PNS);
        assertThat(TextAliases.status(" cpns ")).contains(EmploymentStatus.CPNS);
        assertThat(TextAliases.status("Pppk")).contains(EmploymentStatus.PPPK);
        assertThat(TextAliases.status("honorer")).isEmpty();
        assertThat(TextAliases.status("")).isEmpty();
        assertThat(TextAliases.status(null)).isEmpty();
    }

    @Test
    void positionKindByNameEselonOrShortForm() {
        assertThat(TextAliases.positionKind("JPT Madya")).contains(PositionKind.JPT_MADYA);
        assertThat(TextAliases.positionKind("eselon I")).contains(PositionKind.JPT_MADYA);
        assertThat(TextAliases.positionKind("Eselon II")).contains(PositionKind.JPT_PRATAMA);
        assertThat(TextAliases.positionKind("jpt_pratama")).contains(PositionKind.JPT_PRATAMA);
        assertThat(TextAliases.positionKind("eselon iii")).contains(PositionKind.ADMINISTRATOR);
        assertThat(TextAliases.positionKind("Eselon IV")).contains(PositionKind.PENGAWAS);
        assertThat(TextAliases.positionKind("PENGAWAS")).contains(PositionKind.PENGAWAS);
        assertThat(TextAliases.positionKind("JF")).contains(PositionKind.FUNGSIONAL);
        assertThat(TextAliases.positionKind("jft")).contains(PositionKind.FUNGSIONAL);
        assertThat(TextAliases.positionKind("Functional")).contains(PositionKind.FUNGSIONAL);
        assertThat(TextAliases.positionKind("JFU")).contains(PositionKind.PELAKSANA);
        assertThat(TextAliases.positionKind("staff")).contains(PositionKind.PELAKSANA);
        assertThat(TextAliases.positionKind(" Pelaksana ")).contains(PositionKind.PELAKSANA);
        assertThat(TextAliases.positionKind("eselon v")).isEmpty();
        assertThat(TextAliases.positionKind("kepala")).isEmpty();
    }
}
