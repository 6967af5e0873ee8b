package jp.wardhub.voice;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.platform.Problem;

/**
 * GeoReport v2's own error answer: a list of {@code {code, description}}, the code being the HTTP status. Open311
 * clients expect it instead of a problem; {@link Open311ErrorFormat} turns every problem of an Open311 path into it.
 */
final class Open311Error {

    private Open311Error() {
    }

    @Schema(name = "Open311Error", description = "GeoReport v2 のエラー (an error in GeoReport's format)")
    record Item(@Schema(examples = "404") int code,
            @Schema(examples = "service_code: 存在しないサービスです: parking (unknown service_code)") String description) {
    }

    /** One error per field that broke a rule, named first; else the problem's detail, or its title when it has none. */
    static List<Item> of(Problem p) {
        if (p.errors() != null && !p.errors().isEmpty()) {
            return p.errors().stream().map(e -> new Item(p.status(), e.field() + ": " + e.message())).toList();
        }
        String description = p.detail() != null ? p.detail() : p.title() + " (" + p.titleEn() + ")";
        return List.of(new Item(p.status(), description));
    }
}
