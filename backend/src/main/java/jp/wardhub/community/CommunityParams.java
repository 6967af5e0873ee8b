package jp.wardhub.community;

import jp.wardhub.platform.ProblemException;

/** Query parameters of community lists: a bad value is a 400 naming the parameter, as everywhere. */
final class CommunityParams {

    private CommunityParams() {
    }

    static Integer fiscalYear(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an out-of-range year
        }
        throw ProblemException.invalid("fiscalYear", "Range", "2000〜2100 の年度を指定してください (a fiscal year from 2000 to 2100)");
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
