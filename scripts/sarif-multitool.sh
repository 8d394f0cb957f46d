#!/usr/bin/env bash
# Check qms's SARIF with Microsoft's own SARIF Multitool (`validate` with its default rules: errors and
# warnings; add SARIF_LEVELS="Error;Warning;Note" to see its style notes too). The test suite checks the SARIF 2.1.0 JSON Schema offline; this
# script runs the Multitool itself where it is installed.
#
#   scripts/sarif-multitool.sh [FILE.sarif]     (default: qms validate examples/invalid --format sarif)
#
# Needs the Multitool (a .NET self-contained binary from the npm registry, ~100 MB, not a dependency):
#   npm install -g @microsoft/sarif-multitool@5.7.0   (then: chmod u+x on its Sarif.Multitool if npm
#   skipped the package's install script), or SARIF_MULTITOOL=/path/to/Sarif.Multitool.
# Exit 0 when it reports nothing at those levels; 1 otherwise; 2 when the Multitool is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# The npm wrapper runs the binary through a shell, which would split "Error;Warning" at the ";":
# call the binary itself.
binary="${SARIF_MULTITOOL:-}"
if [ -z "$binary" ]; then
  binary="$(node -e '
    const { execSync } = require("child_process");
    const paths = [process.cwd()];
    try { paths.push(execSync("npm root -g", { encoding: "utf8" }).trim()); } catch {}
    try { console.log(require(require.resolve("@microsoft/sarif-multitool", { paths }))); } catch {}
  ' 2>/dev/null)"
fi
if [ -n "$binary" ] && [ -x "$binary" ]; then
  tool=("$binary")
else
  echo "the SARIF Multitool is not installed: npm install -g @microsoft/sarif-multitool@5.7.0" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
input="${1:-}"
if [ -z "$input" ]; then
  input="$work/qms.sarif"
  node bin/qms.js validate examples/invalid --format sarif --output "$input" || [ "$?" -eq 1 ]
fi
"${tool[@]}" --version | head -1
"${tool[@]}" validate --level "${SARIF_LEVELS:-Error;Warning}" --log ForceOverwrite --output "$work/check.sarif" "$input" >/dev/null
count="$(node -e '
  const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  let n = 0;
  for (const run of s.runs) {
    for (const r of run.results ?? []) {
      const rule = run.tool.driver.rules?.find((x) => x.id === r.ruleId);
      let t = r.message.text ?? rule?.messageStrings?.[r.message.id]?.text ?? "";
      (r.message.arguments ?? []).forEach((a, i) => (t = t.replaceAll(`{${i}}`, a)));
      console.error(`${r.level ?? "warning"} ${r.ruleId}: ${t}`);
      n++;
    }
  }
  console.log(n);
' "$work/check.sarif")"
echo "SARIF Multitool: $count finding(s) in $input"
[ "$count" -eq 0 ]
