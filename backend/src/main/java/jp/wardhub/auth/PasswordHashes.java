package jp.wardhub.auth;

import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * パスワードのハッシュ: the one place where staff passwords and partner client secrets are hashed and checked.
 * Hashes are bcrypt. Stored hashes made by other tools are accepted whatever their prefix: {@code $2a$}, {@code $2b$}
 * (OpenBSD, Python, Node) and {@code $2y$} (PHP, htpasswd) name the same algorithm for the passwords this service
 * takes, but the bcrypt in use here reads only {@code $2a$} and {@code $2y$}, so the prefix is read as {@code $2a$}.
 * A stored value that is no bcrypt hash matches nothing: the sign-in is refused like a wrong password and a warning
 * names the account, rather than the request failing with 500.
 */
public final class PasswordHashes {

    private static final Logger LOG = Logger.getLogger(PasswordHashes.class);

    /** Prefix, two-digit cost, then 22 characters of salt and 31 of hash in bcrypt's base64 alphabet. */
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}");

    /** Checked against when there is no account or no usable hash, so that every refusal costs as long. */
    private static final String NOTHING = hash("no such account");

    private PasswordHashes() {
    }

    /** A new bcrypt hash ({@code $2a$}, cost 10) of the password. */
    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    /**
     * Whether the password matches the stored hash. {@code storedHash} null means there is no such account; {@code owner}
     * names the account or client in the warning about an unusable stored hash (never the hash itself).
     */
    public static boolean matches(String password, String storedHash, String owner) {
        String plain = password == null ? "" : password;
        if (storedHash == null) {
            BcryptUtil.matches(plain, NOTHING);
            return false;
        }
        if (!BCRYPT.matcher(storedHash).matches()) {
            LOG.warnf("the stored password hash of %s is not a bcrypt hash ($2a$, $2b$ or $2y$); sign-in refused",
                    owner);
            BcryptUtil.matches(plain, NOTHING);
            return false;
        }
        try {
            return BcryptUtil.matches(plain, "$2a$" + storedHash.substring(4));
        } catch (RuntimeException e) {
            LOG.warnf("the stored password hash of %s could not be read (%s); sign-in refused", owner, e.getMessage());
            return false;
        }
    }
}
