package jp.wardhub.voice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * GeoReport v2's own error answer, for the OpenAPI document: a list of {@code {code, description}}, the code being
 * the HTTP status. Open311 clients expect it instead of a problem; {@link Open311ErrorFormat} turns every problem of an
 * Open311 path into it ({@link jp.wardhub.platform.GeoReportErrors}).
 */
final class Open311Error {

    private Open311Error() {
    }

    @Schema(name = "Open311Error", description = "GeoReport v2 のエラー (an error in GeoReport's format)")
    record Item(@Schema(examples = "404") int code,
            @Schema(examples = "service_code: 存在しないサービスです: parking (unknown service_code)") String description) {
    }
}
