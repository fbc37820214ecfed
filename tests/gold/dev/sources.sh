#!/usr/bin/env bash
# Cuts the development gold's documents out of ../shared/corpus into OUT (default
# /tmp/tongbao-dev-sources), as MANIFEST (default: manifest.tsv here) says: score them with
#   tongbao extract OUT > pred.jsonl; python3 ../shared/eval/score.py tests/gold/dev pred.jsonl
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="${TONGBAO_CORPUS:-$here/../../../../shared/corpus}"
out="${1:-/tmp/tongbao-dev-sources}"
manifest="${2:-$here/manifest.tsv}"
mkdir -p "$out"
grep -v '^#' "$manifest" | while IFS=$'\t' read -r name src lines; do
  [ -n "$name" ] || continue
  if [ "$lines" = all ]; then
    cp "$corpus/$src" "$out/$name"
  else
    sed -n "${lines/-/,}p" "$corpus/$src" > "$out/$name"
  fi
done
echo "$out"
