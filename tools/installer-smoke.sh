#!/bin/bash
# Installer smoke test (Linux, as root): installs the .deb built by `./mvnw -Pinstaller package` with dpkg -i,
# checks the install (launcher, menu entry, CDS archive made at the install path), starts the installed launcher
# under Xvfb with --measure-startup against the build tree's bin/career-agent (N alternating runs, medians),
# then removes the package and checks that the user's data folder is left alone.
# Prints one line for docs/BENCHMARKS.md. Needs xvfb-run, libgtk-3-0 and the build tree (target/lib).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${N:-3}
deb=$(ls target/installer/dist/*.deb | head -1)
launcher=/opt/career-agent/bin/career-agent

# dpkg -i does not fetch dependencies (libgtk-3-0, libgl1, xdg-utils): apt-get fills them in.
dpkg -i "$deb" >/dev/null 2>&1 || apt-get install -f -y -qq >/dev/null
trap 'dpkg -r career-agent >/dev/null 2>&1 || true' EXIT
test -x "$launcher" || { echo "FAIL: no launcher at $launcher"; exit 1; }
ls /usr/share/applications/*career-agent*.desktop >/dev/null || { echo "FAIL: no menu entry"; exit 1; }
grep -q "%F" /usr/share/applications/*career-agent*.desktop || { echo "FAIL: the menu entry does not pass files"; exit 1; }
cds=no; [ -f /opt/career-agent/lib/app/career-agent.jsa ] && cds=yes
installed_mb=$(du -sm /opt/career-agent | cut -f1)

home=$(mktemp -d)
start_ms() { CAREER_AGENT_HOME=$home xvfb-run -a "$@" --measure-startup 2>&1 | grep -oE '[0-9]+ ms after JVM start' | grep -oE '^[0-9]+' || echo 999999; }
start_ms "$launcher" >/dev/null      # first start: migrations
start_ms bin/career-agent >/dev/null # first start: records the build tree's CDS archive
inst=(); tree=()
for _ in $(seq "$n"); do inst+=("$(start_ms "$launcher")"); tree+=("$(start_ms bin/career-agent)"); done
echo "starts (ms), installed: ${inst[*]}; build tree: ${tree[*]}"
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
im=$(med "${inst[@]}"); tm=$(med "${tree[@]}")

removal=$(dpkg -r career-agent 2>&1)
trap - EXIT
[ ! -e "$launcher" ] || { echo "FAIL: the launcher survived removal"; exit 1; }
[ -f "$home/career-agent.db" ] || { echo "FAIL: removal touched the data folder"; exit 1; }
echo "$removal" | grep -q "data folder" || { echo "FAIL: removal did not say where the data is"; exit 1; }
echo "$removal" | sed 's/^/dpkg -r: /'
rm -rf "$home"

awk -v d="$(stat -c %s "$deb")" -v i="$installed_mb" -v im="$im" -v tm="$tm" -v c="$cds" -v n="$n" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
  'BEGIN {printf "deb %.1f MB, installed %d MB, CDS at install: %s; start (median of %d): installed %d ms / build tree %d ms = %.2f (load %s)\n", d/1e6, i, c, n, im, tm, im/tm, l}'
