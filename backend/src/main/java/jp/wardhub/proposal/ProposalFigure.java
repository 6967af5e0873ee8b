package jp.wardhub.proposal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 根拠となる数値: a figure a proposal rests on, e.g. 通学路のヒヤリハット報告 42 件. */
@Entity
@Table(name = "proposal_figure")
public class ProposalFigure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id", nullable = false)
    public Long proposalId;

    @Column(nullable = false)
    public String label;

    @Column(name = "figure", nullable = false)
    public BigDecimal value;

    public String unit;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
