#!/usr/bin/env python3
"""Summarises Stryker's JSON report per folder and writes docs/testing.md from all stored summaries.

  report.py summarize 'NAME=GLOB;…' REPORT.json OUTDIR SECONDS   per folder counts and survivors -> OUTDIR/NAME.json
  report.py write ROOT                                    tools/mutation/results/*.json -> docs/testing.md

Survivors explained in tools/mutation/accepted.tsv (file[:FIRST-LAST lines], mutator, original, replacement, why; tab-separated,
'#' comments; original and replacement match as prefixes of the whitespace-collapsed texts, '*' matches any) are
listed as left on purpose; any other survivor is listed as not yet killed.
"""
import datetime, fnmatch, json, os, re, subprocess, sys

DETECTED = ("Killed", "Timeout")
COUNTED = ("Killed", "Survived", "NoCoverage", "Timeout")
ORDER = ["layoffs", "comparisons", "matcher", "benchmarks", "api", "phrases", "headcount", "sec-layoffs", "xbrl"]
CORE = "functions/IndustryTracker.Core/"


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def original_text(source, loc):
    lines = source.split("\n")
    s, e = loc["start"], loc["end"]
    if s["line"] == e["line"]:
        return lines[s["line"] - 1][s["column"] - 1:e["column"] - 1]
    parts = [lines[s["line"] - 1][s["column"] - 1:]] + lines[s["line"]:e["line"] - 1] + [lines[e["line"] - 1][:e["column"] - 1]]
    return "\n".join(parts)


def rel(path):
    path = path.replace("\\", "/")
    i = path.find(CORE)
    return path[i + len(CORE):] if i >= 0 else path


def folder_of(path, spec):
    for name, pattern in spec:
        if fnmatch.fnmatchcase(path, pattern) or fnmatch.fnmatchcase(path, pattern.replace("**/", "")):
            return name
    return None


def summarize(spec_text, report_path, out_dir, seconds):
    spec = [tuple(item.split("=", 1)) for item in spec_text.split(";") if item]
    names = list(dict.fromkeys(name for name, _ in spec))
    report = json.load(open(report_path))
    per = {name: {"files": {}, "survivors": []} for name in names}
    for path, f in sorted(report["files"].items()):
        name = folder_of(rel(path), spec)
        if name is None:
            continue
        counts = {k: 0 for k in COUNTED}
        for m in f["mutants"]:
            if m["status"] in counts:
                counts[m["status"]] += 1
            if m["status"] in ("Survived", "NoCoverage"):
                per[name]["survivors"].append({
                    "file": rel(path), "line": m["location"]["start"]["line"], "status": m["status"],
                    "mutator": m["mutatorName"], "original": norm(original_text(f["source"], m["location"])),
                    "replacement": norm(m.get("replacement", "")),
                })
        if sum(counts.values()):
            per[name]["files"][rel(path)] = counts
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "functions", "tests"], capture_output=True, text=True).stdout.strip()
    os.makedirs(out_dir, exist_ok=True)
    for name in names:
        summary = {
            "folder": name, "date": datetime.date.today().isoformat(), "commit": commit + ("+changes" if dirty else ""),
            "seconds": int(seconds), "together_with": [n for n in names if n != name],
            "files": per[name]["files"], "survivors": per[name]["survivors"],
        }
        with open(os.path.join(out_dir, name + ".json"), "w") as out:
            json.dump(summary, out, indent=1)
            out.write("\n")
        t = totals(summary)
        print(f"{name}: {t['Killed']} killed, {t['Survived']} survived, {t['NoCoverage']} no coverage, "
              f"{t['Timeout']} timeout: {score(t)}", file=sys.stderr)
    print(f"one Stryker run for {', '.join(names)}: {int(seconds)} s", file=sys.stderr)


def totals(summary):
    t = {k: 0 for k in COUNTED}
    for counts in summary["files"].values():
        for k in COUNTED:
            t[k] += counts[k]
    return t


def score(t):
    valid = sum(t[k] for k in COUNTED)
    return f"{100.0 * sum(t[k] for k in DETECTED) / valid:.1f}%" if valid else "n/a"


def load_accepted(root):
    accepted = []
    path = os.path.join(root, "tools/mutation/accepted.tsv")
    if not os.path.exists(path):
        return accepted
    for line in open(path):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 5:
            sys.exit(f"accepted.tsv: expected 5 tab-separated columns: {line!r}")
        accepted.append(cols)


    return accepted


def why(accepted, s):
    for file, mutator, original, replacement, reason in accepted:
        lines = None
        if ":" in file:
            file, span = file.split(":", 1)
            first, _, last = span.partition("-")
            lines = (int(first), int(last or first))
        if lines and not lines[0] <= s["line"] <= lines[1]:
            continue
        if file == s["file"] and mutator in ("*", s["mutator"]) \
                and (original == "*" or s["original"].startswith(norm(original))) \
                and (replacement == "*" or s["replacement"].startswith(norm(replacement))):
            return reason
    return None


