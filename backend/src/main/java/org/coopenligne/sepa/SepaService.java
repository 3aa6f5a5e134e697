package org.coopenligne.sepa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopenligne.adhesion.AdhesionStatus;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.security.CurrentAccount;
import org.coopenligne.common.PageView;
import org.coopenligne.common.error.Problem;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.cooperative.CooperativeView;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.sepa.SepaDtos.BatchRequest;
import org.coopenligne.sepa.SepaDtos.BatchView;
import org.coopenligne.sepa.SepaDtos.CreditorUpdate;
import org.coopenligne.sepa.SepaDtos.CreditorView;
import org.coopenligne.sepa.SepaDtos.DebitCandidate;
import org.coopenligne.sepa.SepaDtos.DebitPreview;
import org.coopenligne.sepa.SepaDtos.MandateUpdate;
import org.coopenligne.sepa.SepaDtos.MandateView;
import org.coopenligne.tariff.PaymentMeans;

/**
 * SEPA direct debit: the cooperatives' mandates, the department's creditor identity, and the pain.008 files of the
 * validated adhesions that chose "prélèvement immédiat" or "prélèvement en décembre". Each file is recorded as a
 * batch with its debits, so that an adhesion already debited is left out of the next file (unless staff ask).
 */
@ApplicationScoped
@Transactional
public class SepaService {

    /** The payment means that are direct debits. */
    public static final Set<PaymentMeans> DIRECT_DEBIT = PaymentMeans.directDebits();

    @Inject Access access;
    @Inject AuditService audit;
    @Inject Clock clock;
    @Inject EntityManager em;
    @Inject CooperativeService cooperatives;

