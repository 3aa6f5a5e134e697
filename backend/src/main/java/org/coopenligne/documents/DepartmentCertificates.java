package org.coopenligne.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.coopenligne.common.PageView;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.department.DepartmentService;

/** The certificates a department issued in a school year, valid or revoked, newest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DepartmentCertificates {

    @Inject DepartmentService departments;
    @Inject EntityManager em;

    public PageView<CertificateRecord> list(String departmentCode, SchoolYear year, Boolean valid, int page, int size) {
        long departmentId = departments.authorize(departmentCode).id();
        String where = " where c.departmentId = :dept and c.schoolYear = :year"
                + (valid == null ? "" : valid ? " and c.revokedAt is null" : " and c.revokedAt is not null");
        List<Object[]> rows = em.createQuery("select c.verificationCode, c.kind, coop.departmentCode, coop.number, c.schoolYear,"
                        + " c.registrationCode, c.issuedAt, c.revokedAt from Certificate c join Cooperative coop on coop.id = c.cooperativeId"
                        + where + " order by c.issuedAt desc, c.id desc", Object[].class)
                .setParameter("dept", departmentId).setParameter("year", year.label())
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(c) from Certificate c" + where, Long.class)
                .setParameter("dept", departmentId).setParameter("year", year.label()).getSingleResult();
        List<CertificateRecord> items = rows.stream().map(r -> new CertificateRecord((String) r[0], (Certificate.Kind) r[1],
                r[2] + "-" + r[3], (String) r[4], (String) r[5], (Instant) r[6], r[7] == null, (Instant) r[7])).toList();
        return PageView.of(items, page, size, total);
    }
}
