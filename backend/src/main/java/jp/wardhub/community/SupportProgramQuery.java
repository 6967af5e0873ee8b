package jp.wardhub.community;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.QueryParams;

/** The query parameters of the support programme list ({@code GET /api/v1/community/programs}), as they arrive. */
public record SupportProgramQuery(
        @Parameter(description = "この区の団体が申請できる制度 (open to this ward's groups)",
                example = "431010") @QueryParam("ward") String ward,
        @Parameter(description = "年度 (fiscal year)", example = "2026") @QueryParam("fiscalYear") String fiscalYear,
        @Parameter(example = "0") @QueryParam("page") String page,
        @Parameter(example = "20") @QueryParam("size") String size) {

    /** The filters: the ward trimmed (none when blank); a bad fiscal year is a 400 naming it. */
    SupportProgramService.Filter filter() {
        return new SupportProgramService.Filter(ward == null || ward.isBlank() ? null : ward.trim(),
                QueryParams.fiscalYear("fiscalYear", fiscalYear));
    }

    PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }
}
