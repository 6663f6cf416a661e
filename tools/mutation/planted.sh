#!/usr/bin/env bash
# Plants each bug of planted-bugs.tsv alone in a throwaway git worktree, builds, runs the unit tests of the folders
# where a wrong number reaches a reader, and prints the tests that caught it (or NOT CAUGHT). Exits 1 if any bug
# survives. Usage: tools/mutation/planted.sh [name-filter]   (about a minute per bug on two cores)
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/planted.XXXXXX)
trap 'git -C "$root" worktree remove --force "$work/tree" >/dev/null 2>&1; rm -rf "$work"' EXIT
git -C "$root" worktree add -q --detach "$work/tree" HEAD
# The throwaway tree is not beside ../shared: point the tests at the real fixtures.
export INDUSTRYTRACKER_FIXTURES="${INDUSTRYTRACKER_FIXTURES:-$(cd "$root/../shared/fixtures" && pwd)}"
cd "$work/tree"
filter="FullyQualifiedName~Tests.Edges.|FullyQualifiedName~Tests.Layoffs.|FullyQualifiedName~Tests.Warn.|FullyQualifiedName~Tests.Sec.|FullyQualifiedName~Tests.Comparisons.|FullyQualifiedName~Tests.Benchmarks.|FullyQualifiedName~Exports.BenchmarkCsv|FullyQualifiedName~Exports.CsvDataset|FullyQualifiedName~HostileRequestTests|FullyQualifiedName~Claims"
survivors=0
while IFS=$'\t' read -r name file old new; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  [[ -n "${1:-}" && "$name" != *"$1"* ]] && continue
  python3 - "$file" "$old" "$new" <<'PY' || { echo "$name: the text to replace is gone from $file"; survivors=$((survivors + 1)); continue; }
import sys
path, old, new = sys.argv[1:4]
text = open(path).read()
if old not in text:
    sys.exit(1)
open(path, "w").write(text.replace(old, new, 1))
PY
  if ! dotnet build tests/IndustryTracker.Tests -v q -nologo 2>&1 | grep -q "Build succeeded"; then
    echo "$name: does not build"; git checkout -q -- "$file"; continue
  fi
  caught=$(dotnet test tests/IndustryTracker.Tests --no-build --filter "$filter" 2>&1 | sed -n 's/^ *Failed \([^ ]*\).*/\1/p' | sed 's/(.*//; s/^IndustryTracker\.Tests\.//' | sort -u)
  if [[ -z "$caught" ]]; then echo "$name: NOT CAUGHT"; survivors=$((survivors + 1)); else echo "$name: caught by $(echo "$caught" | wc -l) tests: $(echo "$caught" | head -5 | tr '\n' ' ')"; fi
  git checkout -q -- "$file"
done < "$root/tools/mutation/planted-bugs.tsv"
exit $(( survivors > 0 ))
