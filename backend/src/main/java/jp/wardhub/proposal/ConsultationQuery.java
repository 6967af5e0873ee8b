package jp.wardhub.proposal;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.QueryParams;

/**
 * The consultation list's filters as query parameters ({@code @BeanParam}). Taken as strings so that a bad value is a
 * 400 naming the parameter ({@link QueryParams}); {@link #filter()} parses them.
 */
public record ConsultationQuery(
        @Parameter(description = "回答受付中 (true) か締切後 (false) か (open for answers, or closed)",
                schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("open") String open,
        @Parameter(description = "この区コードの区がまだ回答していない協議だけ (only those this ward has not answered yet)",
                example = "431010") @QueryParam("unansweredBy") String unansweredBy) {

    /** The filters, parsed: a bad value is a 400 naming its parameter. */
    ConsultationService.Filter filter() {
        return new ConsultationService.Filter(QueryParams.flag("open", open), unansweredBy);
    }
}
