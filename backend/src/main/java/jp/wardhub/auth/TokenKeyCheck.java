package jp.wardhub.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;

/**
 * Checks the token keys before anything else starts: both configured, readable, RSA, and a matching pair (a probe
 * signed with the private key verifies with the public key). Without this, a production start with a missing or wrong
 * key file gives a ready application whose every sign-in fails.
 */
public final class TokenKeyCheck {

    static final String SIGN_KEY_LOCATION = "smallrye.jwt.sign.key.location";
    static final String SIGN_KEY = "smallrye.jwt.sign.key";
    static final String VERIFY_KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String VERIFY_KEY = "mp.jwt.verify.publickey";

    private static final byte[] PROBE = "wardhub-token-key-probe".getBytes(StandardCharsets.US_ASCII);

    /** Why the keys cannot be used; the message is the one line an operator reads. */
    public static final class KeyProblem extends Exception {
        KeyProblem(String message) {
            super(message);
        }
    }

    private TokenKeyCheck() {
    }

    /** Checks the keys named by the application's configuration. */
    public static void check(Config config) throws KeyProblem {
        check(value(config, SIGN_KEY_LOCATION), value(config, SIGN_KEY), value(config, VERIFY_KEY_LOCATION),
                value(config, VERIFY_KEY));
    }

    /** A setting's value; blank and the extensions' placeholder {@code NONE} (their default) count as unset. */
    private static Optional<String> value(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::strip)
                .filter(v -> !v.isEmpty() && !v.equals("NONE"));
    }

    static void check(Optional<String> signLocation, Optional<String> signInline, Optional<String> verifyLocation,
            Optional<String> verifyInline) throws KeyProblem {
        if (signLocation.isEmpty() && signInline.isEmpty() || verifyLocation.isEmpty() && verifyInline.isEmpty()) {
            throw new KeyProblem("no token keys configured. Set SMALLRYE_JWT_SIGN_KEY_LOCATION (private key) and "
                    + "MP_JWT_VERIFY_PUBLICKEY_LOCATION (public key); see README 'Deploy'");
        }
        PrivateKey privateKey = privateKey(signInline.isPresent() ? signInline.get()
                : read(signLocation.get(), "private key (SMALLRYE_JWT_SIGN_KEY_LOCATION)"),
                signLocation.orElse("smallrye.jwt.sign.key"));
        PublicKey publicKey = publicKey(verifyInline.isPresent() ? verifyInline.get()
                : read(verifyLocation.get(), "public key (MP_JWT_VERIFY_PUBLICKEY_LOCATION)"),
                verifyLocation.orElse("mp.jwt.verify.publickey"));
        if (!matches(privateKey, publicKey)) {
            throw new KeyProblem("the private key " + signLocation.orElse("(inline)") + " and the public key "
                    + verifyLocation.orElse("(inline)") + " are not a pair: a token signed with one does not verify "
                    + "with the other");
        }
    }

    private static String read(String location, String what) throws KeyProblem {
        String content;
        try {
            content = ResourceUtils.readResource(location);
        } catch (Exception e) {
            content = null;
        }
        if (content == null || content.isBlank()) {
            throw new KeyProblem("cannot read the " + what + " at " + location);
        }
        return content;
    }

    private static PrivateKey privateKey(String pem, String where) throws KeyProblem {
        try {
            PrivateKey key = KeyUtils.decodePrivateKey(pem);
            if (key instanceof RSAPrivateKey) {
                return key;
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // reported below
        }
        throw new KeyProblem("the private key at " + where + " is not an RSA private key in PEM (PKCS#8)");
    }

    private static PublicKey publicKey(String pem, String where) throws KeyProblem {
        try {
            PublicKey key = KeyUtils.decodePublicKey(pem);
            if (key instanceof RSAPublicKey) {
                return key;
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // reported below
        }
        throw new KeyProblem("the public key at " + where + " is not an RSA public key in PEM (X.509)");
    }

    private static boolean matches(PrivateKey privateKey, PublicKey publicKey) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(privateKey);
            signer.update(PROBE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(publicKey);
            verifier.update(PROBE);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
