package be.zorgzame.web.api.plan;

import be.zorgzame.partners.control.FormulaGuard;
import be.zorgzame.plan.boundary.LinkView;
import be.zorgzame.plan.boundary.LinkageOverview;
import be.zorgzame.plan.boundary.MunicipalityCoverage;
import be.zorgzame.web.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The linkage overview as a workbook for the council: a sheet of links and a sheet of coverage per
 * neighbourhood. Amounts are numbers (so the council can add them up), texts go through the
 * {@link FormulaGuard} like every export, and the headers are in the language asked for.
 */
final class LinkageXlsx {

    private final LinkageOverview overview;
    private final Locale locale;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle euro = workbook.createCellStyle();

    private LinkageXlsx(LinkageOverview overview, Locale locale) {
        this.overview = overview;
        this.locale = locale;
        euro.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
    }

    static byte[] of(LinkageOverview overview, Locale locale) {
        return new LinkageXlsx(overview, locale).write();
    }

    private byte[] write() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            links(workbook.createSheet(text("plan.linkage.links")));
            coverage(workbook.createSheet(text("plan.linkage.coverage")));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void links(Sheet sheet) {
        header(sheet, List.of("plan.code", "plan.level", "plan.itemTitle", "plan.targetType", "plan.target", "plan.note",
                "plan.share", "plan.flaggedSince"));
        int next = 1;
        for (LinkageOverview.LinkedItem linked : overview.links()) {
            LinkView link = linked.link();
            Row row = sheet.createRow(next++);
            List<String> texts = List.of(link.itemCode(), linked.level() == null ? "" : text("plan.level." + linked.level()),
                    nonNull(link.itemTitle()), text("plan.targetType." + link.targetType()), nonNull(link.targetName()),
                    nonNull(link.note()));
            texts(row, texts);
            if (link.budgetShare() != null) {
                row.createCell(texts.size()).setCellValue(link.budgetShare().doubleValue());
            }
            if (link.flaggedInRevision() != null) {
                row.createCell(texts.size() + 1).setCellValue(link.flaggedInRevision());
            }
            amounts(row, texts.size() + 2, linked.years().stream().map(LinkageOverview.YearAmount::amount).toList());
        }
    }

    private void coverage(Sheet sheet) {
        header(sheet, List.of("plan.neighbourhood", "neighbourhood.status", "neighbourhood.subsidyTo", "plan.gapYears"));
        int next = 1;
        for (MunicipalityCoverage.Neighbourhood neighbourhood : overview.coverage().neighbourhoods()) {
            Row row = sheet.createRow(next++);
            texts(row, List.of(neighbourhood.name(), text("neighbourhood.status." + neighbourhood.status()),
                    neighbourhood.subsidyTo() == null ? "" : LinkagePdf.DATE.format(neighbourhood.subsidyTo()),
                    neighbourhood.gapYears().stream().map(String::valueOf).collect(Collectors.joining(", "))));
            amounts(row, 4, neighbourhood.years().stream().map(MunicipalityCoverage.YearTotal::amount).toList());
        }
    }

    /** The headers named by these keys, then one column per year of the cycle. */
    private void header(Sheet sheet, List<String> keys) {
        List<String> header = new ArrayList<>(keys.stream().map(this::text).toList());
        for (int year = overview.plan().firstYear(); year <= overview.plan().lastYear(); year++) {
            header.add(String.valueOf(year));
        }
        texts(sheet.createRow(0), header);
        sheet.createFreezePane(0, 1);
    }

    private static void texts(Row row, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (!texts.get(i).isEmpty()) {
                row.createCell(i).setCellValue(FormulaGuard.neutralised(texts.get(i)));
            }
        }
    }

    private void amounts(Row row, int first, List<BigDecimal> amounts) {
        for (int i = 0; i < amounts.size(); i++) {
            var cell = row.createCell(first + i);
            cell.setCellValue(amounts.get(i).doubleValue());
            cell.setCellStyle(euro);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private String text(String key) {
        return Messages.text(locale, key);
    }
}
