package org.attache.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.attache.actors.ActorKnowledge;
import org.attache.model.Actor;
import org.attache.model.Article;
import org.attache.model.EventRecord;

/**
 * Writes event records as CSV with the columns of GDELT's event table that apply to them, so tools built for
 * GDELT can read the record. GLOBALEVENTID is the record's id (text, not GDELT's number); dates are the first
 * day of the record's interval (FractionDate as GDELT has it: year + day of year / 365), empty when unknown;
 * each side's first actor fills the Actor columns; QuadClass comes from the CAMEO root code; GoldsteinScale is
 * left empty; NumSources counts independent sources (reprints and rewrites of one text count once).
 */
public final class GdeltCsv {
    public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
            "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
            "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
            "Actor2Type1Code", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "SOURCEURL");

    private GdeltCsv() {
    }

    public static void write(List<EventRecord> records, Function<String, Optional<Article>> articles,
            ActorKnowledge knowledge, Writer out) {
        ActorCodes codes = new ActorCodes(knowledge);
        try {
            line(out, COLUMNS);
            for (EventRecord r : records) {
                line(out, row(r, articles, codes));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> row(EventRecord r, Function<String, Optional<Article>> articles, ActorCodes codes) {
        List<String> row = new ArrayList<>();
        row.add(r.id());
        LocalDate day = r.date().isKnown() ? r.date().start() : null;
        row.add(day == null ? "" : day.format(DateTimeFormatter.BASIC_ISO_DATE));
        row.add(day == null ? "" : day.format(DateTimeFormatter.ofPattern("yyyyMM")));
        row.add(day == null ? "" : String.valueOf(day.getYear()));
        row.add(day == null ? "" : String.format(Locale.ROOT, "%.4f",
                day.getYear() + day.getDayOfYear() / 365.0));
        actor(row, r.source(), codes);
        actor(row, r.target(), codes);
        String cameo = r.coding().cameo() == null ? "" : r.coding().cameo();
        row.add(cameo);
        row.add(cameo.length() >= 3 ? cameo.substring(0, 3) : cameo);
        row.add(cameo.length() >= 2 ? cameo.substring(0, 2) : "");
        row.add(quadClass(cameo));
        row.add("");
        List<Article> reporting = Reports.articles(r, articles);
        row.add(String.valueOf(r.mentions().size()));
        row.add(String.valueOf(r.sources()));
        row.add(String.valueOf(r.articleCount()));
        row.add(reporting.stream().map(Article::url).filter(u -> u != null && !u.isBlank()).findFirst().orElse(""));
        return row;
    }

    /** 1 verbal cooperation (01-05), 2 material cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict. */
    static String quadClass(String cameo) {
        if (cameo.length() < 2 || !Character.isDigit(cameo.charAt(0)) || !Character.isDigit(cameo.charAt(1))) {
            return "";
        }
        int root = Integer.parseInt(cameo.substring(0, 2));
        if (root < 1 || root > 20) {
            return "";
        }
        return root <= 5 ? "1" : root <= 9 ? "2" : root <= 14 ? "3" : "4";
    }

    private static void actor(List<String> row, List<Actor> side, ActorCodes codes) {
        if (side.isEmpty()) {
            row.addAll(List.of("", "", "", "", ""));
            return;
        }
        Actor a = side.get(0);
        row.add(codes.cameoCode(a));
        row.add(codes.name(a).toUpperCase(Locale.ROOT));
        row.add(codes.countryCode(a));
        row.add(codes.knownGroup(a));
        row.add(codes.type(a));
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
