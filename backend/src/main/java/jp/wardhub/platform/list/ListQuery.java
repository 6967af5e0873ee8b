package jp.wardhub.platform.list;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.SearchText;
import jp.wardhub.platform.search.SearchKind;
import jp.wardhub.platform.search.SearchTerms;

/**
 * The one way a list is queried: the caller's read scope and each filter that was given become one HQL condition,
 * and the page of rows and the total are read with it. A service reads as the list of its filters:
 *
 * <pre>{@code
 * ListQuery.from("CommunityProject p")
 *         .and(ProjectPolicy.readScope(caller))
 *         .equal("p.wardCode", query.ward())
 *         .search("p.searchText", query.q())
 *         .page(CommunityProject.class, "p.id desc", page);
 * }</pre>
 *
 * A filter that was not given (null, or a blank string) adds nothing. Parameter names of {@link #equal} and its
 * kin come from the path's last segment and get a suffix when taken, so two filters never collide.
 */
public final class ListQuery {

    /** One page of rows and the number of rows on all pages. */
    public record Page<T>(List<T> rows, long total) {

        public <R> Page<R> map(Function<? super T, R> view) {
            return new Page<>(rows.stream().<R>map(view).toList(), total);
        }
    }

    /**
     * At most this many matching rows, a page reads them as a count does ({@link #conditionForPage}). Around it both
     * ways read about as much: the 2,000 matches fetched and sorted, or, among 1,000,000 rows, some 10,000 read in order
     * to fill a page of 20.
     */
    static final long FEW = 2_000;

    private final String from;
    private final String alias;
    /** The conditions as a page reads them, and as a count or a grouping over every matching row reads them. */
    private final List<String> and = new ArrayList<>();
    private final List<String> andForAll = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();
    /** The disjoint parts of a condition given by {@link #andOneOf}, which a count adds up; empty when there are none. */
    private final List<String> parts = new ArrayList<>();

    private ListQuery(String from) {
        this.from = from.trim();
        String[] words = this.from.split("\\s+");
        if (words.length < 2) {
            throw new IllegalArgumentException("give the entity and its alias, e.g. \"Voice v\": " + from);
        }
        this.alias = words[1];
    }

    /** {@code from("Voice v")}, or with joins: {@code from("SupportApplication a join SupportProgram p on ...")}. */
    public static ListQuery from(String from) {
        return new ListQuery(from);
    }

    /** Adds a condition; names and values of its parameters alternate. */
    public ListQuery and(String hql, Object... namesAndValues) {
        return and(Condition.of(hql, namesAndValues));
    }

    /** Adds a condition, e.g. a policy's read scope. */
    public ListQuery and(Condition condition) {
        take(condition.params());
        if (!Condition.ALL.hql().equals(condition.hql())) {
            add(condition.hql());
        }
        return this;
    }

    /**
     * Adds a condition that is the union of disjoint parts: a page and an export read {@code whole}; a count or a
     * grouping ({@link #count}, {@link #countBy}) counts each part on its own and adds them up, so that each part is
     * read through its own index. A ward officer's voices, for one: those of the ward and those from elsewhere
     * assigned to it, instead of every voice tested for either. No parts: {@code whole} alone, as {@link #and}.
     */
    public ListQuery andOneOf(Condition whole, List<Condition> disjointParts) {
        and(whole);
        if (!disjointParts.isEmpty()) {
            if (!parts.isEmpty()) {
                throw new IllegalStateException("one condition in parts per query");
            }
            disjointParts.forEach(part -> {
                take(part.params());
                parts.add(part.hql());
            });
        }
        return this;
    }

    /** Adds the condition only when {@code given}. */
    public ListQuery andIf(boolean given, String hql, Object... namesAndValues) {
        return given ? and(hql, namesAndValues) : this;
    }

    /**
     * Adds, when {@code given}, one condition written two ways that select the same rows: {@code forPage} as a page
     * reads it (e.g. a test per row, which lets a newest-first index be read in order and stop after a page),
     * {@code forAll} as a count, a grouping or an export reads it (e.g. a semi-join driven from a selective index,
     * where a test per row would visit every row).
     */
    public ListQuery andIfTwoWays(boolean given, String forPage, String forAll, Object... namesAndValues) {
        if (!given) {
            return this;
        }
        take(Condition.of(forPage, namesAndValues).params());
        and.add(forPage);
        andForAll.add(forAll);
        return this;
    }

