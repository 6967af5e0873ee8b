package jp.wardhub.platform.openapi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.QueryParams;

/**
 * Declares the shared numeric query parameters as the integers they are, with the bounds their parsers enforce.
 * Resources take them as {@code String} so that a bad value is a 400 naming the parameter ({@link PageRequest},
 * {@link QueryParams#fiscalYear}), which the scanner would otherwise publish as {@code type: string}. The bounds are
 * read from the parsers' constants, so the contract cannot drift from what the API accepts.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD) // at build, so the stored openapi.yaml has them too
public class NumericQueryParameters implements OASFilter {

    private static final Map<String, Supplier<Schema>> SCHEMAS = Map.of(
            "page", () -> int32(0, PageRequest.MAX_OFFSET - 1).defaultValue(0),
            "size", () -> int32(1, PageRequest.MAX_SIZE).defaultValue(PageRequest.DEFAULT_SIZE),
            "fiscalYear", () -> int32(QueryParams.MIN_FISCAL_YEAR, QueryParams.MAX_FISCAL_YEAR));

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "page", "ページ番号、0 から。page × size は " + PageRequest.MAX_OFFSET + " 未満 (page, from 0; page × size under "
                    + PageRequest.MAX_OFFSET + ")",
            "size", "1 ページの件数 1〜" + PageRequest.MAX_SIZE + " (page size)");

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Supplier<Schema> schema = parameter.getIn() == Parameter.In.QUERY ? SCHEMAS.get(parameter.getName()) : null;
        if (schema == null) {
            return parameter;
        }
        parameter.setSchema(schema.get());
        if (parameter.getDescription() == null) {
            parameter.setDescription(DESCRIPTIONS.get(parameter.getName()));
        }
        // the scanner kept the example as text because the Java parameter is a String
        if (parameter.getExample() instanceof String example) {
            parameter.setExample(Integer.valueOf(example));
        }
        return parameter;
    }

    private static Schema int32(int minimum, int maximum) {
        return OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum));
    }
}
