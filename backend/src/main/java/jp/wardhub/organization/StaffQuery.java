package jp.wardhub.organization;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.auth.Role;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.QueryParams;

/** The query parameters of the staff account list ({@code GET /api/v1/staff}), as they arrive. */
public record StaffQuery(
        @Parameter(description = "ユーザー名または氏名の一部 (part of the username or name)",
                example = "chuo") @QueryParam("q") String q,
        @Parameter(description = "役割 (role)",
                schema = @Schema(implementation = Role.class)) @QueryParam("role") String role,
        @Parameter(description = "所属する区 (ward code)", example = "431010") @QueryParam("ward") String ward,
        @Parameter(description = "所属する局 (bureau code)", example = "policy") @QueryParam("bureau") String bureau,
        @Parameter(description = "true: 有効なアカウントだけ、false: 無効にしたものだけ (active or deactivated accounts only)",
                schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("active") String active,
        @Parameter(example = "0") @QueryParam("page") String page,
        @Parameter(example = "20") @QueryParam("size") String size) {

    /** The filters; an unknown role, a malformed ward code or a non-boolean {@code active} is a 400 naming it. */
    public StaffService.Filter filter() {
        if (ward != null && !ward.isBlank() && !ward.trim().matches("\\d{6}")) {
            throw ProblemException.invalid("ward", "Pattern", "6 桁の区コードを指定してください (a six-digit ward code)");
        }
        return new StaffService.Filter(blankToNull(q), QueryParams.enumValue("role", role, Role.class),
                blankToNull(ward), blankToNull(bureau), QueryParams.flag("active", active));
    }

    public PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