    /** {@code path = value}, when the value was given. */
    public ListQuery equal(String path, Object value) {
        return compare(path, "=", value);
    }

    /** {@code path >= value}, when the value was given. */
    public ListQuery atLeast(String path, Object value) {
        return compare(path, ">=", value);
    }

    /** {@code path <= value}, when the value was given. */
    public ListQuery atMost(String path, Object value) {
        return compare(path, "<=", value);
    }

    /** Free text over a {@link SearchText} column: width, kana and case do not matter. */
    public ListQuery search(String searchTextPath, String q) {
        if (q == null || SearchText.normalize(q).isEmpty()) {
            return this;
        }
        String name = name(searchTextPath);
        add(searchTextPath + " like :" + name + " escape '!'");
        params.put(name, SearchText.likePattern(q));
        return this;
    }

    /**
     * Free text over a record's indexed {@link SearchText} column, written two ways: a count, a grouping or a page of
     * few rows asks the full-text index for the records holding every pair of the query's letters ({@link SearchTerms})
     * and checks the column on those; a page of many rows reads the newest rows in order and checks the column until
     * the page is full (a common word: twenty of the first hundred rows), which beats fetching every match from the
     * index. A rare word is found at once either way; see {@link #conditionForPage}.
     */
    public ListQuery search(SearchKind kind, String alias, String q) {
        String terms = q == null ? "" : SearchTerms.required(kind, q);
        if (terms.isEmpty()) {
            return search(alias + "." + kind.property(), q);
        }
        String text = name(kind.property());
        String like = alias + "." + kind.property() + " like :" + text + " escape '!'";
        String kindName = name("kind");
        String termsName = name("terms");
        return andIfTwoWays(true, like, like + " and " + alias + ".id in (select d.ownerId from SearchDocument d where"
                + " d.kind = :" + kindName + " and fulltext_match(d.grams, :" + termsName + ") > 0)",
                text, SearchText.likePattern(q), kindName, kind, termsName, terms);
    }

    /**
     * Any of the plain text columns contains {@code q} as typed, case aside (for columns that have no {@link SearchText}
     * twin, such as a login id or a name).
     */
    public ListQuery containing(String q, String... paths) {
        if (q == null || q.isBlank()) {
            return this;
        }
        String name = name(paths[0]);
        add("(" + String.join(" or ", Arrays.stream(paths)
                .map(path -> "lower(" + path + ") like :" + name + " escape '!'").toList()) + ")");
        params.put(name, SearchText.containing(q.strip().toLowerCase(Locale.ROOT)));
        return this;
    }

    /** The condition built so far, e.g. to key a cache of totals or statistics. */
    public Condition condition() {
        return condition(and);
    }

    /** The condition built so far as a count or a grouping over every matching row reads it best. */
    public Condition conditionForAll() {
        return condition(andForAll);
    }

