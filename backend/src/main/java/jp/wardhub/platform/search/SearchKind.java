package jp.wardhub.platform.search;

/**
 * What a {@link SearchDocument} indexes: the free text of one kind of record. Each kind writes its terms behind its
 * own letter, so the full-text index answers one kind's query from that kind's documents alone; the letters also
 * make every term three characters long (InnoDB's full-text minimum) and none of them an InnoDB stop word.
 */
public enum SearchKind {

    /** A voice as staff search it (区民の声). */
    VOICE('v', "searchText"),
    /** A voice as the public site searches it: the published text and answer only. */
    VOICE_PUBLIC('r', "publicSearchText"),
    /** A proposal (政策提案). */
    PROPOSAL('p', "searchText"),
    /** A question and answer (よくある質問). */
    FAQ('q', "searchText"),
    /** A duty of the division of duties (事務分担). */
    DUTY('d', "searchText"),
    /** A community group (地域団体). */
    GROUP('g', "searchText"),
    /** A community project (まちづくり事業). */
    PROJECT('k', "searchText");

    private final char letter;
    private final String property;

    SearchKind(char letter, String property) {
        this.letter = letter;
        this.property = property;
    }

    /** The letter in front of each of this kind's terms. */
    public char letter() {
        return letter;
    }

    /** The entity's {@code SearchText} property this kind indexes. */
    public String property() {
        return property;
    }
}
