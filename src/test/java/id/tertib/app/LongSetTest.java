package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSetTest {

    @Test
    void behavesLikeAHashSetWhileGrowing() {
        LongSet set = new LongSet(4);
        Set<Long> expected = new HashSet<>();
        Random r = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            long key = r.nextInt(5_000) * 10_000_000_000L + r.nextInt(100);
            assertThat(set.add(key)).isEqualTo(expected.add(key));
        }
        assertThat(set.size()).isEqualTo(expected.size());
        assertThat(set.contains(-1)).isFalse();
        expected.forEach(k -> assertThat(set.contains(k)).isTrue());
        assertThat(set.add(0)).isTrue();
        assertThat(set.add(0)).isFalse();
        assertThatThrownBy(() -> set.add(Long.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
    }
}