    // --- The cooperative's mandate ------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public MandateView mandate(long cooperativeId) {
        CooperativeView c = cooperative(cooperativeId);
        return view(c, SepaMandate.findById(cooperativeId));
    }

    public MandateView putMandate(long cooperativeId, MandateUpdate update) {
        CooperativeView c = cooperative(cooperativeId);
        CurrentAccount a = access.current();
        SepaMandate m = SepaMandate.findById(cooperativeId);
        if (m != null && (update.version() == null || update.version() != m.version)) {
            throw ProblemException.staleVersion();
        }
        String iban = checked("iban", SepaRules.ibanProblem(update.iban()), update.iban());
        String bic = checked("bic", SepaRules.bicProblem(update.bic()), update.bic());
        if (update.signatureDate().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("signatureDate", "La date de signature du mandat ne peut pas être dans le futur.");
        }
        String reference = update.reference() == null || update.reference().isBlank() ? proposedReference(c)
                : update.reference().trim().toUpperCase(java.util.Locale.ROOT);
        boolean taken = SepaMandate.count("departmentId = ?1 and reference = ?2 and cooperativeId <> ?3",
                c.departmentId(), reference, c.id()) > 0;
        if (taken) {
            String message = "La référence de mandat « " + reference + " » est déjà celle d'une autre coopérative du département : "
                    + "une référence (RUM) est unique pour le créancier.";
            throw new ProblemException(409, "mandate-reference-taken", "Conflit", message, List.of(new Problem.Violation("reference", message)));
        }
        MandateView before = m == null ? null : view(c, m);
        if (m == null) {
            m = new SepaMandate();
            m.cooperativeId = c.id();
            m.departmentId = c.departmentId();
        }
        m.iban = iban;
        m.bic = bic;
        m.reference = reference;
        m.signatureDate = update.signatureDate();
        m.updatedAt = clock.instant();
        m.updatedBy = a.login();
        m.persist();
        m.flush();
        MandateView after = view(c, m);
        audit.record(new AuditService.Change(before == null ? AuditAction.SEPA_MANDATE_CREATED : AuditAction.SEPA_MANDATE_UPDATED, "SepaMandate", c.id(),
                c.departmentId(), c.id(), before, after));
        return after;
    }

    /** "OCCE038-0107-2025": the department, the cooperative and the year; a suffix if another one has it already. */
    String proposedReference(CooperativeView c) {
        String base = "OCCE" + c.departmentCode() + "-" + c.number() + "-" + LocalDate.now(clock).getYear();
        String candidate = base;
        for (int n = 2; SepaMandate.count("departmentId = ?1 and reference = ?2 and cooperativeId <> ?3", c.departmentId(), candidate, c.id()) > 0; n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private MandateView view(CooperativeView c, SepaMandate m) {
        if (m == null) {
            return new MandateView(c.id(), c.code(), null, null, null, null, null, proposedReference(c), null, null, null);
        }
        return new MandateView(c.id(), c.code(), m.iban, SepaRules.mask(m.iban), m.bic, m.reference, m.signatureDate, m.reference,
                m.updatedAt, m.updatedBy, m.version);
    }

    private CooperativeView cooperative(long id) {
        CooperativeView c = cooperatives.find(id)
                .orElseThrow(() -> ProblemException.notFound("Aucune coopérative n'a le numéro " + id + "."));
        access.requireCooperative(c.departmentId(), c.id());
        return c;
    }

    private static String checked(String field, String problem, String value) {
        if (problem != null) {
            throw ProblemException.invalidField(field, problem);
        }
        return SepaRules.normalize(value);
    }

    // --- The department as creditor ------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public CreditorView creditor(DepartmentView d) {
        return view(d, SepaCreditor.findById(d.id()));
    }

    public CreditorView putCreditor(DepartmentView d, CreditorUpdate update) {
        SepaCreditor c = SepaCreditor.findById(d.id());
        if (c != null && (update.version() == null || update.version() != c.version)) {
            throw ProblemException.staleVersion();
        }
        String identifier = checked("identifier", SepaRules.creditorIdProblem(update.identifier()), update.identifier());
        String iban = checked("iban", SepaRules.ibanProblem(update.iban()), update.iban());
        String bic = checked("bic", SepaRules.bicProblem(update.bic()), update.bic());
        String name = SepaRules.latin(update.name(), 70);
        if (name.isEmpty()) {
            throw ProblemException.invalidField("name", "Le nom du créancier doit contenir des lettres ou des chiffres.");
        }
        CreditorView before = c == null ? null : view(d, c);
        if (c == null) {
            c = new SepaCreditor();
            c.departmentId = d.id();
        }
        c.name = update.name().trim();
        c.identifier = identifier;
        c.iban = iban;
        c.bic = bic;
        c.updatedAt = clock.instant();
        c.updatedBy = access.current().login();
        c.persist();
        c.flush();
        CreditorView after = view(d, c);
        audit.record(new AuditService.Change(before == null ? AuditAction.SEPA_CREDITOR_CREATED : AuditAction.SEPA_CREDITOR_UPDATED, "SepaCreditor",
                d.code(), d.id(), null, before, after));
        return after;
    }

    private static CreditorView view(DepartmentView d, SepaCreditor c) {
        return c == null ? new CreditorView(d.code(), null, null, null, null, null, null, null)
                : new CreditorView(d.code(), c.name, c.identifier, c.iban, c.bic, c.updatedAt, c.updatedBy, c.version);
    }

    // --- What to debit ------------------------------------------------------------------------------------

    /** One validated direct-debit adhesion with its cooperative and mandate (null fields when there is none). */
    record Row(long adhesionId, long cooperativeId, String cooperativeCode, String schoolName, PaymentMeans means, BigDecimal amount,
               boolean paymentReceived, String iban, String bic, String reference, LocalDate signatureDate) {}

    record Assessed(Row row, String refusal) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public DebitPreview preview(DepartmentView d, String schoolYear, Set<PaymentMeans> means, boolean includeDebited, int page, int size) {
        List<Assessed> all = assess(d.id(), schoolYear, means, includeDebited, null);
        List<Assessed> debitable = all.stream().filter(x -> x.refusal() == null).toList();
        List<DebitCandidate> ordered = all.stream()
                .sorted(Comparator.comparing((Assessed x) -> x.refusal() == null).thenComparing(x -> x.row().cooperativeCode()))
                .map(SepaService::candidate).toList();
        int from = Math.min(page * size, ordered.size());
        List<DebitCandidate> items = ordered.subList(from, Math.min(from + size, ordered.size()));
        return new DebitPreview(schoolYear, sorted(means), debitable.size(), total(debitable), all.size() - debitable.size(),
                SepaCreditor.findById(d.id()) != null, PageView.of(items, page, size, ordered.size()));
    }

    private List<Assessed> assess(long departmentId, String schoolYear, Set<PaymentMeans> means, boolean includeDebited, LocalDate collectionDate) {
        List<Object[]> tuples = em.createQuery("""
                select a.id, a.cooperativeId, a.cooperativeCode, c.schoolName, a.paymentMeans, a.submittedAmount, a.paymentReceived,
                       m.iban, m.bic, m.reference, m.signatureDate
                from Adhesion a join Cooperative c on c.id = a.cooperativeId
                     left join SepaMandate m on m.cooperativeId = a.cooperativeId
                where a.departmentId = :department and a.schoolYear = :year and a.status = :status and a.paymentMeans in :means
                order by a.cooperativeCode""", Object[].class)
                .setParameter("department", departmentId).setParameter("year", schoolYear)
                .setParameter("status", AdhesionStatus.VALIDATED).setParameter("means", means).getResultList();
        Map<Long, String> debited = new HashMap<>();
        em.createQuery("""
                select i.adhesionId, b.messageId, b.collectionDate from SepaBatchItem i join SepaBatch b on b.id = i.batchId
                where b.departmentId = :department and b.schoolYear = :year order by b.id""", Object[].class)
                .setParameter("department", departmentId).setParameter("year", schoolYear).getResultList()
                .forEach(t -> debited.put((Long) t[0], "Déjà dans le fichier " + t[1] + " (prélèvement du "
                        + ((LocalDate) t[2]).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")."));
        List<Assessed> out = new ArrayList<>(tuples.size());
        for (Object[] t : tuples) {
            Row r = new Row((Long) t[0], (Long) t[1], (String) t[2], (String) t[3], (PaymentMeans) t[4], (BigDecimal) t[5],
                    (Boolean) t[6], (String) t[7], (String) t[8], (String) t[9], (LocalDate) t[10]);
            out.add(new Assessed(r, refusal(r, includeDebited ? null : debited.get(r.adhesionId()), collectionDate)));
        }
        return out;
    }

    private static String refusal(Row r, String alreadyDebited, LocalDate collectionDate) {
        if (r.iban() == null) {
            return "Aucun mandat de prélèvement SEPA n'est enregistré pour cette coopérative.";
        }
        String ibanProblem = SepaRules.ibanProblem(r.iban());
        if (ibanProblem != null) {
            return "Le mandat enregistré n'est pas utilisable : " + ibanProblem;
        }
        if (SepaRules.bicProblem(r.bic()) != null) {
            return "Le mandat enregistré n'est pas utilisable : son BIC n'est pas valide.";
        }
        if (r.amount() == null) {
            return "Le montant de l'adhésion n'est pas connu (aucun barème lors de l'envoi) : rien à prélever.";
        }
        if (r.amount().signum() <= 0) {
            return "Le montant de l'adhésion est nul : rien à prélever.";
        }
        if (r.paymentReceived()) {
            return "Le paiement est déjà noté comme reçu dans la validation de l'adhésion.";
        }
        if (alreadyDebited != null) {
            return alreadyDebited;
        }
        if (collectionDate != null && r.signatureDate().isAfter(collectionDate)) {
            return "Le mandat est signé après la date de prélèvement demandée.";
        }
        return null;
    }

    private static DebitCandidate candidate(Assessed x) {
        Row r = x.row();
        return new DebitCandidate(r.adhesionId(), r.cooperativeId(), r.cooperativeCode(), r.schoolName(), r.means(), r.amount(),
                SepaRules.mask(r.iban()), r.reference(), x.refusal());
    }

    private static BigDecimal total(List<Assessed> debitable) {
        return debitable.stream().map(x -> x.row().amount()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    // --- The files ------------------------------------------------------------------------------------------

    public BatchView createBatch(DepartmentView d, BatchRequest request) {
        CurrentAccount a = access.current();
        String schoolYear = org.coopenligne.common.SchoolYears.parse(request.schoolYear()).label();
        Set<PaymentMeans> means = means(request.means());
        LocalDate today = LocalDate.now(clock);
        if (!request.collectionDate().isAfter(today)) {
            throw ProblemException.invalidField("collectionDate", "La date de prélèvement doit être postérieure à aujourd'hui "
                    + "(la banque a besoin d'au moins un jour ouvré).");
        }
        if (request.collectionDate().isAfter(today.plusYears(1))) {
            throw ProblemException.invalidField("collectionDate", "La date de prélèvement est à plus d'un an : vérifiez-la.");
        }
        // Locking the creditor serializes the files of a department: two clicks cannot put an adhesion in two files.
        SepaCreditor creditor = SepaCreditor.findById(d.id(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (creditor == null) {
            throw ProblemException.conflict("sepa-creditor-missing", "Renseignez d'abord le créancier SEPA du département "
                    + "(nom, identifiant créancier ICS, IBAN et BIC) : la banque en a besoin pour le fichier.");
        }
        List<Assessed> all = assess(d.id(), schoolYear, means, Boolean.TRUE.equals(request.includeDebited()), request.collectionDate());
        List<Row> debitable = all.stream().filter(x -> x.refusal() == null).map(Assessed::row).toList();
        if (debitable.isEmpty()) {
            throw ProblemException.conflict("sepa-nothing-to-debit", "Aucune adhésion validée n'est à prélever pour " + schoolYear
                    + (all.isEmpty() ? "." : " : " + all.size() + " sont écartées, voyez la raison de chacune dans la liste."));
        }
        Set<String> usedMandates = new HashSet<>();
        em.createQuery("""
                select distinct i.mandateReference, i.iban from SepaBatchItem i join SepaBatch b on b.id = i.batchId
                where b.departmentId = :department""", Object[].class)
                .setParameter("department", d.id()).getResultList().forEach(t -> usedMandates.add(t[0] + "|" + t[1]));

        SepaBatch batch = new SepaBatch();
        batch.departmentId = d.id();
        batch.schoolYear = schoolYear;
        batch.means = sorted(means).stream().map(Enum::name).collect(Collectors.joining(","));
        batch.collectionDate = request.collectionDate();
        batch.createdAt = clock.instant();
        batch.createdBy = a.login();
        batch.txCount = debitable.size();
        batch.controlSum = debitable.stream().map(Row::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        batch.creditorName = creditor.name;
        batch.creditorIdentifier = creditor.identifier;
        batch.creditorIban = creditor.iban;
        batch.creditorBic = creditor.bic;
        batch.messageId = java.util.UUID.randomUUID().toString().replace("-", "");
        batch.persist();
        batch.messageId = "OCCE" + d.code() + "-" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + batch.id;
        for (Row r : debitable) {
            SepaBatchItem i = new SepaBatchItem();
            i.batchId = batch.id;
            i.adhesionId = r.adhesionId();
            i.cooperativeId = r.cooperativeId();
            i.cooperativeCode = r.cooperativeCode();
            i.debtorName = SepaRules.latin("Cooperative scolaire " + r.schoolName(), 70);
            i.iban = r.iban();
            i.bic = r.bic();
            i.mandateReference = r.reference();
            i.signatureDate = r.signatureDate();
            // The mandate kept in the cooperative's identity serves year after year: it is a recurrent mandate, so the
            // first debit under it (or under a new account) is FRST and the following years' are RCUR. OOFF would mean a
            // one-off mandate that lapses after one debit, and a new signature every year.
            i.sequenceType = usedMandates.add(r.reference() + "|" + r.iban()) ? "FRST" : "RCUR";
            i.endToEndId = r.cooperativeCode() + "-" + schoolYear + "-" + batch.id;
            i.amount = r.amount();
            i.persist();
        }
        BatchView view = view(batch, all.size() - debitable.size());
        audit.record(new AuditService.Change(AuditAction.SEPA_BATCH_CREATED, "SepaBatch", batch.id, d.id(), null, null, view));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<BatchView> batches(DepartmentView d, int page, int size) {
        var query = SepaBatch.<SepaBatch>find("departmentId = ?1 order by createdAt desc, id desc", d.id());
        return PageView.of(query.page(page, size).stream().map(b -> view(b, 0)).toList(), page, size, query.count());
    }

    public record File(String name, byte[] content) {}

    /** The file of a batch, written again from the debits it recorded: the same bytes each time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public File file(DepartmentView d, long batchId) {
        SepaBatch batch = SepaBatch.findById(batchId);
        if (batch == null || !batch.departmentId.equals(d.id())) {
            throw ProblemException.notFound("Aucun fichier de prélèvement n'a le numéro " + batchId + " dans ce département.");
        }
        List<SepaBatchItem> items = SepaBatchItem.<SepaBatchItem>find("batchId = ?1 order by id", batchId).list();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + items.size() * 1024);
        Pain008Writer.write(batch, items, out);
        return new File(batch.messageId + ".xml", out.toByteArray());
    }

    private static BatchView view(SepaBatch b, int refused) {
        List<PaymentMeans> means = Arrays.stream(b.means.split(",")).map(PaymentMeans::valueOf).toList();
        return new BatchView(b.id, b.messageId, b.schoolYear, means, b.collectionDate, b.createdAt, b.createdBy, b.txCount,
                b.controlSum, refused);
    }

    /** The direct-debit means asked (both when none); any other means is a 400. */
    public static Set<PaymentMeans> means(java.util.Collection<PaymentMeans> asked) {
        if (asked == null || asked.isEmpty()) {
            return EnumSet.copyOf(DIRECT_DEBIT);
        }
        for (PaymentMeans m : asked) {
            if (m == null || !m.isDirectDebit()) {
                throw ProblemException.invalidField("means", "Seules les adhésions payées par prélèvement (DIRECT_DEBIT_NOW : "
                        + "prélèvement immédiat, DIRECT_DEBIT_DECEMBER : prélèvement en décembre) vont dans un fichier SEPA.");
            }
        }
        return EnumSet.copyOf(asked);
    }

    private static List<PaymentMeans> sorted(Set<PaymentMeans> means) {
        return means.stream().sorted().toList();
    }
}
