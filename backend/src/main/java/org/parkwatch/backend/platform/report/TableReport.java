package org.parkwatch.backend.platform.report;

import java.util.List;

/**
 * A report as titled tables in one language: the one shape that both {@link TableReportHtml} (the
 * printable page) and {@link TableReportDocx} (Word, LibreOffice) render, so the two cannot
 * disagree. Cells are text, already formatted by the report that builds them.
 */
public final class TableReport {
    private TableReport() {}

    /**
     * One titled table.
     *
     * @param headers the header row
     * @param rows the body rows, each as long as {@code headers}
     * @param note a line under the table, or null
     */
    public record Section(
            String title, List<String> headers, List<List<String>> rows, String note) {
        public Section {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A whole report: its title, a subtitle line and its sections in order. */
    public record Document(String title, String subtitle, List<Section> sections) {
        public Document {
            sections = List.copyOf(sections);
        }
    }
}
