package jp.wardhub.usage;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jp.wardhub.platform.Problem.FieldError;

/**
 * An uploaded channel usage file (チャネル別発行件数 CSV), decoded and checked row by row against the catalogue and the
 * registry. Every bad cell is collected with its line, so one answer lists all of them.
 *
 * <p>The header row names the columns, in any order, in Japanese or English: 年月 (month), 手続きコード (procedure),
 * 件数 (count) are required; the place is given by 施設ID (office), チャネル (channel) and 区コード (ward), at least one
 * of which must be a column. A row's place is its office's counter when 施設ID is filled; otherwise its channel (窓口 /
 * counter needs a 区コード, other channels take one optionally: the residents' ward); otherwise, with 区コード alone, the
 * ward's counters. Line numbers count records, the header being line 1 (a quoted cell spanning lines counts once).
 */
final class ChannelUsageFile {

    /** Bad rows beyond this are not listed; the detail says so. */
    static final int MAX_ERRORS = 1000;
    static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    /** The columns of the file and the header spellings accepted for each (compared after NFKC and lower-casing). */
    enum Column {
        MONTH("年月", "month"), WARD("区コード", "ward", "wardcode", "ward code"), OFFICE("施設ID", "office", "officeid",
                "office id"),
        CHANNEL("チャネル", "チャンネル", "channel"), PROCEDURE("手続きコード", "手続コード", "procedure",
                "procedurecode", "procedure code"),
        COUNT("件数", "count", "issued");

        final String nameJa;
        final List<String> spellings;

        Column(String nameJa, String... others) {
            this.nameJa = nameJa;
            this.spellings = new ArrayList<>(List.of(fold(nameJa)));
            for (String o : others) {
                spellings.add(fold(o));
            }
        }

