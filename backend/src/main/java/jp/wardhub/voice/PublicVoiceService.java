package jp.wardhub.voice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.hibernate.orm.panache.Panache;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.organization.OrganizationViews.WardRef;
import jp.wardhub.platform.AtomFeed;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.Caches;
import jp.wardhub.platform.Csv;
import jp.wardhub.platform.OpenData;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.QueryParams;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.list.PageKey;
import jp.wardhub.platform.search.SearchKind;
import jp.wardhub.voice.PublicVoiceViews.PublicVoiceDataset;
import jp.wardhub.voice.PublicVoiceViews.PublicVoicePage;
import jp.wardhub.voice.PublicVoiceViews.PublicVoiceView;
import jp.wardhub.voice.VoiceViews.CategoryView;

/**
 * 区民の声の公表: the published voices for anyone, without a sign-in, as a list, open data (CSV and JSON) and feed
 * entries. Only voices whose publication is {@link Publication#PUBLISHED} are read, and only the fields staff wrote
 * for the public leave this class ({@link PublicVoiceView}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicVoiceService {

    /** Longest keyword accepted: longer ones cannot match a useful text and only cost a scan. */
    public static final int MAX_QUERY = 100;

    /** The filters, checked: ward and category known, the fiscal year within range, the keyword short enough. */
    public record Filter(String ward, String category, Integer year, String q) {
    }

    @Inject
    OrganizationService organization;

    @Inject
    VoiceCategories categories;

    /** Totals by condition until the next voice change commits: anyone may ask, and a count reads every match. */
    @CacheName("voices.public-totals")
    Cache totals;

    /** Pages until the next voice change commits: most visitors open the newest page, which changes far less often. */
    @CacheName("voices.public-pages")
    Cache pages;

    /** The query's parameters checked, each bad one a 400 naming it. */
    public Filter filter(PublicVoiceQuery query) {
        String ward = trimmed(query.ward());
        if (ward != null && !organization.wardExists(ward)) {
            throw ProblemException.invalid("ward", "Exists", "存在しない区コードです (unknown ward code)");
        }
        String category = trimmed(query.category());
        if (category != null && !categories.exists(category)) {
            throw ProblemException.invalid("category", "Exists", "存在しない分類です (unknown category)");
        }
        String q = trimmed(query.q());
        if (q != null && q.length() > MAX_QUERY) {
            throw ProblemException.invalid("q", "Size",
                    MAX_QUERY + " 文字以内で指定してください (at most " + MAX_QUERY + " characters)");
        }
        return new Filter(ward, category, QueryParams.fiscalYear("year", query.year()), q);
    }

    public PublicVoicePage list(Filter filter, PageRequest page) {
        ListQuery query = query(filter);
        return Caches.get(pages, PageKey.of(query, page), key -> {
            long total = Caches.get(totals, query.condition(), condition -> query.count());
            // the page's ids through the index first (as the staff list), whole voices for the page only
            List<Voice> rows = Voice.inOrder(query.rows("v.id", Long.class, "v.publishedAt desc, v.id desc", page,
                    total));
            return new PublicVoicePage(views(rows, categories.viewer()), page.page(), page.size(), total);
        });
    }

    public List<CategoryView> categories() {
        return categories.views();
    }

    /** Every published voice matching the filters, for the open data; too many is a 422, as the staff export. */
    public PublicVoiceDataset dataset(Filter filter) {
        List<PublicVoiceView> items = all(filter);
        return new PublicVoiceDataset(OpenData.LICENSE, OpenData.LICENSE_URL, items.size(), items);
    }

    /** The same rows as CSV (UTF-8 with BOM, every cell guarded against formulas by {@link Csv}). */
    public String csv(Filter filter) {
        Csv csv = new Csv().row(List.of("受付番号", "種別", "分類", "区コード", "区", "受付日", "回答日", "公表日時", "公表文", "回答"));
        for (PublicVoiceView v : all(filter)) {
            csv.row(Arrays.asList(v.reference(), v.type().ja,
                    v.categories().stream().map(CategoryView::nameJa).collect(Collectors.joining("・")),
                    v.ward() == null ? null : v.ward().code(), v.ward() == null ? null : v.ward().nameJa(),
                    v.receivedOn(), v.answeredOn(), v.publishedAt(), v.publishedText(), v.answer()));
        }
        return csv.toString();
    }

    /**
     * The newest publications as feed entries; {@code siteUrl} is the SPA's address, {@code idAuthority} the tag URI
     * authority (RFC 4151) the entries' ids are minted under.
     */
    public List<AtomFeed.Entry> feedEntries(int limit, String siteUrl, String idAuthority) {
        List<Voice> newest = query(new Filter(null, null, null, null)).rows(Voice.class,
                "v.publishedAt desc, v.id desc", new PageRequest(0, limit));
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (PublicVoiceView v : views(newest, categories.viewer())) {
            String categories = v.categories().stream().map(CategoryView::nameJa).collect(Collectors.joining("・"));
            String title = "区民の声 " + v.reference() + "（" + v.type().ja + (categories.isEmpty() ? "" : "・" + categories)
                    + (v.ward() == null ? "" : "・" + v.ward().nameJa()) + "）";
            String content = v.publishedText() + (v.answer() == null ? "" : "\n\n回答: " + v.answer());
            entries.add(new AtomFeed.Entry("tag:" + idAuthority + ":voice:" + v.reference(), title, v.publishedAt(),
                    siteUrl + "/published-voices?q=" + v.reference(), content));
        }
        return entries;
    }

    private List<PublicVoiceView> all(Filter filter) {
        ListQuery query = query(filter);
        long count = query.count();
        if (count > VoiceReportService.EXPORT_MAX_ROWS) {
            throw ProblemException.exportTooLarge(count, VoiceReportService.EXPORT_MAX_ROWS, "年度", "year");
        }
        List<PublicVoiceView> items = new ArrayList<>((int) count);
        var rows = query.query("v", "order by v.publishedAt desc, v.id desc", Voice.class);
        Function<String, CategoryView> category = categories.viewer();
        int chunk = 1000;
        for (int first = 0; first < count; first += chunk) {
            List<Voice> voices = rows.setFirstResult(first).setMaxResults(chunk).getResultList();
            items.addAll(views(voices, category));
            Panache.getEntityManager().clear(); // the whole set must not stay in the session
            if (voices.size() < chunk) {
                break;
            }
        }
        return items;
    }

    /** Published voices only: this condition comes first and every filter narrows it. */
    private static ListQuery query(Filter filter) {
        LocalDate from = filter.year() == null ? null : LocalDate.of(filter.year(), 4, 1);
        return ListQuery.from("Voice v")
                .and("v.publication = :published", "published", Publication.PUBLISHED)
                .equal("v.wardCode", filter.ward())
                .andIf(filter.category() != null,
                        "(select count(c) from Voice w join w.categories c where w.id = v.id and c = :category) > 0",
                        "category", filter.category())
                .atLeast("v.receivedOn", from)
                .atMost("v.receivedOn", from == null ? null : from.plusYears(1).minusDays(1))
                .search(SearchKind.VOICE_PUBLIC, "v", filter.q());
    }

    /** The voices as the public sees them, each category through {@code category} ({@link VoiceCategories#viewer}). */
    private List<PublicVoiceView> views(List<Voice> voices, Function<String, CategoryView> category) {
        Map<String, WardRef> wards = new HashMap<>();
        Map<Long, List<Integer>> photos = publishedPhotos(voices.stream().map(v -> v.id).toList());
        return voices.stream().map(v -> new PublicVoiceView(v.reference, v.type,
                v.categories.stream().map(category).toList(),
                v.wardCode == null ? null
                        : wards.computeIfAbsent(v.wardCode, code -> organization.wardRef(code).orElse(null)),
                v.receivedOn,
                v.answeredAt == null ? null : v.answeredAt.atZone(BusinessTime.ZONE).toLocalDate(),
                v.publishedAt, v.publishedText, v.publishedAnswer,
                photos.getOrDefault(v.id, List.of()).stream()
                        .map(position -> PublicVoiceView.photoPath(v.reference, position)).toList()))
                .toList();
    }

    /** The positions of the photos chosen for publication, per voice, in one query. */
    static Map<Long, List<Integer>> publishedPhotos(List<Long> voiceIds) {
        if (voiceIds.isEmpty()) {
            return Map.of();
        }
        return Panache.getEntityManager().createQuery("select p.voiceId, p.position from VoicePhoto p"
                + " where p.published = true and p.voiceId in :ids order by p.position", Object[].class)
                .setParameter("ids", voiceIds).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (Integer) row[1], Collectors.toList())));
    }

    /** A photo staff published with a voice; any other (unpublished voice or photo, unknown) is the same 404. */
    public VoicePhoto photo(String reference, int position) {
        return VoicePhoto.<VoicePhoto>find("published = true and position = ?1 and voiceId = (select v.id from Voice v"
                + " where v.reference = ?2 and v.publication = ?3)", position, reference, Publication.PUBLISHED)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("公表された写真", "published photo",
                        reference + "/" + position));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
