package dev.careeragent.cli;

import dev.careeragent.tracker.model.Offer;
import dev.careeragent.tracker.OfferComparison;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code career-agent offer add|compare}. */
@Command(name = "offer", description = "Job offers.", subcommands = {OfferCommand.Add.class, OfferCommand.Compare.class})
final class OfferCommand {

    @ParentCommand
    CareerAgentCommand root;

    @Command(name = "add", description = "Record an offer for an application (amounts per year).")
    static final class Add implements Callable<Integer> {
        @ParentCommand OfferCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--app", required = true) long app;
        @Option(names = "--currency", required = true) String currency;
        @Option(names = "--base", required = true) double base;
        @Option(names = "--bonus", defaultValue = "0") double bonus;
        @Option(names = "--equity", defaultValue = "0", description = "Total grant value.") double equity;
        @Option(names = "--vesting-years", defaultValue = "4") int vesting;
        @Option(names = "--sign-on", defaultValue = "0") double signOn;
        @Option(names = "--benefits-value", defaultValue = "0") double benefitsValue;
        @Option(names = "--leave-days", defaultValue = "0") int leave;
        @Option(names = "--remote") boolean remote;
        @Option(names = "--place") String place;
        @Option(names = "--deadline", description = "YYYY-MM-DD") LocalDate deadline;

        @Override
        public Integer call() {
            return AppCommand.run(parent.root, spec, (context, out) -> {
                Offer o = context.offers().save(new Offer(null, app, currency, base, bonus, equity, vesting, signOn, benefitsValue,
                        null, leave, place, remote, null, deadline));
                out.printf("Offer %d: %.0f %s a year in total%n", o.id(), o.annualTotal(), o.currency());
            });
        }
    }

    @Command(name = "compare", description = "Compare two to four offers in one currency, weighted by your priorities.")
    static final class Compare implements Callable<Integer> {
        @ParentCommand OfferCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID", arity = "2..4") List<Long> ids;
        @Option(names = "--currency", defaultValue = "EUR") String currency;
        @Option(names = "--rate", paramLabel = "CUR=RATE", description = "e.g. USD=0.92 (units of --currency per unit).")
        Map<String, Double> rates = new LinkedHashMap<>();
        @Option(names = "--weights", paramLabel = "PAY,LEAVE,REMOTE,BENEFITS", split = ",", defaultValue = "5,2,2,1") double[] weights;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() {
            return AppCommand.run(parent.root, spec, (context, out) -> {
                if (weights.length != 4) {
                    throw new IllegalArgumentException("--weights needs four numbers: pay, leave, remote, benefits.");
                }
                Map<String, Double> upper = new LinkedHashMap<>();
                rates.forEach((k, v) -> upper.put(k.toUpperCase(java.util.Locale.ROOT), v));
                List<OfferComparison.Column> columns = context.offers().compare(ids, currency, upper,
                        new OfferComparison.Priorities(weights[0], weights[1], weights[2], weights[3]));
                OfferComparison.Column best = OfferComparison.best(columns);
                if (json) {
                    out.println(PostingJson.write(Map.of("currency", currency.toUpperCase(java.util.Locale.ROOT),
                            "best", best.offer().id(), "offers", columns.stream().map(c -> {
                                Map<String, Object> row = new LinkedHashMap<>();
                                row.put("id", c.offer().id());
                                row.put("company", c.company());
                                row.put("annualTotal", Math.round(c.annualTotal()));
                                row.put("score", Math.round(c.weightedScore() * 10) / 10.0);
                                return row;
                            }).toList())));
                } else {
                    columns.forEach(c -> out.printf("%-20s %12.0f %s  score %5.1f%s%n", c.company(), c.annualTotal(), currency,
                            c.weightedScore(), c == best ? "  <- best for your priorities" : ""));
                }
            });
        }
    }
}
