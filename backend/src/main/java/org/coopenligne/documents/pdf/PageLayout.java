package org.coopenligne.documents.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.util.Matrix;

/**
 * A top-to-bottom flow of blocks on A4 pages, with the department's header on each page and, once
 * everything is laid out, a footer with its contact and "Page i / n". A block that does not fit
 * what is left of a page starts a new one, so long texts never run off the page.
 * Not thread-safe: one per document.
 */
final class PageLayout {

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN_X = 50;
    private static final float BOTTOM = 64;

    static final Color ACCENT = new Color(0x1d, 0x46, 0x7a);
    static final Color ACCENT_TINT = new Color(0xed, 0xf2, 0xf8);
    static final Color TEXT = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x5c, 0x63, 0x6b);
    static final Color RULE = new Color(0xc4, 0xca, 0xd1);

    static final float BODY = 10;
    static final float LEADING = 13f;
    private static final float ROW_LEADING = 12.5f;

    private final PDDocument document;
    private final PdfFonts.DocumentFonts fonts;
    private final DepartmentBlock department;
    /** Everything is drawn at this scale: below 1, more fits on the page (see the renderer's one-page rule). */
    private final float scale;
    /** The page as the layout sees it, in points before scaling. */
    private final float pageWidth;
    private final float pageHeight;
    private final float top;
    private final float width;
    private final List<PDPageContentStream> streams = new ArrayList<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    private float y;

    PageLayout(PDDocument document, PdfFonts.DocumentFonts fonts, DepartmentBlock department, float scale) throws IOException {
        this.document = document;
        this.fonts = fonts;
        this.department = department;
        this.scale = scale;
        this.pageWidth = A4.getWidth() / scale;
        this.pageHeight = A4.getHeight() / scale;
        this.top = pageHeight - 40;
        this.width = pageWidth - 2 * MARGIN_X;
        newPage();
    }

    int pageCount() {
        return pages.size();
    }

    PDFont regular() {
        return fonts.regular();
    }

    PDFont bold() {
        return fonts.bold();
    }

    /** What the fonts can draw: no control characters, "?" for a character DejaVu Sans lacks. */
    String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t' || cp == '\r' || Character.isWhitespace(cp) && cp != '\u00A0' && cp != '\u202F') {
                out.append(' ');
            } else if (Character.isISOControl(cp)) {
                // dropped
            } else if (fonts.canDisplay(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    // ---------------------------------------------------------------- pages

    private void newPage() throws IOException {
        PDPage page = new PDPage(A4);
        document.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(document, page);
        streams.add(cs);
        if (scale != 1f) {
            cs.transform(Matrix.getScaleInstance(scale, scale));
        }
        y = drawHeader();
    }

    /** Starts a new page unless {@code height} points are left on this one. */
    void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void space(float points) {
        y -= points;
    }

    float y() {
        return y;
    }

    private float drawHeader() throws IOException {
        float left = MARGIN_X;
        float right = pageWidth - MARGIN_X;
        float leftWidth = width * 0.62f;
        float rightWidth = width - leftWidth - 12;

        float ly = top;
        for (String line : firstLines(TextWrap.wrap(clean(department.name()), bold(), 13, leftWidth), 2)) {
            ly -= 13;
            text(left, ly, line, bold(), 13, ACCENT);
            ly -= 3;
        }
        ly -= 10;
        text(left, ly, "Office Central de la Coopération à l'École", regular(), 8, MUTED);
        ly -= 2;
        for (String line : List.of(clean(department.addressLine()), clean(joined(" ", department.postalCode(), department.city())))) {
            if (!line.isBlank()) {
                ly -= 11;
                text(left, ly, fit(line, regular(), 9, leftWidth), regular(), 9, TEXT);
            }
        }

        float ry = top;
        List<String> contact = new ArrayList<>();
        if (notBlank(department.code())) {
            contact.add("Département " + clean(department.code()));
        }
        if (notBlank(department.phone())) {
            contact.add("Tél. " + clean(department.phone()));
        }
        if (notBlank(department.email())) {
            contact.add(clean(department.email()));
        }
        for (String line : contact) {
            ry -= 11;
            String shown = fit(line, regular(), 9, rightWidth);
            text(right - TextWrap.width(regular(), 9, shown), ry, shown, regular(), 9, MUTED);
        }

        float ruleY = Math.min(ly, ry) - 10;
        line(left, ruleY, right, ruleY, ACCENT, 1.2f);
        return ruleY - 22;
    }

    /** Draws every page's footer and closes the content streams; call once, before saving. */
    void finish() throws IOException {
        String contact = clean(joined(" · ", department.name(),
                joined(", ", department.addressLine(), joined(" ", department.postalCode(), department.city())),
                department.email(), notBlank(department.phone()) ? "Tél. " + department.phone() : null));
        float pageLabelWidth = 60;
        List<String> contactLines = firstLines(TextWrap.wrap(contact, regular(), 7.5f, width - pageLabelWidth - 10), 2);
        for (int i = 0; i < streams.size(); i++) {
            cs = streams.get(i);
            float ruleY = 48;
            line(MARGIN_X, ruleY, pageWidth - MARGIN_X, ruleY, RULE, 0.6f);
            float ty = ruleY - 11;
            for (String line : contactLines) {
                text(MARGIN_X, ty, line, regular(), 7.5f, MUTED);
                ty -= 9.5f;
            }
            String pageLabel = "Page " + (i + 1) + " / " + streams.size();
            float w = TextWrap.width(regular(), 7.5f, pageLabel);
            text(pageWidth - MARGIN_X - w, ruleY - 11, pageLabel, regular(), 7.5f, MUTED);
            cs.close();
        }
    }

    // ---------------------------------------------------------------- blocks

    /** The document's title, centred, then its subtitle lines. */
    void title(String title, String... subtitles) throws IOException {
        for (String line : TextWrap.wrap(clean(title), bold(), 15, width)) {
            ensure(20);
            centered(line, bold(), 15, ACCENT, y - 15);
            y -= 20;
        }
        y -= 2;
        for (String subtitle : subtitles) {
            for (String line : TextWrap.wrap(clean(subtitle), regular(), 10.5f, width)) {
                ensure(15);
                centered(line, regular(), 10.5f, MUTED, y - 10.5f);
                y -= 14.5f;
            }
        }
        y -= 8;
    }

    /** A section heading with a thin rule under it; keeps at least one more line with it. */
    void section(String heading) throws IOException {
        ensure(46);
        y -= 8;
        text(MARGIN_X, y - 11, clean(heading), bold(), 11, ACCENT);
        y -= 14;
        line(MARGIN_X, y, MARGIN_X + width, y, RULE, 0.5f);
        y -= 6;
    }

    void paragraph(String text) throws IOException {
        paragraph(text, regular(), BODY, TEXT, 0);
    }

    void paragraph(String text, PDFont font, float size, Color color, float indent) throws IOException {
        float leading = size * 1.38f;
        for (String line : TextWrap.wrap(clean(text), font, size, width - indent)) {
            ensure(leading);
            text(MARGIN_X + indent, y - size, line, font, size, color);
            y -= leading;
        }
        y -= 3;
    }

    /** A bulleted paragraph. */
    void bullet(String text) throws IOException {
        float indent = 14;
        List<String> lines = TextWrap.wrap(clean(text), regular(), BODY, width - indent);
        for (int i = 0; i < lines.size(); i++) {
            ensure(LEADING);
            if (i == 0) {
                text(MARGIN_X + 3, y - BODY, "•", regular(), BODY, ACCENT);
            }
            text(MARGIN_X + indent, y - BODY, lines.get(i), regular(), BODY, TEXT);
            y -= LEADING;
        }
        y -= 1;
    }

    /** A square to tick, followed by its label. */
    void checkbox(String label) throws IOException {
        ensure(LEADING + 2);
        float size = 9;
        cs.setStrokingColor(TEXT);
        cs.setLineWidth(0.7f);
        cs.addRect(MARGIN_X + 2, y - BODY, size, size);
        cs.stroke();
        for (String line : TextWrap.wrap(clean(label), regular(), BODY, width - 18)) {
            ensure(LEADING);
            text(MARGIN_X + 18, y - BODY, line, regular(), BODY, TEXT);
            y -= LEADING;
        }
        y -= 2;
    }

    /** One label/value line of a description list: the label on the left, the value wrapped on the right. */
    void row(String label, String value) throws IOException {
        row(label, value, false);
    }

    void row(String label, String value, boolean strong) throws IOException {
        float labelWidth = 170;
        float valueWidth = width - labelWidth;
        PDFont valueFont = strong ? bold() : regular();
        List<String> labelLines = TextWrap.wrap(clean(label), regular(), 9.5f, labelWidth - 10);
        List<String> valueLines = TextWrap.wrap(clean(value == null || value.isBlank() ? "—" : value), valueFont, BODY, valueWidth);
        int count = Math.max(labelLines.size(), valueLines.size());
        ensure(count * ROW_LEADING);
        for (int i = 0; i < count; i++) {
            if (i < labelLines.size()) {
                text(MARGIN_X, y - BODY, labelLines.get(i), regular(), 9.5f, MUTED);
            }
            if (i < valueLines.size()) {
                text(MARGIN_X + labelWidth, y - BODY, valueLines.get(i), valueFont, BODY, TEXT);
            }
            y -= ROW_LEADING;
        }
        y -= 1.5f;
    }

    /**
     * A tinted, framed box holding a bold first line and a paragraph; when {@code url} is given the
     * paragraph is a link to it.
     */
    void box(String heading, String body, String url) throws IOException {
        float pad = 10;
        float inner = width - 2 * pad;
        List<String> headingLines = TextWrap.wrap(clean(heading), bold(), 11, inner);
        List<String> bodyLines = TextWrap.wrap(clean(body), regular(), 9.5f, inner);
        float height = pad + headingLines.size() * 15 + 3 + bodyLines.size() * 13 + pad - 2;
        ensure(height + 6);
        y -= 4;
        float top = y;
        cs.setNonStrokingColor(ACCENT_TINT);
        cs.addRect(MARGIN_X, top - height, width, height);
        cs.fill();
        cs.setStrokingColor(ACCENT);
        cs.setLineWidth(0.8f);
        cs.addRect(MARGIN_X, top - height, width, height);
        cs.stroke();
        float ty = top - pad;
        for (String line : headingLines) {
            text(MARGIN_X + pad, ty - 11, line, bold(), 11, ACCENT);
            ty -= 15;
        }
        ty -= 3;
        float bodyTop = ty;
        for (String line : bodyLines) {
            text(MARGIN_X + pad, ty - 9.5f, line, regular(), 9.5f, TEXT);
            ty -= 13;
        }
        if (url != null && !url.isBlank()) {
            link(MARGIN_X + pad, ty, inner, bodyTop - ty, url);
        }
        y = top - height - 6;
    }

    /** Side-by-side signature boxes: a caption at the top of each, an optional note under it. */
    void signatureBoxes(float height, String[] captions, String[] notes) throws IOException {
        float gap = 14;
        int n = captions.length;
        float w = (width - gap * (n - 1)) / n;
        ensure(height + 4);
        y -= 4;
        for (int i = 0; i < n; i++) {
            float x = MARGIN_X + i * (w + gap);
            cs.setStrokingColor(RULE);
            cs.setLineWidth(0.8f);
            cs.addRect(x, y - height, w, height);
            cs.stroke();
            float ty = y - 6;
            for (String line : firstLines(TextWrap.wrap(clean(captions[i]), bold(), 9, w - 12), 2)) {
                text(x + 6, ty - 9, line, bold(), 9, TEXT);
                ty -= 12;
            }
            if (notes != null && i < notes.length && notes[i] != null) {
                for (String line : firstLines(TextWrap.wrap(clean(notes[i]), regular(), 8, w - 12), 2)) {
                    text(x + 6, ty - 8, line, regular(), 8, MUTED);
                    ty -= 10;
                }
            }
        }
        y -= height + 6;
    }

    /**
     * A grid to fill in by hand: a header row, then one row per field with its label in the first
     * column and empty cells in the others.
     */
    void formGrid(String[] headers, String[] fields, float[] rowHeights, float labelWidth) throws IOException {
        int columns = headers.length;
        float cell = (width - labelWidth) / columns;
        float headerHeight = 18;
        float total = headerHeight;
        for (float h : rowHeights) {
            total += h;
        }
        ensure(total + 4);
        float top = y;
        cs.setNonStrokingColor(ACCENT_TINT);
        cs.addRect(MARGIN_X + labelWidth, top - headerHeight, width - labelWidth, headerHeight);
        cs.fill();
        for (int c = 0; c < columns; c++) {
            String shown = fit(clean(headers[c]), bold(), 9, cell - 8);
            float x = MARGIN_X + labelWidth + c * cell;
            text(x + (cell - TextWrap.width(bold(), 9, shown)) / 2, top - 12.5f, shown, bold(), 9, ACCENT);
        }
        float rowTop = top - headerHeight;
        for (int r = 0; r < fields.length; r++) {
            text(MARGIN_X + 4, rowTop - 12.5f, fit(clean(fields[r]), regular(), 9, labelWidth - 8), regular(), 9, MUTED);
            rowTop -= rowHeights[r];
        }
        cs.setStrokingColor(RULE);
        cs.setLineWidth(0.6f);
        // horizontal lines
        line(MARGIN_X + labelWidth, top, MARGIN_X + width, top, RULE, 0.6f);
        float ly = top - headerHeight;
        line(MARGIN_X, ly, MARGIN_X + width, ly, RULE, 0.6f);
        for (float h : rowHeights) {
            ly -= h;
            line(MARGIN_X, ly, MARGIN_X + width, ly, RULE, 0.6f);
        }
        // vertical lines
        float bottom = top - total;
        line(MARGIN_X, top - headerHeight, MARGIN_X, bottom, RULE, 0.6f);
        for (int c = 0; c <= columns; c++) {
            float x = MARGIN_X + labelWidth + c * cell;
            line(x, top, x, bottom, RULE, 0.6f);
        }
        y = bottom - 8;
    }

    // ---------------------------------------------------------------- tables

    /** A column of a {@link #table}: its header, its share of the page's width, right-aligned (amounts) or not. */
    record Column(String header, float weight, boolean right) {}

    /** A row of a {@link #table}: its cells (a cell may wrap over several lines), bold or not, tinted or not. */
    record Row(String[] cells, boolean bold, boolean tinted) {
        static Row of(String... cells) {
            return new Row(cells, false, false);
        }
    }

    /**
     * A table that flows over as many pages as it needs: its header row is repeated at the top of each page and,
     * when {@code carried} is given, a page ends with the row it gives for the rows drawn so far (« À reporter ») and
     * the next one starts with the same figures (« Report »). The carried row depends on where the page breaks, which
     * only the layout knows: that is why the ledger is drawn here rather than from an HTML template.
     *
     * @param carried the carried-forward row after the first {@code n} body rows, labelled « À reporter » at the foot
     *                of a page and « Report » at the head of the next; null for none
     * @param last    rows drawn after the body (the totals), kept together on the last page
     */
    void table(List<Column> columns, List<Row> body, Carried carried, List<Row> last) throws IOException {
        float size = 8;
        float leading = 10;
        float pad = 3;
        float totalWeight = 0;
        for (Column c : columns) {
            totalWeight += c.weight();
        }
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width * columns.get(i).weight() / totalWeight;
        }
        Row header = new Row(columns.stream().map(Column::header).toArray(String[]::new), true, true);
        float carryHeight = carried == null ? 0 : height(carried.row(0, "À reporter"), widths, size, leading, pad);
        float lastHeight = 0;
        for (Row r : last) {
            lastHeight += height(r, widths, size, leading, pad);
        }
        ensure(height(header, widths, size, leading, pad) + (body.isEmpty() ? 0 : height(body.get(0), widths, size, leading, pad)) + carryHeight);
        drawRow(header, columns, widths, size, leading, pad);
        for (int i = 0; i < body.size(); i++) {
            Row r = body.get(i);
            float h = height(r, widths, size, leading, pad);
            // the last body row keeps the totals with it; any other row leaves room for the « À reporter » line
            float needed = h + (i == body.size() - 1 ? lastHeight : carryHeight);
            if (y - needed < BOTTOM && i > 0) {
                if (carried != null) {
                    drawRow(carried.row(i, "À reporter"), columns, widths, size, leading, pad);
                }
                newPage();
                drawRow(header, columns, widths, size, leading, pad);
                if (carried != null) {
                    drawRow(carried.row(i, "Report"), columns, widths, size, leading, pad);
                }
            }
            drawRow(r, columns, widths, size, leading, pad);
        }
        if (y - lastHeight < BOTTOM) {
            newPage();
            drawRow(header, columns, widths, size, leading, pad);
        }
        for (Row r : last) {
            drawRow(r, columns, widths, size, leading, pad);
        }
        y -= 6;
    }

    /** The carried-forward row of a {@link #table} after its first {@code rows} body rows, with its label. */
    @FunctionalInterface
    interface Carried {
        Row row(int rows, String label);
    }

    private float height(Row r, float[] widths, float size, float leading, float pad) throws IOException {
        int lines = 1;
        for (int i = 0; i < widths.length && i < r.cells().length; i++) {
            lines = Math.max(lines, TextWrap.wrap(clean(r.cells()[i]), r.bold() ? bold() : regular(), size, widths[i] - 2 * pad).size());
        }
        return lines * leading + 2 * pad;
    }

    /** Header, carried and total rows (tinted and bold) in the accent colour; the others in the text's. */
    private void drawRow(Row r, List<Column> columns, float[] widths, float size, float leading, float pad) throws IOException {
        float h = height(r, widths, size, leading, pad);
        if (r.tinted()) {
            cs.setNonStrokingColor(ACCENT_TINT);
            cs.addRect(MARGIN_X, y - h, width, h);
            cs.fill();
        }
        PDFont font = r.bold() ? bold() : regular();
        float x = MARGIN_X;
        for (int i = 0; i < widths.length; i++) {
            String cell = i < r.cells().length ? clean(r.cells()[i]) : "";
            float ty = y - pad - size;
            for (String line : TextWrap.wrap(cell, font, size, widths[i] - 2 * pad)) {
                String shown = fit(line, font, size, widths[i] - 2 * pad);
                float tx = columns.get(i).right() ? x + widths[i] - pad - TextWrap.width(font, size, shown) : x + pad;
                text(tx, ty, shown, font, size, r.tinted() && r.bold() ? ACCENT : TEXT);
                ty -= leading;
            }
            x += widths[i];
        }
        y -= h;
        line(MARGIN_X, y, MARGIN_X + width, y, RULE, 0.4f);
    }

    // ---------------------------------------------------------------- drawing

    private void text(float x, float baseline, String text, PDFont font, float size, Color color) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }

    private void centered(String text, PDFont font, float size, Color color, float baseline) throws IOException {
        float w = TextWrap.width(font, size, text);
        text(MARGIN_X + (width - w) / 2, baseline, text, font, size, color);
    }

    private void line(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(width);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    private void link(float x, float bottom, float w, float h, String url) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x * scale, bottom * scale, w * scale, h * scale));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDActionURI action = new PDActionURI();
        action.setURI(url);
        link.setAction(action);
        pages.get(pages.size() - 1).getAnnotations().add(link);
    }

    /** The text, shortened with "…" if it is wider than {@code max}. */
    private String fit(String text, PDFont font, float size, float max) throws IOException {
        if (TextWrap.width(font, size, text) <= max) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && TextWrap.width(font, size, cut + "…") > max) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "…";
    }

    /** At most {@code n} lines, the last one ending with "…" when some were left out. */
    private List<String> firstLines(List<String> lines, int n) {
        if (lines.size() <= n) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, n));
        kept.set(n - 1, kept.get(n - 1) + "…");
        return kept;
    }

    static String joined(String separator, String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (notBlank(part)) {
                if (out.length() > 0) {
                    out.append(separator);
                }
                out.append(part.strip());
            }
        }
        return out.toString();
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