        static Optional<Column> of(String header) {
            String folded = fold(header);
            for (Column c : values()) {
                if (c.spellings.contains(folded)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** One good row: the figure for a month, procedure and place. */
    record Row(int line, String month, String procedureCode, UsageChannel channel, Long officeId, String wardCode,
            long issued) {

        /** The figure a re-import replaces: one per month, place and procedure. */
        String key() {
            return month + "|" + placeKey() + "|" + procedureCode;
        }

        String placeKey() {
            if (officeId != null) {
                return "office:" + officeId;
            }
            if (channel == UsageChannel.COUNTER) {
                return "ward:" + wardCode;
            }
            return channel.wire + ":" + (wardCode == null ? "city" : wardCode);
        }
    }

    /** What the checks look up: procedure codes, the ward of each office, ward codes. */
    record Registry(Set<String> procedures, Function<Long, String> officeWard, Set<String> wards) {
    }

    record Result(List<Row> rows, List<FieldError> errors, boolean truncated) {
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*月?");
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final long MAX_COUNT = 100_000_000L;

    private final Registry registry;
    private final List<FieldError> errors = new ArrayList<>();
    private boolean truncated;

    private ChannelUsageFile(Registry registry) {
        this.registry = registry;
    }

    /**
     * Decodes the body: with the charset the request named, otherwise UTF-8 when the bytes are valid UTF-8 (a BOM is
     * dropped), else Shift_JIS as Windows writes it (windows-31j), which is what city systems export.
     */
    static String decode(byte[] body, Charset declared) throws CharacterCodingException {
        if (declared != null) {
            return stripBom(strict(declared, body));
        }
        try {
            return stripBom(strict(StandardCharsets.UTF_8, body));
        } catch (CharacterCodingException notUtf8) {
            return strict(SHIFT_JIS, body);
        }
    }

    private static String strict(Charset charset, byte[] body) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static Result parse(String text, Registry registry) {
        ChannelUsageFile file = new ChannelUsageFile(registry);
        List<Row> rows = file.read(text);
        return new Result(file.errors.isEmpty() ? rows : List.of(), List.copyOf(file.errors), file.truncated);
    }

    private List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<Column, Integer> columns = null;
            List<String> headers = null;
            Map<String, Integer> seen = new HashMap<>();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber();
                if (isBlank(record)) {
                    continue;
                }
                if (columns == null) {
                    headers = record.toList();
                    columns = header(headers);
                    if (columns == null) {
                        return List.of();
                    }
                    continue;
                }
                Row row = row(line, record, columns, headers);
                if (row != null) {
                    Integer earlier = seen.putIfAbsent(row.key(), line);
                    if (earlier != null) {
                        String field = headers.get(columns.get(Column.PROCEDURE));
                        error(field, "Duplicate", line, row.procedureCode(),
                                earlier + " 行目と同じ年月・場所・手続きです (same month, place and procedure as line " + earlier
                                        + ")");
                    } else {
                        rows.add(row);
                    }
                }
            }
            if (columns == null) {
                error("(file)", "NotEmpty", 1, null, "見出し行がありません (the file has no header row)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // an unterminated quote: Commons CSV reports it when it reaches the end
            error("(file)", "Csv", null, null, "CSV として読めません: 引用符が閉じていない可能性があります (not readable as CSV: "
                    + "a quote may be left open)");
        }
        return rows;
    }

    /** The columns by their position, or null (with the errors noted) when the header is not usable. */
    private Map<Column, Integer> header(List<String> headers) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        boolean bad = false;
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            Optional<Column> column = Column.of(h);
            if (column.isEmpty()) {
                error(h.isEmpty() ? "(列 " + (i + 1) + ")" : h, "UnknownColumn", 1, h,
                        "知らない列です。使える列: 年月, 区コード, 施設ID, チャネル, 手続きコード, 件数 (unknown column; the columns "
                                + "are month, ward, office, channel, procedure, count)");
                bad = true;
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                error(h, "DuplicateColumn", 1, h, "同じ列が 2 回あります (the column appears twice)");
                bad = true;
            }
        }
        for (Column required : List.of(Column.MONTH, Column.PROCEDURE, Column.COUNT)) {
            if (!columns.containsKey(required)) {
                error(required.nameJa, "MissingColumn", 1, null, required.nameJa + " の列が必要です (the column "
                        + required.spellings.get(1) + " is required)");
                bad = true;
            }
        }
        if (!columns.containsKey(Column.OFFICE) && !columns.containsKey(Column.CHANNEL)
                && !columns.containsKey(Column.WARD)) {
            error("施設ID", "MissingColumn", 1, null,
                    "施設ID・チャネル・区コードのいずれかの列が必要です (one of the columns office, channel, ward is required)");
            bad = true;
        }
        return bad ? null : columns;
    }

    private Row row(int line, CSVRecord record, Map<Column, Integer> columns, List<String> headers) {
        int before = errors.size();
        if (record.size() != headers.size()) {
            error("(行)", "ColumnCount", line, null, "列の数が見出しと違います: " + record.size() + " 列 (expected "
                    + headers.size() + " cells, found " + record.size() + ")");
            return null;
        }
        Cell month = cell(record, columns, headers, Column.MONTH);
        Cell procedure = cell(record, columns, headers, Column.PROCEDURE);
        Cell count = cell(record, columns, headers, Column.COUNT);
        Cell office = cell(record, columns, headers, Column.OFFICE);
        Cell channel = cell(record, columns, headers, Column.CHANNEL);
        Cell ward = cell(record, columns, headers, Column.WARD);

        String m = month(line, month);
        String p = null;
        if (procedure.value.isEmpty()) {
            required(line, procedure);
        } else if (!registry.procedures().contains(procedure.value)) {
            error(procedure.field, "UnknownProcedure", line, procedure.value,
                    "手続きの一覧にないコードです (not a procedure code of the catalogue)");
        } else {
            p = procedure.value;
        }
        Long n = count(line, count);

        String w = null;
        if (!ward.value.isEmpty()) {
            w = fold(ward.value);
            if (!registry.wards().contains(w)) {
                error(ward.field, "UnknownWard", line, ward.value, "区コードが見つかりません (no ward has this code)");
                w = null;
            }
        }
        UsageChannel c = null;
        if (!channel.value.isEmpty()) {
            c = UsageChannel.parse(channel.value).orElse(null);
            if (c == null) {
                error(channel.field, "UnknownChannel", line, channel.value,
                        "知らないチャネルです。窓口, コンビニ, オンライン, 郵送, 自動交付機 (unknown channel; counter, "
                                + "convenience-store, online, mail, kiosk)");
            }
        }
        Long o = null;
        if (!office.value.isEmpty()) {
            String id = fold(office.value);
            String officeWard = PLAIN.matcher(id).matches() && id.length() < 18
                    ? registry.officeWard().apply(Long.valueOf(id))
                    : null;
            if (officeWard == null) {
                error(office.field, "UnknownOffice", line, office.value, "施設が見つかりません (no office has this id)");
            } else {
                o = Long.valueOf(id);
                if (c != null && c != UsageChannel.COUNTER) {
                    error(channel.field, "OfficeIsCounter", line, channel.value,
                            "施設IDのある行は窓口の件数です。チャネルは空か窓口にしてください (a row with an office is that office's "
                                    + "counter: leave the channel empty or counter)");
                }
                if (w != null && !w.equals(officeWard)) {
                    error(ward.field, "WardMismatch", line, ward.value,
                            "施設の区と違います (not the office's ward)");
                }
                c = UsageChannel.COUNTER;
                w = officeWard;
            }
        } else if (channel.value.isEmpty() && ward.value.isEmpty()) {
            String field = office.present ? office.field : channel.present ? channel.field : ward.field;
            error(field, "Required", line, null,
                    "施設ID・チャネル・区コードのいずれかが必要です (an office, a channel or a ward is required)");
        } else if (c == UsageChannel.COUNTER && ward.value.isEmpty()) {
            error(ward.present ? ward.field : "区コード", "Required", line, null,
                    "窓口の件数には施設IDか区コードが必要です (counter figures need an office or a ward)");
        } else if (channel.value.isEmpty()) {
            c = UsageChannel.COUNTER; // 区コード alone: the ward's counters
        }
        if (errors.size() > before || m == null || p == null || n == null || c == null) {
            return null;
        }
        return new Row(line, m, p, c, o, w, n);
    }

    private record Cell(String field, String value, boolean present) {
    }

    private static Cell cell(CSVRecord record, Map<Column, Integer> columns, List<String> headers, Column column) {
        Integer i = columns.get(column);
        if (i == null) {
            return new Cell(column.nameJa, "", false);
        }
        return new Cell(headers.get(i), record.get(i).strip(), true);
    }

    private String month(int line, Cell cell) {
        if (cell.value.isEmpty()) {
            required(line, cell);
            return null;
        }
        Matcher m = MONTH.matcher(fold(cell.value));
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (year >= 2000 && year <= 2099 && month >= 1 && month <= 12) {
                return "%04d-%02d".formatted(year, month);
            }
        }
        error(cell.field, "Month", line, cell.value,
                "年月は 2027-04、2027/04、2027年4月 のように書いてください (a month such as 2027-04, 2027/04 or 2027年4月)");
        return null;
    }

