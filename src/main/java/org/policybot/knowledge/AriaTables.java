package org.policybot.knowledge;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tables a page draws with divs and says are tables with ARIA roles (a CSS grid of {@code role="row"} divs holding
 * {@code role="cell"} divs, as screen readers are told): rewritten as the {@code <table>} they stand for, so their
 * rows are read as any table's, a header row over the others.
 */
final class AriaTables {
    private AriaTables() {
    }

    private static final String CELL = "[role=cell], [role=gridcell], [role=columnheader], [role=rowheader]";

    /** Every {@code role="table"} or {@code role="grid"} box of {@code doc} that is not a {@code <table>} already, as one. */
    static void rewrite(Document doc) {
        for (Element box : doc.select("[role=table], [role=grid]")) {
            if (box.normalName().equals("table") || box.parent() == null) {
                continue;
            }
            Element table = doc.createElement("table");
            for (Element row : box.select("[role=row]")) {
                if (row.closest("[role=table], [role=grid]") != box) {
                    continue; // a row of a table inside one of this table's cells
                }
                Element tr = table.appendElement("tr");
                for (Element cell : row.children()) {
                    if (!cell.is(CELL)) {
                        continue;
                    }
                    boolean head = cell.is("[role=columnheader]");
                    Element td = tr.appendElement(head ? "th" : "td");
                    td.html(cell.html());
                    for (String span : new String[] {"colspan", "rowspan"}) {
                        String n = cell.hasAttr("aria-" + span) ? cell.attr("aria-" + span) : cell.attr(span);
                        if (n.matches("\\d+")) {
                            td.attr(span, n);
                        }
                    }
                }
            }
            if (table.select("tr").size() >= 2) {
                box.replaceWith(table);
            }
        }
    }
}
