package jp.wardhub.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.smallrye.config.SmallRyeConfigBuilder;
import jp.wardhub.auth.TokenKeyCheck.KeyProblem;

class TokenKeyCheckTest {

    @TempDir
    static Path dir;

    static Path privateKey;
    static Path publicKey;
    static Path otherPublicKey;
    static Path ecPrivateKey;
    static Path ecPublicKey;

    @BeforeAll
    static void keys() throws Exception {
        KeyPair pair = rsa();
        privateKey = write("private.pem", "PRIVATE KEY", pair.getPrivate());
        publicKey = write("public.pem", "PUBLIC KEY", pair.getPublic());
        otherPublicKey = write("other-public.pem", "PUBLIC KEY", rsa().getPublic());
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        KeyPair ecPair = ec.generateKeyPair();
        ecPrivateKey = write("ec-private.pem", "PRIVATE KEY", ecPair.getPrivate());
        ecPublicKey = write("ec-public.pem", "PUBLIC KEY", ecPair.getPublic());
    }

    private static KeyPair rsa() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static Path write(String name, String type, Key key) throws IOException {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded()) + "\n-----END " + type
                + "-----\n";
        return Files.writeString(dir.resolve(name), pem);
    }

    private static void check(Path signing, Path verifying) throws KeyProblem {
        TokenKeyCheck.check(Optional.ofNullable(signing).map(Path::toString), Optional.empty(),
                Optional.ofNullable(verifying).map(Path::toString), Optional.empty());
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "expected «" + part + "» in: " + message);
        }
    }

    @Test
    void aMatchingRsaPairPasses() {
        assertDoesNotThrow(() -> check(privateKey, publicKey));
    }

    @Test
    void theDemoKeysOnTheTestClasspathPass() {
        assertDoesNotThrow(() -> TokenKeyCheck.check(Optional.of("demo/privateKey.pem"), Optional.empty(),
                Optional.of("demo/publicKey.pem"), Optional.empty()));
    }

    @Test
    void missingConfigurationNamesBothVariables() {
        KeyProblem problem = assertThrows(KeyProblem.class, () -> check(null, publicKey));
        assertContains(problem.getMessage(), "SMALLRYE_JWT_SIGN_KEY_LOCATION", "MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        assertThrows(KeyProblem.class, () -> check(privateKey, null));
    }

    @Test
    void theExtensionsPlaceholderNoneCountsAsUnset() {
        // the JWT extensions default the inline key settings to NONE: that is no key
        var config = new SmallRyeConfigBuilder().withDefaultValue(TokenKeyCheck.SIGN_KEY, "NONE")
                .withDefaultValue(TokenKeyCheck.VERIFY_KEY, "NONE").build();
        KeyProblem problem = assertThrows(KeyProblem.class, () -> TokenKeyCheck.check(config));
        assertContains(problem.getMessage(), "no token keys configured");
        var configured = new SmallRyeConfigBuilder().withDefaultValue(TokenKeyCheck.SIGN_KEY, "NONE")
                .withDefaultValue(TokenKeyCheck.VERIFY_KEY, "NONE")
                .withDefaultValue(TokenKeyCheck.SIGN_KEY_LOCATION, privateKey.toString())
                .withDefaultValue(TokenKeyCheck.VERIFY_KEY_LOCATION, publicKey.toString()).build();
        assertDoesNotThrow(() -> TokenKeyCheck.check(configured));
    }

    @Test
    void anUnreadablePathIsNamed() {
        Path missing = dir.resolve("no-such-dir/private.pem");
        KeyProblem problem = assertThrows(KeyProblem.class, () -> check(missing, publicKey));
        assertContains(problem.getMessage(), "cannot read the private key", missing.toString());
        problem = assertThrows(KeyProblem.class, () -> check(privateKey, dir.resolve("nope.pem")));
        assertContains(problem.getMessage(), "cannot read the public key", "nope.pem");
    }

    @Test
    void aFileThatIsNoKeyIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.pem"), "not a key\n");
        KeyProblem problem = assertThrows(KeyProblem.class, () -> check(text, publicKey));
        assertContains(problem.getMessage(), "not an RSA private key", text.toString());
    }

    @Test
    void nonRsaKeysAreRefused() {
        KeyProblem problem = assertThrows(KeyProblem.class, () -> check(ecPrivateKey, publicKey));
        assertContains(problem.getMessage(), "not an RSA private key");
        problem = assertThrows(KeyProblem.class, () -> check(privateKey, ecPublicKey));
        assertContains(problem.getMessage(), "not an RSA public key");
    }

    @Test
    void aPrivateAndPublicKeyOfDifferentPairsAreRefused() {
        KeyProblem problem = assertThrows(KeyProblem.class, () -> check(privateKey, otherPublicKey));
        assertContains(problem.getMessage(), "not a pair", privateKey.toString(), otherPublicKey.toString());
    }

    @Test
    void keysSwappedAreRefused() {
        assertThrows(KeyProblem.class, () -> check(publicKey, privateKey));
    }
}
