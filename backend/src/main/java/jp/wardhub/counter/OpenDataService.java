package jp.wardhub.counter;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.wardhub.counter.CatalogueCache.Entry;
import jp.wardhub.counter.CatalogueCache.Offer;
import jp.wardhub.counter.CatalogueCache.Place;
import jp.wardhub.counter.CatalogueCache.Snapshot;
import jp.wardhub.counter.CounterViews.TimeSpan;
import jp.wardhub.counter.CounterViews.WeeklyHours;
import jp.wardhub.counter.hours.Day;
import jp.wardhub.counter.hours.DayKind;
import jp.wardhub.counter.hours.OpeningCalendar;
import jp.wardhub.organization.OfficeService;
import jp.wardhub.organization.OrganizationViews.OfficeView;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.Csv;

/**
 * Open data (オープンデータ): offices as the Digital Agency's 公共施設一覧 CSV, the catalogue and the availability matrix
 * as CSV, and an office as schema.org JSON-LD.
 */
@ApplicationScoped
public class OpenDataService {

    /** The recommended column set of the 公共施設一覧 standard data set, in its order. */
    static final List<String> FACILITY_COLUMNS = List.of("都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "名称",
            "名称_カナ", "名称_通称", "POIコード", "住所", "方書", "緯度", "経度", "電話番号", "内線番号", "法人番号", "団体名", "利用可能曜日",
            "開始時間", "終了時間", "利用可能日時特記事項", "説明", "バリアフリー情報", "URL", "備考");

    /** How far ahead the JSON-LD lists special opening hours. */
    private static final int SPECIAL_HOURS_DAYS = 90;

    @Inject
    CatalogueCache catalogue;

    @Inject
    OfficeService offices;

    @ConfigProperty(name = "wardhub.city.code")
    String cityCode;

    @ConfigProperty(name = "wardhub.city.prefecture-ja")
    String prefecture;

    @ConfigProperty(name = "wardhub.city.name-ja")
    String cityName;

    public String publicFacilities() {
        Snapshot s = catalogue.snapshot();
        Csv csv = new Csv().row(FACILITY_COLUMNS);
        int no = 1;
        for (OfficeView o : offices.all()) {
            Place place = s.placesByKey().get(PlaceKey.office(o.id()));
            List<WeeklyHours> week = CounterService.regularWeek(place == null ? List.of() : place.periods(),
                    BusinessTime.today());
            String days = week.stream().map(w -> w.day().getDisplayName(TextStyle.SHORT, Locale.JAPANESE))
                    .collect(Collectors.joining());
            TimeSpan first = week.isEmpty() || week.get(0).spans().isEmpty() ? null : week.get(0).spans().get(0);
            csv.row(Arrays.asList(cityCode, no++, prefecture, cityName, o.nameJa(), katakana(o.nameKana()),
                    o.nameCommon(),
                    o.poiCode(), o.address(), o.building(), o.latitude(), o.longitude(), o.phone(), o.extension(), null,
                    cityName,
                    days, first == null ? null : first.opens(), first == null ? null : first.closes(),
                    o.closedOnHolidays() ? "祝日・年末年始（12月29日～1月3日）を除く" : null, o.nameEn(), o.accessibility(), o.url(),
                    o.notes()));
        }
        return csv.toString();
    }

    public String procedures() {
        Csv csv = new Csv().row(List.of("手続きコード", "分類", "名称", "よみがな", "英語名", "手数料（円）", "手数料の説明", "処理期間",
                "所管課", "根拠法令", "持ち物", "状態"));
        for (Entry e : catalogue.snapshot().procedures().values()) {
            Procedure p = e.procedure();
            csv.row(Arrays.asList(p.code, e.category() == null ? null : e.category().nameJa, p.nameJa, p.nameKana,
                    p.nameEn,
                    p.feeYen, p.feeNote, p.processingTime, p.ownerSectionCode, p.legalBasis, p.whatToBring, p.status));
        }
        return csv.toString();
    }

