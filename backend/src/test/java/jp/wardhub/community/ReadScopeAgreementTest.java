package jp.wardhub.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.community.SupportApplicationPolicy.Subject;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.list.Condition;
import jp.wardhub.platform.list.ListQuery;

/**
 * Each list's read scope, run against the database, holds exactly the records its single-record rule lets the caller
 * read: for every role, the ids a list finds are the ids of all records filtered by the rule.
 */
@QuarkusTest
class ReadScopeAgreementTest {

    private static final List<Caller> CALLERS = List.of(
            new Caller("admin", Role.ADMIN, null, null, null, Set.of()),
            new Caller("hq", Role.HQ, null, "policy", "ward-coordination", Set.of()),
            new Caller("chuo", Role.WARD, "431010", null, null, Set.of()),
            new Caller("chuo-liaison", Role.LIAISON, "431010", null, null, Set.of()),
            new Caller("kita", Role.WARD, "431052", null, null, Set.of()),
            new Caller("chuo-floor", Role.FLOOR, "431010", null, null, Set.of()),
            new Caller("partner", Role.PARTNER, null, null, null, Set.of("open311")),
            Caller.ANONYMOUS);

    @Test
    void projects() {
        agree("CommunityProject p", CommunityProject.class, ProjectPolicy::readScope, p -> p.id,
                c -> p -> ProjectPolicy.canRead(c, p.wardCode, p.visibility));
    }

    @Test
    void groups() {
        agree("CommunityGroup g", CommunityGroup.class, CommunityGroupPolicy::readScope, g -> g.id,
                c -> g -> CommunityGroupPolicy.canRead(c, g.wardCode));
    }

    @Test
    void dialogueMeetings() {
        agree("DialogueMeeting m", DialogueMeeting.class, DialogueMeetingPolicy::readScope, m -> m.id,
                c -> m -> DialogueMeetingPolicy.canRead(c, m.wardCode));
    }

    @Test
    void applications() {
        agree(SupportApplicationService.WITH_PROGRAM_AND_GROUP, SupportApplication.class,
                SupportApplicationPolicy::readScope,
                a -> a.id, c -> a -> SupportApplicationPolicy.canRead(c, new Subject(
                        CommunityGroup.<CommunityGroup>findById(a.groupId).wardCode,
                        SupportProgram.<SupportProgram>findById(a.programId).wardCode)));
    }

    @Test
    void areas() {
        agree("CommunityArea a", CommunityArea.class, AreaPolicy::readScope, a -> a.id,
                c -> a -> AreaPolicy.canRead(c, a.wardCode));
    }

    @Test
    void programmes() {
        agree("SupportProgram p", SupportProgram.class, SupportProgramPolicy::readScope, p -> p.id,
                c -> p -> SupportProgramPolicy.canRead(c));
    }

    private static <T> void agree(String from, Class<T> type, Function<Caller, Condition> scope, Function<T, Long> id,
            Function<Caller, Predicate<T>> rule) {
        String byId = from.split("\\s+")[1] + ".id";
        PageRequest everything = new PageRequest(0, Integer.MAX_VALUE);
        QuarkusTransaction.requiringNew().run(() -> {
            List<T> all = ListQuery.from(from).rows(type, byId, everything);
            assertFalse(all.isEmpty(), "the demo data has " + type.getSimpleName() + " records to compare");
            for (Caller c : CALLERS) {
                Set<Long> listed = ListQuery.from(from).and(scope.apply(c)).rows(type, byId, everything)
                        .stream().map(id).collect(Collectors.toSet());
                Set<Long> readable = all.stream().filter(rule.apply(c)).map(id).collect(Collectors.toSet());
                assertEquals(readable, listed, type.getSimpleName() + " for " + c.username());
            }
        });
    }
}
