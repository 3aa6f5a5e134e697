package org.coopenligne.ledger.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.security.Access;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.cooperative.CooperativeView;
import org.coopenligne.ledger.EntryKind;
import org.coopenligne.ledger.LedgerDtos.EntryRequest;
import org.coopenligne.ledger.LedgerEntry;
import org.coopenligne.ledger.LedgerEntryView;
import org.coopenligne.ledger.LedgerMeans;
import org.coopenligne.ledger.LedgerService;
import org.coopenligne.ledger.Treasury;
import org.coopenligne.ledger.statement.StatementDtos.ColumnsRequest;
import org.coopenligne.ledger.statement.StatementDtos.EntryFromLineRequest;
import org.coopenligne.ledger.statement.StatementDtos.EntrySummary;
import org.coopenligne.ledger.statement.StatementDtos.ImportView;
import org.coopenligne.ledger.statement.StatementDtos.LineStatus;
import org.coopenligne.ledger.statement.StatementDtos.LineView;
import org.coopenligne.ledger.statement.StatementDtos.LinesView;
import org.coopenligne.ledger.statement.StatementDtos.MatchRequest;

/**
 * Bank statement import: the lines of an uploaded statement are kept once (a file again, or an overlapping
 * statement, adds nothing twice), each matched to the entry of the books it shows (same amount on the bank, a close
 * date, the same cheque number) or offered as a new entry; confirming ticks the entry at the line's date.
 */
@ApplicationScoped
@Transactional
public class StatementService {

    /** A cheque is debited weeks after it is written; a transfer may be booked a few days before the entry's date. */
    static final int DAYS_BEFORE = 90;
    static final int DAYS_AFTER = 7;

    @Inject CooperativeService cooperatives;
    @Inject LedgerService ledger;
    @Inject Access access;
    @Inject AuditService audit;
    @Inject Clock clock;

    // --- import -----------------------------------------------------------------------------------------------

    public ImportView importStatement(long cooperativeId, String fileName, byte[] bytes, ColumnsRequest columns) {
        CooperativeView c = requireMandataire(cooperativeId);
        StatementParser.Columns given = columns == null ? null
                : new StatementParser.Columns(blankToNull(columns.dateColumn()), blankToNull(columns.labelColumn()), blankToNull(columns.amountColumn()),
                        blankToNull(columns.debitColumn()), blankToNull(columns.creditColumn()));
        if (given != null && (given.date() != null || given.label() != null || given.amount() != null || given.debit() != null) && !given.complete()) {
            throw ProblemException.invalidField(given.date() == null ? "dateColumn" : given.label() == null ? "labelColumn" : "amountColumn",
                    "Indiquez la colonne de la date, celle du libellé, et celle du montant (ou celles du débit et du crédit).");
        }
        StatementParser.Parsed parsed = StatementParser.parse(bytes, given, names -> remembered(cooperativeId, names));
        if (given != null && given.complete()) {
            remember(cooperativeId, parsed.columns(), given);
        }

        Map<String, Integer> ranks = new HashMap<>();
        Map<String, StatementParser.Line> byFingerprint = new java.util.LinkedHashMap<>();
        for (StatementParser.Line l : parsed.lines()) {
            String key = l.date() + "|" + l.amount().toPlainString(); // not the label: banks word it differently in CSV, OFX and camt.053
            int rank = ranks.merge(key, 1, Integer::sum);
            byFingerprint.put(sha256(key + "|" + rank), l);
        }
        Set<String> known = new HashSet<>(BankLine.getEntityManager()
                .createQuery("select b.fingerprint from BankLine b where b.cooperativeId = ?1 and b.fingerprint in ?2", String.class)
                .setParameter(1, cooperativeId).setParameter(2, byFingerprint.keySet()).getResultList());

        BankStatementImport imported = new BankStatementImport();
        imported.cooperativeId = cooperativeId;
        imported.fileName = fileName == null || fileName.isBlank() ? "releve" : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        imported.format = parsed.format();
        imported.sha256 = sha256(bytes);
        imported.firstDate = parsed.lines().get(0).date();
        imported.lastDate = parsed.lines().get(parsed.lines().size() - 1).date();
        imported.lineCount = parsed.lines().size();
        imported.addedCount = byFingerprint.size() - known.size();
        imported.closingBalance = parsed.closingBalance();
        imported.closingDate = parsed.closingDate();
        imported.importedBy = access.current().login();
        imported.importedAt = clock.instant();
        imported.persist();
        for (Map.Entry<String, StatementParser.Line> e : byFingerprint.entrySet()) {
            if (known.contains(e.getKey())) {
                continue;
            }
            StatementParser.Line l = e.getValue();
            BankLine line = new BankLine();
            line.cooperativeId = cooperativeId;
            line.importId = imported.id;
            line.bookedOn = l.date();
            line.label = l.label().length() > 300 ? l.label().substring(0, 300) : l.label();
            line.amount = l.amount();
            line.chequeNumber = l.chequeNumber() == null || l.chequeNumber().length() > 20 ? null : l.chequeNumber();
            line.fingerprint = e.getKey();
            line.persist();
        }
        try {
            BankLine.getEntityManager().flush();
        } catch (PersistenceException e) {
            // the same statement imported at the same moment from another device: its lines are there once
            throw ProblemException.conflict("statement-import-concurrent",
                    "Ce relevé est en cours d'import depuis un autre appareil : rechargez la page pour voir ses lignes.");
        }
        ImportView view = view(imported);
        audit.record(new AuditService.Change(AuditAction.BANK_STATEMENT_IMPORTED, "BankStatementImport", imported.id, c.departmentId(),
                cooperativeId, null, view));
        return view;
    }

