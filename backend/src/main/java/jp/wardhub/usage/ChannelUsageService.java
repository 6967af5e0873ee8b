package jp.wardhub.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.auth.Role;
import jp.wardhub.counter.Procedure;
import jp.wardhub.organization.Office;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.organization.OrganizationViews.WardView;
import jp.wardhub.platform.Csv;
import jp.wardhub.platform.Problem.FieldError;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.retry.RetryOnConflict;
import jp.wardhub.usage.ChannelUsageQuery.Filter;
import jp.wardhub.usage.ChannelUsageViews.Counts;
import jp.wardhub.usage.ChannelUsageViews.ImportResult;
import jp.wardhub.usage.ChannelUsageViews.Month;
import jp.wardhub.usage.ChannelUsageViews.Report;
import jp.wardhub.usage.ChannelUsageViews.Row;

/**
 * チャネル別発行件数: imports the monthly counts city systems export (a file is taken whole or not at all; a figure
 * already there for the same month, place and procedure is replaced, so importing a file again changes nothing), and
 * reports them per procedure, ward and month with the convenience-store share, the figure cities weigh when they
 * reorganise branch offices.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class ChannelUsageService {

    static final String ENTITY = "channel-usage";
    public static final ProblemType INVALID_FILE = ProblemType.of("channel-usage-invalid", 422,
            "取り込めない行があります", "The file has rows that cannot be imported");
    static final ProblemType CHARSET = ProblemType.of("unsupported-charset", 415, "この文字コードは受け付けられません",
            "Unsupported charset");

    @Inject
    CurrentCaller caller;

    @Inject
    OrganizationService organization;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    Clock clock;

    @Transactional
    public Created<ImportResult> importCsv(byte[] body, String charsetName, String idempotencyKey) {
        Caller c = caller.get();
        if (!ChannelUsagePolicy.canImport(c)) {
            throw ProblemException.forbidden("取り込めるのは本庁職員と管理者です (HQ staff and administrators import)");
        }
        String text = decode(body, charsetName);
        Map<Long, String> officeWards = Office.<Office>listAll().stream()
                .collect(Collectors.toMap(o -> o.id, o -> o.wardCode));
        Set<String> procedures = Procedure.<Procedure>listAll().stream().map(p -> p.code)
                .collect(Collectors.toSet());
        Set<String> wards = organization.wards().stream().map(WardView::code).collect(Collectors.toSet());
        ChannelUsageFile.Result parsed = ChannelUsageFile.parse(text,
                new ChannelUsageFile.Registry(procedures, officeWards::get, wards));
        if (!parsed.errors().isEmpty()) {
            throw invalid(parsed.errors(), parsed.truncated());
        }
        if (parsed.rows().isEmpty()) {
            throw invalid(List.of(new FieldError("(file)", "NotEmpty", "データの行がありません (the file has no rows)", 2,
                    null)), false);
        }
        return idempotency.once(idempotencyKey, "channel-usage-import", Map.of("sha256", sha256(body)),
                ImportResult.class, () -> {
                    ImportResult result = write(parsed.rows(), c);
                    return new Created<>(String.join(",", result.months()), result, false);
                });
    }

    private ImportResult write(List<ChannelUsageFile.Row> rows, Caller c) {
        Set<String> months = new TreeSet<>();
        rows.forEach(r -> months.add(r.month()));
        Map<String, ChannelUsage> existing = new HashMap<>();
        ChannelUsage.<ChannelUsage>list("month in ?1", months)
                .forEach(u -> existing.put(u.month + "|" + u.placeKey + "|" + u.procedureCode, u));
        Instant now = clock.instant();
        int replaced = 0;
        for (ChannelUsageFile.Row r : rows) {
            ChannelUsage u = existing.get(r.key());
            if (u == null) {
                u = new ChannelUsage();
                u.month = r.month();
                u.placeKey = r.placeKey();
                u.procedureCode = r.procedureCode();
            } else {
                replaced++;
            }
            u.channel = r.channel();
            u.officeId = r.officeId();
            u.wardCode = r.wardCode();
            u.issued = r.issued();
            u.importedAt = now;
            u.importedBy = c.username();
            if (u.id == null) {
                u.persist();
            }
        }
        ImportResult result = new ImportResult(rows.size(), replaced, List.copyOf(months));
        audit.record("import", ENTITY, months.iterator().next() + ".." + ((TreeSet<String>) months).last(), null,
                result);
        return result;
    }

    private static ProblemException invalid(List<FieldError> errors, boolean truncated) {
        long lines = errors.stream().map(FieldError::line).distinct().count();
        String more = truncated ? "最初の " + errors.size() + " 件を示します。" : "";
        String moreEn = truncated ? " (the first " + errors.size() + " shown)" : "";
        return new ProblemException(INVALID_FILE, lines + " 行に誤りがあります。" + more + "何も取り込んでいません (" + errors.size()
                + " errors on " + lines + " lines" + moreEn + "; nothing was imported)", errors, Map.of());
    }

    private static String decode(byte[] body, String charsetName) {
        Charset declared = null;
        if (charsetName != null) {
            try {
                declared = Charset.forName(charsetName.trim().replace("\"", ""));
            } catch (IllegalArgumentException e) {
                throw new ProblemException(CHARSET, "UTF-8 か Shift_JIS にしてください: " + charsetName.strip()
                        + " (use UTF-8 or Shift_JIS)",
                        List.of(new FieldError("Content-Type", "Charset",
                                "UTF-8 か Shift_JIS (UTF-8 or Shift_JIS)")),
                        Map.of());
            }
            if (declared.name().equalsIgnoreCase("Shift_JIS")) {
                declared = ChannelUsageFile.SHIFT_JIS; // what Windows writes under that name: ①, ～ and the like
            }
        }
        try {
            return ChannelUsageFile.decode(body, declared);
        } catch (CharacterCodingException e) {
            throw invalid(List.of(new FieldError("(file)", "Encoding", "文字コード " + declared.name()
                    + " として読めません (not valid " + declared.name() + ")", null, null)), false);
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Report report(Filter filter) {
        Filter f = readable(filter);
        List<Object[]> sums = ListQuery.from("ChannelUsage u")
                .equal("u.wardCode", f.ward())
                .equal("u.procedureCode", f.procedure())
                .atLeast("u.month", f.from())
                .atMost("u.month", f.to())
                .query("u.month, u.wardCode, u.procedureCode, u.channel, sum(u.issued)",
                        "group by u.month, u.wardCode, u.procedureCode, u.channel", Object[].class)
                .getResultList();
        // month → ward → procedure → channel → count, in the order rows are shown
        List<WardView> wardList = organization.wards();
        Map<String, Integer> wardOrder = new HashMap<>();
        for (int i = 0; i < wardList.size(); i++) {
            wardOrder.put(wardList.get(i).code(), i);
        }
        Map<String, WardView> wards = wardList.stream().collect(Collectors.toMap(WardView::code, w -> w));
        Map<List<String>, EnumMap<UsageChannel, Long>> groups = new TreeMap<>(Comparator
                .<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(1) == null ? Integer.MAX_VALUE : wardOrder.getOrDefault(k.get(1), 1000))
                .thenComparing(k -> k.get(2)));
        Map<String, EnumMap<UsageChannel, Long>> byMonth = new TreeMap<>();
        EnumMap<UsageChannel, Long> total = new EnumMap<>(UsageChannel.class);
        for (Object[] s : sums) {
            String month = (String) s[0];
            UsageChannel channel = (UsageChannel) s[3];
            long n = ((Number) s[4]).longValue();
            groups.computeIfAbsent(Arrays.asList(month, (String) s[1], (String) s[2]),
                    k -> new EnumMap<>(UsageChannel.class)).merge(channel, n, Long::sum);
            byMonth.computeIfAbsent(month, k -> new EnumMap<>(UsageChannel.class)).merge(channel, n, Long::sum);
            total.merge(channel, n, Long::sum);
        }
        Map<String, Procedure> procedures = new HashMap<>();
        Set<String> codes = groups.keySet().stream().map(k -> k.get(2)).collect(Collectors.toSet());
        if (!codes.isEmpty()) {
            Procedure.<Procedure>list("code in ?1", codes).forEach(p -> procedures.put(p.code, p));
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((k, counts) -> {
            WardView w = k.get(1) == null ? null : wards.get(k.get(1));
            Procedure p = procedures.get(k.get(2));
            rows.add(new Row(k.get(0), k.get(1), w == null ? "全市 (区不明)" : w.nameJa(),
                    w == null ? "City-wide (ward unknown)" : w.nameEn(), k.get(2), p == null ? k.get(2) : p.nameJa,
                    p == null ? k.get(2) : p.nameEn, counts(counts)));
        });
        List<Month> months = new ArrayList<>();
        byMonth.forEach((m, counts) -> months.add(new Month(m, counts(counts))));
        return new Report(f.from(), f.to(), f.ward(), f.procedure(), rows, months, counts(total));
    }

    public String exportCsv(Filter filter) {
        Report report = report(filter);
        Csv csv = new Csv().row(List.of("年月", "区コード", "区", "手続きコード", "手続き", "窓口", "コンビニ交付", "オンライン", "郵送", "自動交付機",
                "合計", "コンビニ交付率"));
        for (Row r : report.rows()) {
            Counts n = r.counts();
            csv.row(Arrays.asList(r.month(), r.wardCode(), r.wardNameJa(), r.procedureCode(), r.procedureNameJa(),
                    n.counter(), n.convenienceStore(), n.online(), n.mail(), n.kiosk(), n.total(),
                    n.convenienceStoreShare()));
        }
        return csv.toString();
    }

    /** The filter as the caller may read it: ward staff read their own ward (the default), others none. */
    private Filter readable(Filter filter) {
        Caller c = caller.get();
        String ward = filter.ward() == null && c.is(Role.WARD) ? c.wardCode() : filter.ward();
        if (!ChannelUsagePolicy.canRead(c, ward)) {
            throw ProblemException.forbidden(c.is(Role.WARD)
                    ? "区職員が見られるのは自分の区の件数です (ward staff read their own ward's figures)"
                    : "見られるのは本庁職員・管理者・区職員です (HQ staff, administrators and ward staff read these figures)");
        }
        return new Filter(ward, filter.procedure(), filter.from(), filter.to());
    }

    /** The share is convenience ÷ (convenience + counter): how many of those who could have used a store did. */
    static Counts counts(Map<UsageChannel, Long> n) {
        long counter = n.getOrDefault(UsageChannel.COUNTER, 0L);
        long store = n.getOrDefault(UsageChannel.CONVENIENCE_STORE, 0L);
        long online = n.getOrDefault(UsageChannel.ONLINE, 0L);
        long mail = n.getOrDefault(UsageChannel.MAIL, 0L);
        long kiosk = n.getOrDefault(UsageChannel.KIOSK, 0L);
        BigDecimal share = counter + store == 0 ? null
                : BigDecimal.valueOf(store).divide(BigDecimal.valueOf(counter + store), 4, RoundingMode.HALF_UP);
        return new Counts(counter, store, online, mail, kiosk, counter + store + online + mail + kiosk, share);
    }
}
