package jp.wardhub.community;

import jp.wardhub.platform.ProblemException;

/** Query parameters of community lists: a bad value is a 400 naming the parameter, as everywhere. */
final class CommunityParams {

    private CommunityParams() {
    }

    static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "Integer", "整数を指定してください (must be an integer)");
        }
    }
}
