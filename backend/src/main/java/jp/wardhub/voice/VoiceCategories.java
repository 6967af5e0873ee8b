package jp.wardhub.voice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.panache.common.Sort;
import jp.wardhub.platform.Caches;
import jp.wardhub.voice.VoiceViews.CategoryView;

/**
 * The categories ({@link VoiceCategory}) as every list, statistic and filter reads them: a migration is the only thing
 * that changes them, and reading them per request was 8% of the public list's time at 1,000,000 voices.
 */
@ApplicationScoped
public class VoiceCategories {

    @CacheName("voices.categories")
    Cache cache;

    /** Every category by its code, in the order staff and residents choose from them; detached, not to be changed. */
    public Map<String, VoiceCategory> byCode() {
        return Caches.get(cache, "all", all -> {
            Map<String, VoiceCategory> byCode = new LinkedHashMap<>();
            VoiceCategory.<VoiceCategory>listAll(Sort.by("sortOrder")).forEach(c -> byCode.put(c.code, c));
            return Collections.unmodifiableMap(byCode);
        });
    }

    public boolean exists(String code) {
        return code != null && byCode().containsKey(code);
    }

    /** The categories as staff and residents choose from them, in their order. */
    public List<CategoryView> views() {
        return byCode().values().stream().map(VoiceCategories::view).toList();
    }

    /**
     * The view of a category by its code, over the categories as they are now, read once: call it once per list,
     * statistic or export and apply it per code. An unknown code (none today) is shown as its code.
     */
    public Function<String, CategoryView> viewer() {
        Map<String, VoiceCategory> byCode = byCode();
        return code -> {
            VoiceCategory c = byCode.get(code);
            return c == null ? new CategoryView(code, code, code, null) : view(c);
        };
    }

    private static CategoryView view(VoiceCategory c) {
        return new CategoryView(c.code, c.nameJa, c.nameEn, c.groupJa);
    }
}
