package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import jp.wardhub.platform.SearchText;

/**
 * Fills {@code voice.public_search_text} (added by V17) for the voices already published: the reference, the
 * published text and the answer, folded as every search column is ({@link SearchText}), which SQL cannot do.
 */
public class V17_1__voice_public_search_text extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
                PreparedStatement update = context.getConnection()
                        .prepareStatement("UPDATE voice SET public_search_text = ? WHERE id = ?");
                ResultSet rows = select.executeQuery(
                        "SELECT id, reference, published_text, answer_text FROM voice WHERE publication = 'PUBLISHED'")) {
            int pending = 0;
            while (rows.next()) {
                update.setString(1, SearchText.of(rows.getString(2), rows.getString(3), rows.getString(4)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
                if (++pending == 500) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
