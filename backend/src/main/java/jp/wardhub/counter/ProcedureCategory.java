package jp.wardhub.counter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 手続きの分類: a category of the procedure catalogue (住民票・戸籍, 国民健康保険, ...). */
@Entity
@Table(name = "procedure_category")
public class ProcedureCategory extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_ja", nullable = false)
    public String nameJa;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
