package jp.wardhub.proposal;

/** Fired with every step on a proposal's timeline, so that remembered totals and statistics are dropped after commit. */
public record ProposalChanged(long proposalId) {
}