    private StatementParser.Columns remembered(long cooperativeId, List<String> names) {
        BankCsvColumns saved = BankCsvColumns.<BankCsvColumns>find("cooperativeId = ?1 and headerSignature = ?2", cooperativeId, signature(names))
                .firstResult();
        return saved == null ? null
                : new StatementParser.Columns(saved.dateColumn, saved.labelColumn, saved.amountColumn, saved.debitColumn, saved.creditColumn);
    }

    private void remember(long cooperativeId, List<String> names, StatementParser.Columns columns) {
        String signature = signature(names);
        BankCsvColumns saved = BankCsvColumns.<BankCsvColumns>find("cooperativeId = ?1 and headerSignature = ?2", cooperativeId, signature).firstResult();
        if (saved == null) {
            saved = new BankCsvColumns();
            saved.cooperativeId = cooperativeId;
            saved.headerSignature = signature;
        }
        saved.dateColumn = columns.date();
        saved.labelColumn = columns.label();
        saved.amountColumn = columns.amount();
        saved.debitColumn = columns.debit();
        saved.creditColumn = columns.credit();
        saved.updatedAt = clock.instant();
        saved.persist();
    }

    private static String signature(List<String> names) {
        return sha256(String.join("\u0001", names.stream().map(StatementParser::fold).toList()));
    }