    /** The conditions joined, with the parameters they name (a filter's two forms need not name the same ones). */
    private Condition condition(List<String> conditions) {
        String hql = conditions.isEmpty() ? Condition.ALL.hql() : String.join(" and ", conditions);
        Map<String, Object> named = new HashMap<>();
        params.forEach((name, value) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(hql).find()) {
                named.put(name, value);
            }
        });
        return new Condition(hql, named);
    }

    private void take(Map<String, Object> named) {
        named.forEach((name, value) -> {
            Object taken = params.putIfAbsent(name, value);
            if (taken != null && !taken.equals(value)) {
                throw new IllegalArgumentException("parameter :" + name + " given twice with different values");
            }
        });
    }

    private void add(String hql) {
        and.add(hql);
        andForAll.add(hql);
    }

    /**
     * The condition a page reads when {@code total} rows match in all: when they are few, as a count reads it (the
     * selective index hands over every match, and sorting a few is cheap); when they are many, in the page's form (the
     * rows are read in the page's order until it is full, and many matches mean it fills soon).
     */
    public Condition conditionForPage(long total) {
        return total <= FEW ? conditionForAll() : condition();
    }

    /** A page of the root entity in the given order, with the total. */
    public <T> Page<T> page(Class<T> type, String orderBy, PageRequest page) {
        return page(alias, type, orderBy, page);
    }

    /** A page of the root entity in the given order, {@code total} rows matching in all (a cached count). */
    public <T> List<T> rows(Class<T> type, String orderBy, PageRequest page, long total) {
        return rows(alias, type, orderBy, page, total);
    }

    /** A page of the root entity in the given order, without counting: each filter in its page form. */
    public <T> List<T> rows(Class<T> type, String orderBy, PageRequest page) {
        return paged(query(condition(), alias, "order by " + orderBy, type), page);
    }

    /**
     * A page of any select over the rows in the given order, with the total (rows of the root entity counted), e.g.
     * a row with a computed column: {@code page("m, (select count(v) from Voice v where ...)", Object[].class, "m.id desc", page)}.
     */
    public <R> Page<R> page(String select, Class<R> type, String orderBy, PageRequest page) {
        long total = count();
        return new Page<>(rows(select, type, orderBy, page, total), total);
    }

    /**
     * A page of any select over the rows in the given order, {@code total} rows matching in all (a cached count), e.g.
     * a page's ids alone. A page at or past the total is not read.
     */
    public <R> List<R> rows(String select, Class<R> type, String orderBy, PageRequest page, long total) {
        if (page.beyond(total)) {
            return List.of();
        }
        return paged(query(conditionForPage(total), select, "order by " + orderBy, type), page);
    }

    private static <R> List<R> paged(TypedQuery<R> query, PageRequest page) {
        return query.setFirstResult(Math.toIntExact(page.offset())).setMaxResults(page.size()).getResultList();
    }

    /** How many rows match. */
    public long count() {
        long total = 0;
        for (Condition part : conditionsForCount()) {
            total += query("", part, "count(" + alias + ")", "", Long.class).getSingleResult();
        }
        return total;
    }

    /**
     * How many rows match per value of {@code keys} (e.g. {@code "v.channel"} or
     * {@code "year(v.receivedOn), month(v.receivedOn)"}): each row holds the keys' values, then the count.
     */
    public List<Object[]> countBy(String keys) {
        return countBy("", keys);
    }

    /** {@link #countBy(String)} over the rows joined by {@code join}, e.g. {@code "join v.categories c"} and keys "c". */
    public List<Object[]> countBy(String join, String keys) {
        Map<List<Object>, Long> counts = new LinkedHashMap<>();
        for (Condition part : conditionsForCount()) {
            for (Object[] row : query(join, part, keys + ", count(" + alias + ")", "group by " + keys, Object[].class)
                    .getResultList()) {
                counts.merge(Arrays.asList(row).subList(0, row.length - 1), ((Number) row[row.length - 1]).longValue(),
                        Long::sum);
            }
        }
        return counts.entrySet().stream().map(e -> {
            Object[] row = Arrays.copyOf(e.getKey().toArray(), e.getKey().size() + 1);
            row[row.length - 1] = e.getValue();
            return row;
        }).toList();
    }

    /** The condition for all rows, once per disjoint part when it has parts. */
    private List<Condition> conditionsForCount() {
        if (parts.isEmpty()) {
            return List.of(conditionForAll());
        }
        return parts.stream().map(part -> {
            List<String> conditions = new ArrayList<>(andForAll);
            conditions.add(part);
            return condition(conditions);
        }).toList();
    }

    /**
     * Any select over all the matching rows, e.g. {@code query("p.wardCode, count(p)", "group by p.wardCode",
     * Object[].class)} or an export; its parameters are set.
     */
    public <R> TypedQuery<R> query(String select, String tail, Class<R> type) {
        return query(conditionForAll(), select, tail, type);
    }

    /** Any select over the rows matching {@code where}: one of this query's conditions. */
    public <R> TypedQuery<R> query(Condition where, String select, String tail, Class<R> type) {
        return query("", where, select, tail, type);
    }

    private <R> TypedQuery<R> query(String join, Condition where, String select, String tail, Class<R> type) {
        TypedQuery<R> query = Panache.getEntityManager().createQuery("select " + select + " from " + from
                + (join.isBlank() ? "" : " " + join) + " where " + where.hql() + (tail.isBlank() ? "" : " " + tail),
                type);
        where.params().forEach(query::setParameter);
        return query;
    }

    private ListQuery compare(String path, String operator, Object value) {
        if (!given(value)) {
            return this;
        }
        String name = name(path);
        add(path + " " + operator + " :" + name);
        params.put(name, trimmed(value));
        return this;
    }

    private static boolean given(Object value) {
        return value != null && !(value instanceof String s && s.isBlank());
    }

    private static Object trimmed(Object value) {
        return value instanceof String s ? s.trim() : value;
    }

    private String name(String path) {
        String base = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\W", "");
        String name = base;
        for (int i = 2; params.containsKey(name); i++) {
            name = base + i;
        }
        return name;
    }
}