    private Long count(int line, Cell cell) {
        if (cell.value.isEmpty()) {
            required(line, cell);
            return null;
        }
        String n = fold(cell.value).replace(" ", "");
        if (n.startsWith("-") && (PLAIN.matcher(n.substring(1)).matches()
                || GROUPED.matcher(n.substring(1)).matches())) {
            error(cell.field, "Min", line, cell.value, "件数は 0 以上です (the count cannot be negative)");
            return null;
        }
        if (!PLAIN.matcher(n).matches() && !GROUPED.matcher(n).matches()) {
            error(cell.field, "Integer", line, cell.value,
                    "件数は整数で書いてください (1,234 のような区切りは使えます) (a whole number; 1,234 is fine)");
            return null;
        }
        String digits = n.replace(",", "");
        if (digits.length() > 9 || Long.parseLong(digits) > MAX_COUNT) {
            error(cell.field, "Max", line, cell.value, "件数は " + MAX_COUNT + " までです (at most " + MAX_COUNT + ")");
            return null;
        }
        return Long.parseLong(digits);
    }

    private void required(int line, Cell cell) {
        error(cell.field, "Required", line, null, "必須です (required)");
    }

    private void error(String field, String rule, Integer line, String value, String message) {
        if (errors.size() >= MAX_ERRORS) {
            truncated = true;
            return;
        }
        String shown = value == null || value.length() <= 100 ? value : value.substring(0, 100) + "…";
        errors.add(new FieldError(field, rule, message, line, shown));
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(java.util.Locale.ROOT);
    }
}
