package org.attache.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Article;
import org.attache.model.DateBasis;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;
import org.attache.model.Span;
import org.attache.model.TimeExpression;
import org.attache.time.TimeExpressionFinder;

/**
 * Finds when an article was published: its metadata date if it has one, else a leading date tag, a
 * dateline, a "Published" line or a date in the URL, in that order. Never guesses, and never takes today.
 */
public final class PublishedDateDetector {
    private static final int TAG_REACH = 200;
    private static final int DATELINE_REACH = 300;
    /** A dateline may be a day or two ahead of the date its year is borrowed from (time zones, late edits). */
    private static final int DATELINE_SLACK_DAYS = 2;

    private static final Pattern TAG = Pattern.compile("^[ \\t]*date\\b[ \\t]*:?[ \\t]*(?<date>[^\\n]{1,40})",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /** "SEOUL, Nov 2 (Reuters) -": a place, a comma, the date, an optional agency and a dash. */
    private static final Pattern DATELINE = Pattern.compile("^[ \\t]*\\p{Lu}[\\p{L}.'/ -]{1,40}?,[ \\t]+"
            + "(?<date>[^()\\n]{3,30}?)\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?(?:-{1,2}|–|—)", Pattern.MULTILINE);
    private static final Pattern PUBLISHED_LINE = Pattern.compile("^[ \\t]*(?:first\\s+)?(?:published|updated"
            + "|posted)\\b[ \\t]*(?:on\\b)?[ \\t]*:?[ \\t]*(?<date>[^\\n]{1,60})",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /** "/2019/06/21/", "/20190621/", "-2019-06-21-": the separators must agree. */
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<=[/_-])(?<year>(?:19|20)\\d{2})(?<sep>[/-]?)(?<month>\\d{2})\\k<sep>(?<day>\\d{2})(?!\\d)");

    private final TimeExpressionFinder finder = new TimeExpressionFinder();

    /** The article's publication date and where it was found; unknown when nothing gives a full date. */
    public PublishedDate detect(Article article) {
        if (article.published().isKnown()) {
            return article.published();
        }
        String text = article.text();
        Optional<PublishedDate> publishedLine = publishedLine(text);
        Optional<PublishedDate> url = urlDate(article.url());
        return tag(text)
                .or(() -> dateline(text, publishedLine.or(() -> url)))
                .or(() -> publishedLine)
                .or(() -> url)
                .orElse(PublishedDate.unknown());
    }

    private Optional<PublishedDate> tag(String text) {
        Matcher m = TAG.matcher(text).region(0, Math.min(text.length(), TAG_REACH));
        return m.find() ? day(text, m, PublishedDate.unknown(), DateOrigin.TEXT_TAG) : Optional.empty();
    }

    /**
     * A dateline with its own year, else with the latest year that puts its day no more than the slack after
     * {@code yearSource}, so "Dec. 31" next to a URL of January 1 falls in the year before.
     */
    private Optional<PublishedDate> dateline(String text, Optional<PublishedDate> yearSource) {
        Matcher m = DATELINE.matcher(text).region(0, Math.min(text.length(), DATELINE_REACH));
        if (!m.find()) {
            return Optional.empty();
        }
        PublishedDate anchor = yearSource
                .map(source -> PublishedDate.of(source.date().plusDays(DATELINE_SLACK_DAYS), source.origin()))
                .orElse(PublishedDate.unknown());
        return day(text, m, anchor, DateOrigin.DATELINE);
    }

    private Optional<PublishedDate> publishedLine(String text) {
        Matcher m = PUBLISHED_LINE.matcher(text);
        while (m.find()) {
            Optional<PublishedDate> day = day(text, m, PublishedDate.unknown(), DateOrigin.PUBLISHED_LINE);
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    private static Optional<PublishedDate> urlDate(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            try {
                return Optional.of(PublishedDate.of(LocalDate.of(Integer.parseInt(m.group("year")),
                        Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day"))), DateOrigin.URL));
            } catch (DateTimeException notADate) {
                // An id that looks like a date but is none; a later part of the path may still hold one.
            }
        }
        return Optional.empty();
    }

    /**
     * The first single day written out in the match's "date" group; {@code anchor} gives the year to a date
     * written without one. Relative words ("today") are never taken: they would date the article by a guess.
     */
    private Optional<PublishedDate> day(String text, Matcher match, PublishedDate anchor, DateOrigin origin) {
        return finder.find(text, new Span(match.start("date"), match.end("date")), anchor).stream()
                .map(TimeExpression::interval)
                .filter(interval -> interval.basis() == DateBasis.EXPLICIT && interval.days() == 1)
                .map(interval -> PublishedDate.of(interval.start(), origin))
                .findFirst();
    }
}
