#!/usr/bin/env bash
# Mutation testing (Stryker.NET) of the Core folders where a wrong number would reach a reader.
# Run it before touching one of them; it is not part of .ci/run (too slow for every push).
#
#   tools/mutation/run.sh                 every folder below in one Stryker run
#   tools/mutation/run.sh layoffs matcher only those folders; the others keep their last results
#   tools/mutation/run.sh --list          the folder names
#   tools/mutation/run.sh --report        rewrite docs/testing.md from the stored results, run nothing
#
# One Stryker run covers the selected folders: only their files are mutated (--mutate globs), only the fast pure
# tests run (the Azurite, infra, process and loopback-server tests are filtered out: see unit_test_filter), two
# test processes at a time. The run is then split per folder into tools/mutation/results/<folder>.json
# (committed; a folder not run keeps its last results), the full Stryker output stays in StrykerOutput/ (ignored),
# and docs/testing.md is rewritten from all the summaries, with the survivors explained in
# tools/mutation/accepted.tsv listed as left on purpose.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

core=functions/IndustryTracker.Core
tests=tests/IndustryTracker.Tests

# folder name -> mutate globs (relative to the Core project), separated by spaces
declare -A globs=(
  [layoffs]="Layoffs/**/*.cs"
  [comparisons]="Comparisons/**/*.cs"
  [matcher]="Sources/Warn/EmployerMatcher.cs Sources/Warn/EmployerNames.cs"
  [benchmarks]="Benchmarks/**/*.cs"
  [api]="Api/ApiCache.cs Api/Paging.cs Api/ApiRequest.cs"
  [phrases]="Documents/NumberPhrases.cs Documents/DatePhrases.cs"
  [headcount]="Sources/Sec/Headcount/**/*.cs"
  [sec-layoffs]="Sources/Sec/Layoffs/**/*.cs"
  [xbrl]="Sources/Sec/Xbrl/**/*.cs"
)
order=(layoffs comparisons matcher benchmarks api phrases headcount sec-layoffs xbrl)

# The VSTest filter that keeps only fast, pure tests: every test class declared in a file that joins the Azurite or
# infra collection, or that starts the tracker process, a loopback HTTP server or the Bicep CLI, is excluded by
# name. Computed from the sources each run, so a new Azurite test class is excluded without touching this script.
unit_test_filter() {
  local files classes filter=""
  files=$(grep -rlE '\[Collection\(|TrackerProcess\.|LoopbackServer|BicepCli\.|PolitenessTests' --include='*.cs' "$root/$tests" || true)
  classes=$(for f in $files; do grep -oE '^\s*(public|internal)?\s*(sealed\s+|static\s+|abstract\s+)?(partial\s+)?class\s+[A-Za-z0-9_]+' "$f" | awk '{print $NF}'; done | sort -u)
  for c in $classes; do filter+="${filter:+&}FullyQualifiedName!~.$c."; done
  printf '%s' "$filter"
}

# One Stryker run for all the selected folders (one build, one initial test run), split per folder afterwards.
run_folders() {
  local out="$root/StrykerOutput" args=() filter spec=""
  filter=$(unit_test_filter)
  for name in "$@"; do
    for g in ${globs[$name]}; do args+=(--mutate "$g"); spec+="$name=$g;"; done
  done
  rm -rf "$out"
  echo "== mutation: $* (${#args[@]} globs)" >&2
  local started=$SECONDS
  (cd "$root/$tests" && dotnet tool run dotnet-stryker \
      --project IndustryTracker.Core.csproj \
      "${args[@]}" \
      --test-case-filter "$filter" \
      --concurrency 2 \
      --reporter Json --reporter Progress \
      --output "$out" \
      --skip-version-check \
      --break-at 0)
  python3 "$root/tools/mutation/report.py" summarize "$spec" "$out/reports/mutation-report.json" \
      "$root/tools/mutation/results" "$((SECONDS - started))"
}

case "${1:-}" in
  --list) printf '%s\n' "${order[@]}"; exit 0 ;;
  --report) python3 tools/mutation/report.py write "$root"; exit 0 ;;
esac

selected=("$@")
[ ${#selected[@]} -eq 0 ] && selected=("${order[@]}")
for name in "${selected[@]}"; do
  [ -n "${globs[$name]:-}" ] || { echo "unknown folder '$name'; one of: ${order[*]}" >&2; exit 2; }
done

dotnet tool restore >/dev/null
dotnet build "$tests" -v quiet -nologo >/dev/null
run_folders "${selected[@]}"
python3 tools/mutation/report.py write "$root"
