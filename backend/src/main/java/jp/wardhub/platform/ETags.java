package jp.wardhub.platform;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP. A record's ETag is its version; an update must send it back in {@code If-Match}
 * (428 when missing, 412 when it no longer matches).
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Checks {@code If-Match} against the record's current version. {@code *} matches any existing record. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    Bilingual.of("更新には直前に読んだ ETag を If-Match で送ってください", "send the ETag you read in If-Match"));
        }
        String current = Long.toString(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*")) {
                return;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1);
            }
            if (t.equals(current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                Bilingual.of("読み込んだ後に他の人が更新しました。読み直してください", "the record changed since you read it; reload it"));
    }
}