    public String availability() {
        Snapshot s = catalogue.snapshot();
        Csv csv = new Csv().row(List.of("手続きコード", "手続き名", "場所キー", "場所名", "区コード", "取扱い", "条件", "区民のみ",
                "手数料（円）", "手数料の説明"));
        for (Entry e : s.procedures().values()) {
            for (Offer o : s.offersByProcedure().getOrDefault(e.procedure().code, List.of())) {
                Place place = s.placesByKey().get(o.place());
                csv.row(Arrays.asList(e.procedure().code, e.procedure().nameJa, o.place().toString(), place.nameJa(),
                        place.wardCode(), o.level(), o.conditionsJa(), o.residentsOnly() ? "はい" : "いいえ",
                        o.feeYen() != null ? o.feeYen() : e.procedure().feeYen, o.feeNote()));
            }
        }
        return csv.toString();
    }

    /** A JSON-LD document and the version of the record it describes (its ETag). */
    public record LinkedData(Map<String, Object> body, long version) {
    }

    /** schema.org GovernmentOffice with its regular hours and the special hours of the next 90 days. */
    public LinkedData governmentOffice(long officeId) {
        OfficeView o = offices.get(officeId);
        Place place = catalogue.snapshot().placesByKey().get(PlaceKey.office(officeId));
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "GovernmentOffice");
        ld.put("@id", "/api/v1/offices/" + o.id());
        ld.put("name", List.of(Map.of("@language", "ja", "@value", o.nameJa()),
                Map.of("@language", "en", "@value", o.nameEn())));
        ld.put("alternateName", o.nameKana());
        ld.put("telephone", o.phone());
        ld.put("url", o.url());
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("postalCode", o.postalCode());
        address.put("addressRegion", prefecture);
        address.put("addressLocality", cityName);
        address.put("streetAddress", o.address());
        address.put("addressCountry", "JP");
        ld.put("address", address);
        if (o.latitude() != null && o.longitude() != null) {
            ld.put("geo", Map.of("@type", "GeoCoordinates", "latitude", o.latitude(), "longitude", o.longitude()));
        }
        LocalDate today = BusinessTime.today();
        List<Map<String, Object>> regular = new ArrayList<>();
        for (WeeklyHours w : CounterService.regularWeek(place.periods(), today)) {
            for (TimeSpan span : w.spans()) {
                regular.add(hoursSpec(w.day(), span, null));
            }
        }
        ld.put("openingHoursSpecification", regular);
        List<Map<String, Object>> special = new ArrayList<>();
        for (Day day : OpeningCalendar.resolve(today, today.plusDays(SPECIAL_HOURS_DAYS - 1L), place.periods(),
                place.rules())) {
            if (day.kind() == DayKind.REGULAR || day.kind() == DayKind.NO_HOURS) {
                continue;
            }
            if (day.spans().isEmpty()) {
                Map<String, Object> closed = hoursSpec(null, null, day.date());
                closed.put("opens", "00:00");
                closed.put("closes", "00:00");
                closed.put("description", day.reasonJa());
                special.add(closed);
            }
            for (var span : day.spans()) {
                Map<String, Object> spec = hoursSpec(null, CounterService.timeSpan(span), day.date());
                spec.put("description", day.reasonJa());
                special.add(spec);
            }
        }
        ld.put("specialOpeningHoursSpecification", special);
        return new LinkedData(ld, o.version());
    }

    private static Map<String, Object> hoursSpec(DayOfWeek day, TimeSpan span, LocalDate date) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("@type", "OpeningHoursSpecification");
        if (day != null) {
            spec.put("dayOfWeek", "https://schema.org/" + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        if (date != null) {
            spec.put("validFrom", date.toString());
            spec.put("validThrough", date.toString());
        }
        if (span != null) {
            spec.put("opens", span.opens());
            spec.put("closes", span.closes().equals("24:00") ? "23:59" : span.closes());
        }
        return spec;
    }

    /** 名称_カナ is written in katakana in the standard. */
    static String katakana(String hiragana) {
        if (hiragana == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(hiragana.length());
        hiragana.codePoints().forEach(cp -> out.appendCodePoint(cp >= 0x3041 && cp <= 0x3096 ? cp + 0x60 : cp));
        return out.toString();
    }
}
