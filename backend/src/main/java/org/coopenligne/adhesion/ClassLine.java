package org.coopenligne.adhesion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One class (or attached staff member) of an adhesion: its members are counted here. */
@Entity
@Table(name = "class_line")
public class ClassLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "class_line_seq")
    @SequenceGenerator(name = "class_line_seq", sequenceName = "class_line_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "adhesion_id")
    public Adhesion adhesion;

    /** Entry order, from 1. */
    @Column(nullable = false)
    public int position;

    @Column(name = "class_name", nullable = false, length = 80)
    public String className;

    @Column(length = 200)
    public String teachers;

    @Column(name = "teacher_email", length = 120)
    public String teacherEmail;

    @Column(nullable = false)
    public int adults;

    @Column(nullable = false)
    public int pupils;

    /** Carried over from last year: its counts are last year's until the mandataire confirms them. */
    @Column(name = "to_confirm", nullable = false)
    public boolean toConfirm;
}
