#!/usr/bin/env bash
# Index benchmark (issue #3): the news corpus split into one file per story (its `###` sections),
# indexed from scratch, then re-indexed unchanged, then queried with benches/queries.txt.
# Usage: benches/index.sh [NEWS_DIR]   (default ../shared/corpus/news); prints the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=${1:-../shared/corpus/news}
WORK=${TONGBAO_BENCH_DIR:-/tmp/tongbao-bench}
cargo build --release --quiet
BIN=target/release/tongbao
rm -rf "$WORK" && mkdir -p "$WORK/stories"
# One file per story; what stands before the first `###` of a file (its summary) is a story too.
find "$SRC" -type f -name '*.md' -o -type f -name '*.txt' | sort | while read -r f; do
  base=$(echo "${f#"$SRC"/}" | sed "s#[/ ]#_#g")
  awk -v out="$WORK/stories/$base" 'BEGIN{n=0; file=out "-0.md"} /^### /{n++; file=out "-" n ".md"} {print > file} n>0 && /^### /{close(prev)} {prev=file}' "$f"
done
stories=$(find "$WORK/stories" -type f | wc -l)
bytes=$(du -sb "$WORK/stories" | cut -f1)
echo "corpus: $stories stories, $bytes bytes, $(nproc) cores"
run() { /usr/bin/time -f "%e s wall, %M KB peak RSS" "$@"; }
echo "== first run"
run $BIN index "$WORK/stories" --index "$WORK/index"
echo "== re-run, nothing changed"
run $BIN index "$WORK/stories" --index "$WORK/index"
$BIN stats --index "$WORK/index"
echo "== queries"
$BIN bench-search benches/queries.txt --index "$WORK/index" --rounds 6
