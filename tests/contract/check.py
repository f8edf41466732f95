#!/usr/bin/env python3
"""Compares a schemathesis JUnit report with the accepted known failures in baseline.txt.

Usage: check.py <report-dir> <baseline.txt>

Each baseline line is `<check code> <METHOD /path or *> | <text the failure shows>  # reason`.
A failure is accepted when a line's code and operation match and its text occurs in the
failure's details. Any other failure fails the run (exit 1); baseline lines that matched
nothing are reported so the file does not rot."""
import glob
import re
import sys
import xml.etree.ElementTree as ET

report_dir, baseline_path = sys.argv[1], sys.argv[2]
baseline = []
for n, line in enumerate(open(baseline_path), 1):
    rule = line.split("#", 1)[0].strip()
    if not rule:
        continue
    if "#" not in line:
        sys.exit(f"{baseline_path}:{n}: every accepted failure needs a reason after '#'")
    head, text = (part.strip() for part in rule.split("|", 1))
    code, operation = head.split(" ", 1)
    baseline.append({"line": n, "code": code, "operation": operation.strip(), "text": text, "used": 0})

failures = []
for path in glob.glob(f"{report_dir}/*.xml"):
    for case in ET.parse(path).iter("testcase"):
        for result in case:
            if result.tag not in ("failure", "error"):
                continue
            details = result.text or result.get("message") or ""
            # one JUnit entry may hold several numbered failures of the operation
            for part in re.split(r"\n(?=\d+\. Test Case ID:)", details) or [details]:
                codes = re.findall(r"^- (ST\d+)", part, re.M) or [result.get("message") or result.tag]
                for code in codes:
                    failures.append((case.get("name"), code, part))

unexpected = []
for operation, code, text in failures:
    rule = next((r for r in baseline if r["code"] == code and r["operation"] in ("*", operation)
                 and r["text"] in text), None)
    if rule:
        rule["used"] += 1
    else:
        unexpected.append((operation, code, text))

for r in baseline:
    if not r["used"]:
        print(f"note: {baseline_path}:{r['line']} matched no failure in this run")
print(f"contract: {len(failures)} failures, {len(failures) - len(unexpected)} accepted by {baseline_path}, "
      f"{len(unexpected)} unexpected")
for operation, code, text in unexpected:
    print(f"\n=== {code} {operation}\n{text.strip()}")
sys.exit(1 if unexpected else 0)
