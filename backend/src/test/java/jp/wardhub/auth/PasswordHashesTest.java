package jp.wardhub.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of {@link PasswordHashes} without the server (hashes from libxcrypt, as in {@link HashFormatSignInTest}). */
class PasswordHashesTest {

    @ParameterizedTest
    @ValueSource(strings = { "$2a$04$txysrAqXZsoPpQDwQaR4rOwFKwiuIn6PfLlvHuCU9c.qLGtWEn26y",
        "$2b$04$aj01iv2bZNMMEw5zCibX7ORFtToBfsqINDVdzW8rnEFzkJri37zyq",
        "$2y$04$mA3ZVABKIkrCvT6zNksuYO96lLdwhCtLLSUD.Sjf7.ueByul73tD2" })
    void eachPrefixMatchesItsPasswordOnly(String hash) {
        assertTrue(PasswordHashes.matches("wardhub-demo", hash, "test"));
        assertFalse(PasswordHashes.matches("wardhub-demO", hash, "test"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "wardhub-demo", "$2x$04$txysrAqXZsoPpQDwQaR4rOwFKwiuIn6PfLlvHuCU9c.qLGtWEn26y",
        "$2b$4$aj01iv2bZNMMEw5zCibX7ORFtToBfsqINDVdzW8rnEFzkJri37zyq", "$2b$04$aj01iv2bZNMMEw5zCibX7ORFtToBf",
        "$2b$04$aj01iv2bZNMMEw5zCibX7ORFtToBfsqINDVdzW8rnEFzkJri37zyq ", "$1$salt$hash" })
    void anythingElseMatchesNothingAndThrowsNothing(String stored) {
        assertFalse(PasswordHashes.matches("wardhub-demo", stored, "test"));
    }

    @Test
    void noStoredHashMatchesNothing() {
        assertFalse(PasswordHashes.matches("wardhub-demo", null, "test"));
        assertFalse(PasswordHashes.matches(null, null, "test"));
    }

    @Test
    void newHashesMatch() {
        String hash = PasswordHashes.hash("a-long-enough-password");
        assertTrue(hash.startsWith("$2a$10$"), hash);
        assertTrue(PasswordHashes.matches("a-long-enough-password", hash, "test"));
    }
}
