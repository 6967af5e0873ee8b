package jp.wardhub.platform;

import java.util.List;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * RFC 4180 CSV for open data and exports: UTF-8 with a byte-order mark so that Excel opens Japanese text correctly,
 * CRLF line ends, every field quoted.
 *
 * <p>Against formula injection (OWASP "CSV Injection"), a text cell starting with {@code = + - @}, TAB or CR (or
 * their full-width forms, which Japanese Excel also turns into formulas) gets a leading single quote, so a
 * spreadsheet shows it as text. Numbers the system writes ({@link Number} values) are left alone: a negative amount
 * stays a number, and a number's text cannot hold a formula. A user's text that looks like a number is still text.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private final StringBuilder out = new StringBuilder("\uFEFF");

    public Csv row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(cell(fields.get(i)).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof Number || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠' -> "'" + text;
            default -> text;
        };
    }

    /** A finished CSV as a download the browser saves under {@code filename}. */
    public static RestResponse<String> attachment(String csv, String filename) {
        return RestResponse.ResponseBuilder.ok(csv)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