def cell(text, limit=90):
    text = text.replace("|", "\\|").replace("`", "'")
    return text if len(text) <= limit else text[:limit - 1] + "…"


def write(root):
    results = os.path.join(root, "tools/mutation/results")
    summaries = {}
    for n in sorted(os.listdir(results)) if os.path.isdir(results) else []:
        if n.endswith(".json"):
            s = json.load(open(os.path.join(results, n)))
            summaries[s["folder"]] = s
    names = [n for n in ORDER if n in summaries] + sorted(n for n in summaries if n not in ORDER)
    accepted = load_accepted(root)
    out = []
    w = out.append
    w("# Testing: mutation scores")
    w("")
    w("Generated by `tools/mutation/run.sh` (Stryker.NET, a local dotnet tool: `dotnet tool restore`). Do not edit by")
    w("hand: explain a survivor in `tools/mutation/accepted.tsv` and run `tools/mutation/run.sh --report`.")
    w("")
    w("Each folder below is where a wrong number would reach a reader. Stryker plants one small bug (a mutant) at a")
    w("time in that folder's code and runs the fast pure tests that cover it (the Azurite, infra, process and")
    w("loopback-server tests are filtered out). A mutant is *killed* when a")
    w("test fails, *survived* when every covering test still passes, *no coverage* when no test runs that code;")
    w("a *timeout* (the mutant made a test loop) counts as detected. Score = (killed + timeout) / all four.")
    w("Target: **≥ 80% in every folder**. Run `tools/mutation/run.sh FOLDER` before changing a folder, and again")
    w("after: a lower score means the change added code no test checks.")
    w("")
    w("| folder | code | mutants | killed | survived | no coverage | timeout | score | run on |")
    w("|---|---|---:|---:|---:|---:|---:|---:|---|")
    grand = {k: 0 for k in COUNTED}
    for n in names:
        s = summaries[n]
        t = totals(s)
        for k in COUNTED:
            grand[k] += t[k]
        code = ", ".join(sorted({f.rsplit("/", 1)[0] if "/" in f else f for f in s["files"]}))
        if n in ("matcher", "api", "phrases"):
            code = ", ".join(sorted(s["files"]))
        w(f"| {n} | {code} | {sum(t.values())} | {t['Killed']} | {t['Survived']} | {t['NoCoverage']} | {t['Timeout']} "
          f"| **{score(t)}** | {s['commit']} ({s['date']}) |")
    w(f"| **all** | | {sum(grand.values())} | {grand['Killed']} | {grand['Survived']} | {grand['NoCoverage']} "
      f"| {grand['Timeout']} | **{score(grand)}** | |")
    w("")
    runs = {}
    for n in names:
        s = summaries[n]
        runs.setdefault((s["commit"], s["date"], s["seconds"]), []).append(n)
    w("Stryker runs behind this table (one run mutates every folder it is given; the time is the whole run, on")
    w("two cores shared with other work, most of it the build and the two initial test runs):")
    w("")
    for (commit, date, seconds), folders in runs.items():
        w(f"- {', '.join(folders)}: {seconds // 60} min {seconds % 60} s, {commit}, {date}")
    w("")
    w("## Survivors")
    w("")
    w("*Left on purpose*: the mutant changes nothing a caller can observe (an equivalent mutant), or only a")
    w("message, log or a cost, never a number, or the code runs only under the Azurite tests that the unit filter")
    w("leaves out; the reason is given, and the mutant still counts against the score. *Not yet killed*: a real")
    w("gap, to close with a test on a real input (or to explain in tools/mutation/accepted.tsv if it is equivalent).")
    for n in names:
        s = summaries[n]
        if not s["survivors"]:
            continue
        w("")
        w(f"### {n}")
        left = [(x, why(accepted, x)) for x in s["survivors"]]
        on_purpose = [(x, r) for x, r in left if r]
        open_ = [x for x, r in left if not r]
        if on_purpose:
            w("")
            w("Left on purpose:")
            w("")
            w("| where | mutation | why it is left |")
            w("|---|---|---|")
            for x, r in on_purpose:
                w(f"| {x['file']}:{x['line']} | {x['mutator']}: `{cell(x['original'], 60)}` → `{cell(x['replacement'], 60)}` "
                  f"| {cell(r, 400)} |")
        if open_:
            w("")
            w("Not yet killed:")
            w("")
            w("| where | status | mutation |")
            w("|---|---|---|")
            for x in open_:
                w(f"| {x['file']}:{x['line']} | {x['status']} | {x['mutator']}: `{cell(x['original'], 70)}` → `{cell(x['replacement'], 70)}` |")
    w("")
    os.makedirs(os.path.join(root, "docs"), exist_ok=True)
    with open(os.path.join(root, "docs/testing.md"), "w") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    if sys.argv[1] == "summarize":
        summarize(sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5]))
    elif sys.argv[1] == "write":
        write(sys.argv[2])
    else:
        sys.exit(__doc__)
