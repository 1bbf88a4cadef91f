#!/bin/bash
# Command-line start-up ratio: wall time of `bin/career-agent <command>` over `java -jar` of a picocli hello-world
# (HelloPicocli.java beside this script, in a jar whose manifest names picocli), median of N alternating runs each, on
# the same machine in the same run; the CPU time (user + system) ratio beside it moves less with the machine's load.
# Run from the project root after `./mvnw package -DskipTests`. The data folder has a database, as a user's has.
# CAREER_AGENT_CDS=off measures the app without its class-data archives (the hello-world never has one).
# The first run of each command (not timed) leaves the data folder's warm process behind, which answers the timed runs
# of job parse, resume parse and schedule status; CAREER_AGENT_CLI_SERVER=off measures every run in a JVM of its own.
# Prints one line per command: "cmd: X ms / hello Y ms = R, cpu A ms / B ms = C (load L)".
set -u
n=${N:-5}
here=$(cd "$(dirname "$0")" && pwd)
picocli=$(ls target/lib/picocli-*.jar | head -1)
w=$(mktemp -d); javac -d "$w" -cp "$picocli" "$here/HelloPicocli.java" || exit 2
cp "$picocli" "$w/picocli.jar"
printf 'Class-Path: picocli.jar\n' >"$w/manifest.txt"
jar --create --file "$w/hello.jar" --main-class HelloPicocli --manifest "$w/manifest.txt" -C "$w" HelloPicocli.class || exit 2
home=$(mktemp -d)
page=src/test/resources/realdata/jobs/crawlerlm_glassdoor_f45.html
resume=src/test/resources/realdata/resumes/adrianstorr_resume.pdf
commands=("--help" "schedule status" "job parse $page" "resume parse $resume")
CAREER_AGENT_HOME=$home bin/career-agent app list >/dev/null 2>&1   # a data folder with its database, as a user has
# "wall cpu" in ms of one run of the command given
run() { local t; TIMEFORMAT='%3R %3U %3S'; t=$( { time "$@" >/dev/null 2>&1; } 2>&1 )
  echo "$t" | awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}'; }
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
export CAREER_AGENT_HOME=$home
for cmd in "${commands[@]}"; do
  # shellcheck disable=SC2086
  bin/career-agent $cmd >/dev/null 2>&1   # a first run (records its archive unless CDS is off)
  aw=(); ac=(); hw=(); hc=()
  for i in $(seq "$n"); do
    # shellcheck disable=SC2086
    read -r a c < <(run bin/career-agent $cmd); aw+=("$a"); ac+=("$c")
    read -r a c < <(run java -jar "$w/hello.jar" --name bench); hw+=("$a"); hc+=("$c")
  done
  awk -v c="${cmd%% src/*}" -v a="$(med "${aw[@]}")" -v h="$(med "${hw[@]}")" -v ac="$(med "${ac[@]}")" \
    -v hc="$(med "${hc[@]}")" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN {printf "%s: %d ms / hello %d ms = %.2f, cpu %d ms / %d ms = %.2f (load %s)\n", c, a, h, a/h, ac, hc, ac/hc, l}'
done
pkill -f "CommandServer $home" 2>/dev/null || true   # the warm process of the temporary folder would idle 10 minutes
