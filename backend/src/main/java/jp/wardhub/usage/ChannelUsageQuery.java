package jp.wardhub.usage;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.ProblemException;

/** The query parameters of the channel usage figures and their CSV, as they arrive. */
public record ChannelUsageQuery(
        @Parameter(description = "区コード。区職員は省略すると自分の区 (ward; ward staff get their own when absent)",
                example = "431010",
                schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{6}$")) @QueryParam("ward") String ward,
        @Parameter(description = "手続きコード (procedure code)", example = "juminhyo-copy",
                schema = @Schema(type = SchemaType.STRING, maxLength = 40)) @QueryParam("procedure") String procedure,
        @Parameter(description = "この年月から (from this month, YYYY-MM)", example = "2026-04",
                schema = @Schema(type = SchemaType.STRING,
                        pattern = "^[0-9]{4}-[0-9]{2}$")) @QueryParam("from") String from,
        @Parameter(description = "この年月まで (up to this month, YYYY-MM)", example = "2027-03",
                schema = @Schema(type = SchemaType.STRING,
                        pattern = "^[0-9]{4}-[0-9]{2}$")) @QueryParam("to") String to) {

    /** Which figures: a filter not given (null) means any. */
    public record Filter(String ward, String procedure, String from, String to) {
    }

    Filter filter() {
        String w = blankToNull(ward);
        if (w != null && !w.matches("[0-9]{6}")) {
            throw ProblemException.invalid("ward", "Pattern", "区コードは 6 桁の数字です (a 6-digit ward code)");
        }
        String p = blankToNull(procedure);
        if (p != null && p.length() > 40) {
            throw ProblemException.invalid("procedure", "Size", "40 文字までです (at most 40 characters)");
        }
        String f = month("from", from);
        String t = month("to", to);
        if (f != null && t != null && f.compareTo(t) > 0) {
            throw ProblemException.invalid("to", "NotBefore", "to は from 以降にしてください (to must not be before from)");
        }
        return new Filter(w, p, f, t);
    }

    private static String month(String name, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            if (v.matches("[0-9]{4}-[0-9]{2}")) {
                return YearMonth.parse(v).toString();
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw ProblemException.invalid(name, "Month", "YYYY-MM で指定してください (a month, YYYY-MM)");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
