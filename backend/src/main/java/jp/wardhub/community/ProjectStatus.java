package jp.wardhub.community;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.platform.ProblemException;

/**
 * 事業の状態, decided here and nowhere else: an idea (構想) is planned (計画中), started (実施中) and completed (完了); a
 * project being planned or carried out can be paused (休止) and resumed where it left off.
 */
@Schema(name = "CommunityProjectStatus", description = "まちづくり事業の状態 (project status)")
public enum ProjectStatus {
    /** 構想 */
    IDEA,
    /** 計画中 */
    PLANNING,
    /** 実施中 */
    ACTIVE,
    /** 完了 */
    COMPLETED,
    /** 休止 */
    PAUSED;

    @Schema(name = "CommunityProjectAction", description = "事業にいまできる操作 (an action on a project)")
    public enum Action {
        PLAN, START, COMPLETE, PAUSE, RESUME
    }

    public List<Action> allowed() {
        return switch (this) {
            case IDEA -> List.of(Action.PLAN);
            case PLANNING -> List.of(Action.START, Action.PAUSE);
            case ACTIVE -> List.of(Action.COMPLETE, Action.PAUSE);
            case PAUSED -> List.of(Action.RESUME);
            case COMPLETED -> List.of();
        };
    }

    /** The state after the action ({@code pausedFrom} is where a paused project resumes), or a 409 naming the allowed ones. */
    public ProjectStatus after(Action action, ProjectStatus pausedFrom) {
        if (!allowed().contains(action)) {
            throw ProblemException.illegalTransition("まちづくり事業", "project", this, action, allowed());
        }
        return switch (action) {
            case PLAN -> PLANNING;
            case START -> ACTIVE;
            case COMPLETE -> COMPLETED;
            case PAUSE -> PAUSED;
            case RESUME -> pausedFrom == null ? PLANNING : pausedFrom;
        };
    }
}
