package jp.wardhub.queue;

/** What happened on a floor, as boards and phones are told. */
public enum QueueEventKind {
    ISSUED,
    CALLED,
    RECALLED,
    STARTED,
    FINISHED,
    NO_SHOW,
    CANCELLED,
    TRANSFERRED,
    /** Windows or lanes changed: the board's open windows may differ. */
    FLOOR_CHANGED;
}
