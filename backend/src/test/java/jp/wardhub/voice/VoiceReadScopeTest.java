package jp.wardhub.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.voice.VoicePolicy.Subject;

/**
 * The list's read scope and the read rule agree: each role lists exactly the voices it may read, and the scope's
 * disjoint parts (which a count adds up) hold those voices once each.
 */
@QuarkusTest
class VoiceReadScopeTest {

    private long partnerVoice;

    @BeforeEach
    void voicesOfEachKind() {
        Voices.chuoVoice("読む範囲の確認 (中央区)");
        long toKita = Voices.id(Voices.chuoVoice("読む範囲の確認 (北区へ)"));
        Voices.step(toKita, "triage", Voices.TRIAGE);
        Voices.step(toKita, "assign", Voices.TO_KITA);
        Voices.chuoVoiceIn(VoiceState.ASSIGNED, "読む範囲の確認 (区政課へ)");
        long kitaToKita = Voices.id(Voices.create("admin", Voices.body(Voices.KITA, "読む範囲の確認 (北区から北区へ)")));
        Voices.step(kitaToKita, "triage", Voices.TRIAGE);
        Voices.step(kitaToKita, "assign", Voices.TO_KITA);
        partnerVoice = Voices.id(Voices.create("partner", Voices.body(Voices.CHUO, "読む範囲の確認 (連携システム)")));
    }

    @Test
    @Transactional
    void eachRoleListsExactlyTheVoicesItMayRead() {
        List<Object[]> voices = Panache.getEntityManager().createQuery(
                "select v.id, v.wardCode, v.assignedWardCode, v.assignedSectionCode, v.createdBy from Voice v",
                Object[].class)
                .getResultList();
        String partner = Voice.<Voice>findById(partnerVoice).createdBy;
        List<Caller> callers = List.of(
                new Caller("admin", Role.ADMIN, null, null, null, Set.of()),
                new Caller("hq", Role.HQ, null, "policy", "ward-coordination", Set.of()),
                new Caller("chuo", Role.WARD, Voices.CHUO, null, null, Set.of()),
                new Caller("kita-floor", Role.FLOOR, Voices.KITA, null, null, Set.of()),
                new Caller("kita-liaison", Role.LIAISON, Voices.KITA, null, null, Set.of()),
                new Caller("wardless", Role.WARD, null, null, null, Set.of()),
                new Caller(partner, Role.PARTNER, null, null, null, Set.of("voices:write")),
                new Caller("another-partner", Role.PARTNER, null, null, null, Set.of("voices:write")),
                Caller.ANONYMOUS);
        for (Caller c : callers) {
            Set<Long> readable = voices.stream()
                    .filter(v -> VoicePolicy.canRead(c,
                            new Subject((String) v[1], (String) v[2], (String) v[3], (String) v[4])))
                    .map(v -> (Long) v[0]).collect(Collectors.toSet());
            Set<Long> listed = Set.copyOf(ListQuery.from("Voice v").and(VoicePolicy.readScope(c))
                    .query("v.id", "", Long.class).getResultList());
            assertEquals(readable, listed, c.username() + " (" + c.role() + ")");
            // a count adds up the scope's parts: together they hold every readable voice, and none twice
            List<Set<Long>> parts = VoicePolicy.readScopeParts(c).stream()
                    .map(part -> Set.copyOf(ListQuery.from("Voice v").and(part).query("v.id", "", Long.class)
                            .getResultList()))
                    .toList();
            if (!parts.isEmpty()) {
                assertEquals(readable, parts.stream().flatMap(Set::stream).collect(Collectors.toSet()), c.username());
                assertEquals(readable.size(), parts.stream().mapToInt(Set::size).sum(),
                        c.username() + ": a voice in two parts");
            }
        }
    }
}
