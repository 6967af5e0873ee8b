package jp.wardhub.proposal;

import jp.wardhub.platform.ProblemException;

/** Query parameters beyond what platform parses: a bad value is a 400 naming the parameter, as everywhere. */
final class Params {

    private Params() {
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(name, "Boolean", "true か false を指定してください (true or false)");
        };
    }

    static Integer fiscalYear(String name, String value) {
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
        throw ProblemException.invalid(name, "Range", "2000〜2100 の年度を指定してください (a fiscal year from 2000 to 2100)");
    }
}
