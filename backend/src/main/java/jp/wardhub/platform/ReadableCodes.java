package jp.wardhub.platform;

import java.security.SecureRandom;

/**
 * Random codes a person reads aloud or types from paper: temporary passwords, a resident's access code. Letters and
 * digits that are not mistaken for one another (no 0/O, 1/I/L), 31 symbols, in groups joined by hyphens.
 */
public final class ReadableCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReadableCodes() {
    }

    /** {@code groups} groups of {@code length} symbols, e.g. (3, 4) → "K7MQ-X2PD-9WRT": about 5 bits a symbol. */
    public static String next(int groups, int length) {
        StringBuilder code = new StringBuilder(groups * (length + 1));
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                code.append('-');
            }
            for (int i = 0; i < length; i++) {
                code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
        }
        return code.toString();
    }
}
