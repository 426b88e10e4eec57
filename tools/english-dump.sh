#!/bin/sh
# The English-identical check of issue 14 (see docs/messages.md). Dumps the English output of every scenario: the text
# reports (`run`'s output) and one JSON per scenario, normalised so that output before and after a change can be
# compared byte for byte:
# - JSON: the message fields (messages, message, searchNoteMessages: key, args) and the rule-set hash (it changes with every DRL edit) are removed, and the
#   lists whose order follows the engine's firing order of rules of equal salience (rulesFired, legalBasis,
#   factsRelied, missingFacts) are sorted: a DRL edit can reorder them without changing what they hold;
# - text: the same lists (Legal basis, Rules, Waiting on, Facts) are unwrapped and sorted (tools/english-normalise.py).
# Reasons are compared verbatim. Usage, from the root of a worktree after `mvn -B -o -q package -DskipTests`:
#   tools/english-dump.sh <outdir>
set -e
out="$1"
[ -n "$out" ] || { echo "usage: tools/english-dump.sh <outdir>" >&2; exit 2; }
rm -rf "$out" && mkdir -p "$out/json"
java -jar examples/target/refugee-law-examples.jar run examples/scenarios --json-out="$out/json.raw" 2>/dev/null \
    | python3 tools/english-normalise.py > "$out/run.txt" || true
for f in "$out"/json.raw/*.json; do
  jq -S 'del(.ruleSetHash) | walk(if type == "object" then del(.messages, .message, .searchNoteMessages)
      | with_entries(if (.key | IN("rulesFired", "legalBasis", "factsRelied", "missingFacts"))
                     then .value |= sort else . end) else . end)' "$f" > "$out/json/$(basename "$f")"
done
rm -rf "$out/json.raw"
echo "wrote $out/run.txt and $(ls "$out/json" | wc -l) JSON files"
