package jp.wardhub.voice;

import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.voice.Voices.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.platform.DataChanges;

/** A voice's words are found through its search document, which every change of the voice rewrites. */
@QuarkusTest
class VoiceSearchIndexTest {

    @Test
    void theListFindsAWordThroughTheVoicesSearchDocument() {
        String word = "索引確認" + System.nanoTime();
        long id = Voices.chuoVoiceIn(VoiceState.ASSIGNED, "歩道の" + word + "について");
        assertEquals(List.of(id), found(word));
        assertEquals(List.of(id), found(word.substring(2, 8)), "any part of two letters or more");

        dropDocument(id);
        assertEquals(List.of(), found(word), "the list asks the index before it reads the text");

        Voices.step(id, "answer", Voices.ANSWER);
        assertEquals(List.of(id), found(word), "a step that changes the searchable text (an answer) writes it again");
    }

    @Test
    void aStepThatChangesNoTextLeavesTheDocumentAlone() {
        String word = "索引不変" + System.nanoTime();
        long id = id(Voices.chuoVoice("歩道の" + word + "について"));
        dropDocument(id);
        Voices.step(id, "triage", Voices.TRIAGE);
        assertEquals(List.of(), found(word), "triage changes no text, so it writes no document");
    }

    @Test
    void aOneLetterQueryIsAnsweredFromTheTextAlone() {
        long id = id(Voices.chuoVoice("歩道の鬱蒼とした木"));
        dropDocument(id);
        assertTrue(found("鬱").contains(id), "one letter makes no pair to ask the index for");
    }

    /** The ids on the first page of the administrator's voices containing {@code q}, newest first. */
    private static List<Long> found(String q) {
        List<Number> ids = as("admin").queryParam("q", q).queryParam("size", 100).get("/api/v1/voices").then()
                .statusCode(200).extract().path("items.id");
        return ids.stream().map(Number::longValue).toList();
    }

    @Inject
    DataChanges dataChanges;

    /** The voice's document deleted behind the app's back; the remembered pages dropped, as after any write. */
    private void dropDocument(long voiceId) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("DELETE FROM search_document WHERE kind = 'VOICE' AND owner_id = ?1")
                .setParameter(1, voiceId).executeUpdate());
        dataChanges.changed("voices");
    }
}