    // --- reading --------------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public LinesView lines(long cooperativeId, SchoolYear year) {
        cooperatives.get(cooperativeId); // access check
        year = year == null ? SchoolYears.current(clock) : year;
        List<BankLine> lines = BankLine.<BankLine>find("cooperativeId = ?1 and bookedOn between ?2 and ?3 order by bookedOn, id", cooperativeId,
                year.firstDay(), year.lastDay()).list();
        Map<Long, LedgerEntry> entries = new HashMap<>();
        for (LedgerEntry e : LedgerEntry.<LedgerEntry>find("cooperativeId = ?1 and entryDate between ?2 and ?3", cooperativeId,
                year.firstDay().minusDays(DAYS_BEFORE), year.lastDay().plusDays(DAYS_AFTER)).list()) {
            entries.put(e.id, e);
        }
        Set<Long> taken = new HashSet<>(BankLine.getEntityManager()
                .createQuery("select b.entryId from BankLine b where b.cooperativeId = ?1 and b.entryId is not null", Long.class)
                .setParameter(1, cooperativeId).getResultList());
        Map<Long, LedgerEntry> suggestions = suggest(lines, entries, taken);
        List<LineView> views = new ArrayList<>();
        int matched = 0, suggested = 0;
        for (BankLine l : lines) {
            // the entries of the year's window are loaded once; only a linked entry outside it is read on its own
            LedgerEntry linked = l.entryId == null ? null : entries.containsKey(l.entryId) ? entries.get(l.entryId) : LedgerEntry.findById(l.entryId);
            LineView v = view(l, linked, suggestions.get(l.id));
            views.add(v);
            matched += v.status() == LineStatus.MATCHED ? 1 : 0;
            suggested += v.status() == LineStatus.SUGGESTED ? 1 : 0;
        }
        List<ImportView> imports = BankStatementImport.<BankStatementImport>find("cooperativeId = ?1 and lastDate >= ?2 and firstDate <= ?3 order by importedAt desc",
                cooperativeId, year.firstDay(), year.lastDay()).list().stream().map(StatementService::view).toList();
        return new LinesView(year.label(), views, matched, suggested, lines.size() - matched - suggested, imports);
    }

    /**
     * For each line not confirmed, the entry it most likely shows: same movement on the bank, not taken by another line
     * (ticked by hand or not), dated up to 90 days before the line (a cheque) or 7 days after; the same cheque number first, then
     * the closest date. Each entry is offered once, to the earliest line.
     */
    static Map<Long, LedgerEntry> suggest(List<BankLine> lines, Map<Long, LedgerEntry> entries, Set<Long> taken) {
        Map<Long, LedgerEntry> out = new HashMap<>();
        Set<Long> used = new HashSet<>(taken);
        for (BankLine l : lines) {
            LedgerEntry linked = l.entryId == null ? null : entries.get(l.entryId);
            if (linked != null && linked.clearedOn != null) {
                continue;
            }
            LedgerEntry best = null;
            long bestScore = Long.MAX_VALUE;
            for (LedgerEntry e : entries.values()) {
                // an entry ticked by hand (not from a line) is offered too: confirming links it to its line
                if ((used.contains(e.id) && !e.id.equals(l.entryId)) || e.bankMovement().compareTo(l.amount) != 0) {
                    continue;
                }
                long days = ChronoUnit.DAYS.between(e.entryDate, l.bookedOn);
                if (days > DAYS_BEFORE || days < -DAYS_AFTER) {
                    continue;
                }
                boolean sameCheque = l.chequeNumber != null && e.chequeNumber != null
                        && stripZeros(l.chequeNumber).equals(stripZeros(e.chequeNumber));
                long score = (sameCheque ? 0 : 1_000) + Math.abs(days) * 2 + (days < 0 ? 1 : 0);
                if (score < bestScore || (score == bestScore && best != null && e.id < best.id)) {
                    best = e;
                    bestScore = score;
                }
            }
            if (best != null) {
                out.put(l.id, best);
                used.add(best.id);
            }
        }
        return out;
    }

    private static String stripZeros(String cheque) {
        String s = cheque.replaceFirst("^0+", "");
        return s.isEmpty() ? "0" : s;
    }

    // --- confirming -----------------------------------------------------------------------------------------------

    /** "C'est bien elle": the line shows that entry; the entry is ticked at the line's date (or its own, if later). */
    public LineView match(long lineId, MatchRequest r) {
        BankLine line = load(lineId, r.version());
        CooperativeView c = requireMandataire(line.cooperativeId);
        LedgerEntry e = LedgerEntry.findById(r.entryId());
        if (e == null || !e.cooperativeId.equals(line.cooperativeId)) {
            throw ProblemException.invalidField("entryId", "Cette opération n'est pas dans le cahier de la coopérative.");
        }
        if (line.entryId != null && line.entryId.equals(e.id) && e.clearedOn != null) {
            throw ProblemException.conflict("bank-line-matched", "Cette ligne du relevé est déjà pointée avec cette opération.");
        }
        if (e.bankMovement().compareTo(line.amount) != 0) {
            throw ProblemException.invalidField("entryId", "L'opération n° " + e.voucherNumber + " fait " + money(e.bankMovement())
                    + " à la banque, la ligne du relevé " + money(line.amount) + " : ce n'est pas la même.");
        }
        BankLine other = BankLine.<BankLine>find("entryId = ?1 and id <> ?2", e.id, line.id).firstResult();
        if (other != null) {
            throw ProblemException.conflict("bank-entry-taken", "L'opération n° " + e.voucherNumber + " est déjà pointée avec la ligne « "
                    + other.label + " » du " + other.bookedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".");
        }
        return confirm(line, e, c);
    }

    /** "Écrire l'opération": a line with nothing in the books becomes an entry (its date, amount and bank side), ticked. */
    public LineView createEntry(long lineId, EntryFromLineRequest r) {
        BankLine line = load(lineId, r.version());
        CooperativeView c = requireMandataire(line.cooperativeId);
        if (line.entryId != null) {
            LedgerEntry linked = LedgerEntry.findById(line.entryId);
            if (linked != null && linked.clearedOn != null) {
                throw ProblemException.conflict("bank-line-matched", "Cette ligne du relevé est déjà pointée avec l'opération n° " + linked.voucherNumber + ".");
            }
        }
        boolean in = line.amount.signum() > 0;
        if ((r.kind() == EntryKind.INCOME && !in) || (r.kind() == EntryKind.CHARGE && in)) {
            throw ProblemException.invalidField("kind", in ? "Cette ligne est un crédit sur le compte : c'est une recette (ou un versement de la caisse)."
                    : "Cette ligne est un débit du compte : c'est une dépense (ou un retrait vers la caisse).");
        }
        LedgerMeans means = r.kind() == EntryKind.TRANSFER ? LedgerMeans.CASH : r.means() != null ? r.means() : suggestedMeans(line, r.kind());
        if (r.kind() != EntryKind.TRANSFER && means == LedgerMeans.CASH) {
            throw ProblemException.invalidField("means", "Une ligne du relevé est passée par la banque : choisissez chèque, virement, prélèvement ou carte.");
        }
        String label = r.label() != null && !r.label().isBlank() ? r.label().trim() : line.label.length() > 200 ? line.label.substring(0, 200) : line.label;
        Treasury leaves = r.kind() == EntryKind.TRANSFER ? (in ? Treasury.CASH : Treasury.BANK) : null;
        EntryRequest request = new EntryRequest(null, line.bookedOn, label, line.amount.abs(), r.kind(), means, leaves,
                means == LedgerMeans.CHEQUE ? line.chequeNumber : null, r.kind() == EntryKind.TRANSFER ? List.of() : r.parts(), null, null, null);
        LedgerEntryView created = ledger.create(line.cooperativeId, null, request);
        return confirm(line, LedgerEntry.findById(created.id()), c);
    }

    /** "Dépointer": the line no longer shows that entry, which is unticked. */
    public LineView unmatch(long lineId, Integer version) {
        BankLine line = load(lineId, version);
        CooperativeView c = requireMandataire(line.cooperativeId);
        if (line.entryId == null) {
            throw ProblemException.conflict("bank-line-not-matched", "Cette ligne du relevé n'est pointée avec aucune opération.");
        }
        LedgerEntry e = LedgerEntry.findById(line.entryId);
        EntrySummary before = e == null ? null : summary(e);
        if (e != null && e.clearedOn != null) {
            ledger.clear(e.id, e.version, null);
        }
        line.entryId = null;
        BankLine.getEntityManager().flush();
        audit.record(new AuditService.Change(AuditAction.BANK_LINE_UNMATCHED, "BankLine", line.id, c.departmentId(), line.cooperativeId,
                before, null));
        return view(line, null, null);
    }

    private LineView confirm(BankLine line, LedgerEntry e, CooperativeView c) {
        LocalDate on = line.bookedOn.isBefore(e.entryDate) ? e.entryDate : line.bookedOn;
        ledger.clear(e.id, e.version, on);
        line.entryId = e.id;
        BankLine.getEntityManager().flush();
        LedgerEntry ticked = LedgerEntry.findById(e.id);
        LineView view = view(line, ticked, null);
        audit.record(new AuditService.Change(AuditAction.BANK_LINE_MATCHED, "BankLine", line.id, c.departmentId(), line.cooperativeId, null, view));
        return view;
    }

    // --- views and helpers ---------------------------------------------------------------------------------------

    private static LineView view(BankLine l, LedgerEntry linked, LedgerEntry suggestion) {
        EntryKind kind = suggestedKind(l);
        LineStatus status = linked != null && linked.clearedOn != null ? LineStatus.MATCHED
                : suggestion != null ? LineStatus.SUGGESTED : LineStatus.NEW;
        LedgerEntry shown = status == LineStatus.MATCHED ? linked : suggestion;
        return new LineView(l.id, l.bookedOn, l.label, l.amount, l.chequeNumber, status, shown == null ? null : summary(shown), kind,
                kind == EntryKind.TRANSFER ? LedgerMeans.CASH : suggestedMeans(l, kind), l.version);
    }

    private static EntrySummary summary(LedgerEntry e) {
        return new EntrySummary(e.id, e.voucherNumber, e.entryDate, e.label, e.bankMovement(), e.chequeNumber, e.clearedOn, e.version);
    }

    private static ImportView view(BankStatementImport i) {
        return new ImportView(i.id, i.fileName, i.format, i.firstDate, i.lastDate, i.lineCount, i.addedCount, i.closingBalance, i.closingDate,
                i.importedBy, i.importedAt);
    }

    /** Cash paid in ("VERSEMENT ESPECES") or withdrawn is a transfer with the cash box; otherwise the line's sign says. */
    static EntryKind suggestedKind(BankLine l) {
        String f = StatementParser.fold(l.label);
        if (l.amount.signum() > 0) {
            return f.contains("VERSEMENT ESP") || f.contains("DEPOT ESP") || f.contains("REMISE ESP") ? EntryKind.TRANSFER : EntryKind.INCOME;
        }
        return f.startsWith("RETRAIT") || f.contains(" RETRAIT ") ? EntryKind.TRANSFER : EntryKind.CHARGE;
    }

    static LedgerMeans suggestedMeans(BankLine l, EntryKind kind) {
        String f = StatementParser.fold(l.label);
        if (l.chequeNumber != null || f.contains("CHEQUE") || f.startsWith("CHQ")) {
            return LedgerMeans.CHEQUE;
        }
        if (f.startsWith("PRLV") || f.contains("PRELEVEMENT")) {
            return LedgerMeans.DIRECT_DEBIT;
        }
        if (f.startsWith("CB ") || f.startsWith("CARTE") || f.contains(" CB ")) {
            return LedgerMeans.CARD;
        }
        return LedgerMeans.TRANSFER;
    }

    private BankLine load(long lineId, Integer version) {
        BankLine line = BankLine.findById(lineId);
        if (line == null) {
            throw ProblemException.notFound("Cette ligne de relevé n'existe pas (ou plus).");
        }
        cooperatives.get(line.cooperativeId); // 403 for another cooperative
        if (version != null && version != line.version) {
            throw ProblemException.staleVersion();
        }
        return line;
    }

    private CooperativeView requireMandataire(long cooperativeId) {
        CooperativeView c = cooperatives.get(cooperativeId); // 403 for another cooperative
        if (!access.current().isMandataire()) {
            throw ProblemException.forbidden("Seul le mandataire de la coopérative importe ses relevés et pointe son cahier.");
        }
        return c;
    }

    private static String money(BigDecimal amount) {
        return org.coopenligne.common.money.Money.of(amount).format();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
