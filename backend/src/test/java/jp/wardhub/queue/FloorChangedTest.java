package jp.wardhub.queue;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

/** What crosses between instances: a change and whether the layout changed, and nothing else is taken for one. */
class FloorChangedTest {

    @Test
    void aChangeCrossesAsItsMessageAndBack() {
        assertThat(FloorChanged.parse(new FloorChanged(2, 198, false).message()), is(new FloorChanged(2, 198, false)));
        assertThat(FloorChanged.parse(new FloorChanged(2, 199, true).message()), is(new FloorChanged(2, 199, true)));
        assertThat(new FloorChanged(2, 199, true).message(), is("2:199:layout"));
    }

    @Test
    void anythingElseIsNoChange() {
        for (String garbled : new String[] { null, "", "2", "2:", ":5", "a:5", "2:5:other", "2:5:layout:x", "2:5:" }) {
            assertThat(garbled, FloorChanged.parse(garbled), nullValue());
        }
    }
}
