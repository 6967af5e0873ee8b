package jp.wardhub.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.list.Condition;

/** The Q&A read rule for one entry, and its list side (the read scope), as pure functions. */
class CounterPolicyTest {

    private static final Caller PARTNER = new Caller("partner", Role.PARTNER, null, null, null, Set.of());
    private static final Caller CHUO = new Caller("chuo", Role.WARD, "431010", null, null, Set.of());
    private static final Caller CHUO_FLOOR = new Caller("chuo-floor", Role.FLOOR, "431010", null, null, Set.of());
    private static final Caller HQ = new Caller("hq", Role.HQ, null, "policy", "ward-coordination", Set.of());

    @Test
    void residentsAndPartnersReadPublishedResidentEntriesOnly() {
        for (Caller c : new Caller[] { Caller.ANONYMOUS, PARTNER }) {
            assertTrue(CounterPolicy.canReadFaq(c, FaqAudience.RESIDENT, true));
            assertFalse(CounterPolicy.canReadFaq(c, FaqAudience.RESIDENT, false));
            assertFalse(CounterPolicy.canReadFaq(c, FaqAudience.STAFF, true));
            assertEquals(new Condition("f.publishedRevision is not null and f.audience = :resident",
                    Map.of("resident", FaqAudience.RESIDENT)), CounterPolicy.faqReadScope(c));
        }
    }

    @Test
    void signedInStaffReadEveryEntry() {
        for (Caller c : new Caller[] { CHUO, CHUO_FLOOR, HQ }) {
            assertTrue(CounterPolicy.canReadFaq(c, FaqAudience.STAFF, false));
            assertTrue(CounterPolicy.canReadFaq(c, FaqAudience.RESIDENT, false));
            assertEquals(Condition.ALL, CounterPolicy.faqReadScope(c));
        }
    }
}
