package jp.wardhub.queue;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.QueryParams;

/** The query parameters of an office's ticket list ({@code GET /api/v1/offices/{id}/tickets}), as they arrive. */
public record TicketQuery(
        @Parameter(description = "営業日 (business day, Asia/Tokyo); 省略すると今日 (today when left out)",
                example = "2026-12-03") @QueryParam("date") String date,
        @Parameter(description = "状態 (state)",
                schema = @Schema(implementation = TicketState.class)) @QueryParam("state") String state,
        @Parameter(description = "受付区分 ID (lane)", example = "1",
                schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @QueryParam("lane") String lane,
        @Parameter(description = "窓口の番号 (window number)", example = "3",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                        maximum = "999")) @QueryParam("window") String window,
        @Parameter(example = "0") @QueryParam("page") String page,
        @Parameter(example = "20") @QueryParam("size") String size) {

    /** The filters; a bad value is a 400 naming its parameter. */
    TicketService.Filter filter() {
        return new TicketService.Filter(BusinessTime.date("date", date, null),
                QueryParams.enumValue("state", state, TicketState.class), QueryParams.id("lane", lane),
                windowNumber());
    }

    PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }

    private Integer windowNumber() {
        Long n = QueryParams.id("window", window);
        if (n != null && (n < 1 || n > 999)) {
            throw ProblemException.invalid("window", "Range", "1〜999 を指定してください (1 to 999)");
        }
        return n == null ? null : n.intValue();
    }
}
