package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import jp.wardhub.platform.search.SearchKind;
import jp.wardhub.platform.search.SearchTerms;

/** Writes the search documents (V26) of the records that exist: their terms are made in Java, as the app makes them. */
public class V26_1__search_documents extends BaseJavaMigration {

    private static final Map<SearchKind, String> SOURCES = Map.of(
            SearchKind.VOICE, "SELECT id, search_text FROM voice",
            SearchKind.VOICE_PUBLIC, "SELECT id, public_search_text FROM voice WHERE public_search_text IS NOT NULL",
            SearchKind.PROPOSAL, "SELECT id, search_text FROM proposal",
            SearchKind.FAQ, "SELECT id, search_text FROM faq",
            SearchKind.DUTY, "SELECT id, search_text FROM duty",
            SearchKind.GROUP, "SELECT id, search_text FROM community_group",
            SearchKind.PROJECT, "SELECT id, search_text FROM community_project");

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection()
                .prepareStatement("INSERT INTO search_document (kind, owner_id, grams) VALUES (?, ?, ?)")) {
            for (Map.Entry<SearchKind, String> source : SOURCES.entrySet()) {
                try (Statement select = context.getConnection().createStatement();
                        ResultSet rows = select.executeQuery(source.getValue())) {
                    int pending = 0;
                    while (rows.next()) {
                        insert.setString(1, source.getKey().name());
                        insert.setLong(2, rows.getLong(1));
                        insert.setString(3, SearchTerms.document(source.getKey(), rows.getString(2)));
                        insert.addBatch();
                        if (++pending == 500) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        insert.executeBatch();
                    }
                }
            }
        }
    }
}
