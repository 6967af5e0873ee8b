package jp.wardhub.platform;

import java.util.List;

/**
 * RFC 4180 CSV for open data: UTF-8 with a byte-order mark so that Excel opens Japanese text correctly, CRLF line
 * ends, every field quoted.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private final StringBuilder out = new StringBuilder("\uFEFF");

    public Csv row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object f = fields.get(i);
            out.append('"').append(f == null ? "" : f.toString().replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
