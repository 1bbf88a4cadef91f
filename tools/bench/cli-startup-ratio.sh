#!/bin/bash
# Command-line start-up ratio: wall time of `bin/career-agent <command>` over `java -jar` of a picocli hello-world
# (HelloPicocli.java beside this script, in a jar whose manifest names picocli), median of N alternating runs each, on
# the same machine in the same run. Run from the project root after `./mvnw package -DskipTests`.
# CAREER_AGENT_CDS=off measures the app without its class-data archives (the hello-world never has one).
# Prints one line per command: "cmd: X ms / hello Y ms = R (load L)".
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
millis() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for cmd in "${commands[@]}"; do
  # shellcheck disable=SC2086
  CAREER_AGENT_HOME=$home bin/career-agent $cmd >/dev/null 2>&1   # a first run (records its archive unless CDS is off)
  app=(); hello=()
  for i in $(seq "$n"); do
    # shellcheck disable=SC2086
    app+=("$(CAREER_AGENT_HOME=$home millis bin/career-agent $cmd)")
    hello+=("$(millis java -jar "$w/hello.jar" --name bench)")
  done
  am=$(med "${app[@]}"); hm=$(med "${hello[@]}")
  awk -v c="${cmd%% src/*}" -v a="$am" -v h="$hm" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN {printf "%s: %d ms / hello %d ms = %.2f (load %s)\n", c, a, h, a/h, l}'
done
