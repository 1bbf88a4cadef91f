package dev.careeragent.analytics;

import dev.careeragent.analytics.AnalyticsReport.Outcome;
import dev.careeragent.analytics.ChartTable.Kind;
import dev.careeragent.analytics.ChartTable.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The report as the Analytics page's charts, one {@link ChartTable} each, in page order. */
public final class ReportTables {

    public static final String FUNNEL = "funnel";
    public static final String WEEKLY = "weekly";
    public static final String SOURCES = "sources";
    public static final String BANDS = "bands";
    public static final String SCORES = "scores";
    public static final String SKILLS = "skills";
    public static final String SALARIES = "salaries";

    private static final List<String> OUTCOME_SERIES = List.of("Sent", "Answered", "Interviews", "Offers", "Interview rate (%)");

    private ReportTables() {
    }

    public static List<ChartTable> of(AnalyticsReport r) {
        return List.of(funnel(r), weekly(r), outcomes(SOURCES, "Outcomes by source", "Source", r.bySource()),
                outcomes(BANDS, "Outcomes by match score", "Score band", r.byScoreBand()), scores(r), skills(r), salaries(r));
    }

    private static ChartTable funnel(AnalyticsReport r) {
        List<Row> rows = r.funnel().stream().map(s -> new Row(s.name(), values(s.count(), percent(s.conversion())))).toList();
        return new ChartTable(FUNNEL, "Application funnel", Kind.BAR, "Stage", List.of("Applications", "From previous stage (%)"),
                1, rows, r.funnel().get(0).count() == 0 ? "Track a job from the Jobs page (Track or Applied) to start your funnel." : null);
    }

    private static ChartTable weekly(AnalyticsReport r) {
        List<Row> rows = r.perWeek().stream().map(w -> new Row(w.weekStart().toString(), values(w.applications()))).toList();
        boolean none = r.perWeek().stream().allMatch(w -> w.applications() == 0);
        return new ChartTable(WEEKLY, "Applications per week", Kind.BAR, "Week of", List.of("Applications"), 1, rows,
                none ? "No applications sent in the last " + AnalyticsService.WEEKS + " weeks: move a card to Applied when you send one." : null);
    }

    private static ChartTable outcomes(String id, String title, String header, List<Outcome> outcomes) {
        List<Row> rows = outcomes.stream().map(o -> new Row(o.group(), values(o.sent(), o.responses(), o.interviews(), o.offers(),
                percent(o.interviewRate())))).toList();
        boolean none = outcomes.stream().allMatch(o -> o.sent() == 0);
        return new ChartTable(id, title, Kind.BAR, header, OUTCOME_SERIES, 4, rows,
                none ? "Outcomes appear once you have sent applications." : null);
    }

    private static ChartTable scores(AnalyticsReport r) {
        List<Row> rows = new ArrayList<>();
        for (int tenth = 0; tenth < 10; tenth++) {
            rows.add(new Row(tenth * 10 + "-" + (tenth == 9 ? 100 : tenth * 10 + 9), values(r.scores().tenths().get(tenth))));
        }
        String note = !r.scores().scored() ? "Import your resume so new jobs get a match score."
                : r.scores().total() == 0 ? "No new scored jobs since " + r.scores().since() + ": run a job search." : null;
        return new ChartTable(SCORES, "Match scores of new jobs (last " + AnalyticsService.NEW_JOB_DAYS + " days)", Kind.BAR,
                "Score", List.of("Jobs"), 1, rows, note);
    }

    private static ChartTable skills(AnalyticsReport r) {
        AnalyticsReport.SkillTrend trend = r.missingSkills();
        List<String> series = trend.skills().stream().map(AnalyticsReport.SkillSeries::skill).toList();
        List<Row> rows = new ArrayList<>();
        for (int m = 0; m < trend.months().size(); m++) {
            int month = m;
            rows.add(new Row(trend.months().get(m).toString(), trend.skills().stream()
                    .map(s -> (double) s.perMonth().get(month)).toList()));
        }
        return new ChartTable(SKILLS, "Skills missing in jobs you applied to", Kind.LINE, "Month", series, series.size(), rows,
                series.isEmpty() ? "Apply to scored jobs to see which skills they ask for that your resume lacks." : null);
    }

    private static ChartTable salaries(AnalyticsReport r) {
        AnalyticsReport.SalaryRanges s = r.salaries();
        List<Row> rows = s.bands().stream().map(b -> new Row(b.label(), values(b.jobs()))).toList();
        String unit = s.currency() == null ? "" : " (" + s.currency() + " a year)";
        return new ChartTable(SALARIES, "Salary ranges of tracked jobs" + unit, Kind.BAR, "Yearly midpoint", List.of("Jobs"), 1,
                rows, s.jobs() == 0 ? "Track jobs that state a salary to compare their ranges." : null);
    }

    private static Double percent(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }

    private static List<Double> values(Object... numbers) {
        Function<Object, Double> asDouble = n -> n == null ? null : ((Number) n).doubleValue();
        List<Double> out = new ArrayList<>();
        for (Object n : numbers) {
            out.add(asDouble.apply(n));
        }
        return out;
    }
}
