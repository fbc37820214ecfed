#!/usr/bin/env bash
# Memory and time of `tongbao extract` against the size of one document (issue 15).
#
#   benches/size.sh [SIZES_MB...]        default: 1 10 50 100
#   KINDS=prose benches/size.sh 100     one kind only (dense text takes about 10 s per MB)
#
# For each size it writes two documents into a temporary folder and extracts each alone,
# measuring wall time and peak resident memory with GNU time (`/usr/bin/time -f`):
#   prose  the bundled sample bulletin and news story repeated (paragraphs, dates, figures)
#   dense  `1234567890亿元` repeated on one line (a figure every 16 bytes, no line break)
# Output goes to /dev/null; facts are counted from tongbao's summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${TONGBAO:-target/release/tongbao}
[ -x "$BIN" ] || cargo build --release
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time" >&2; exit 1; }
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1 10 50 100)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Repeats file $1 until $2 MB into $3.
fill() {
    local want=$(($2 * 1000000))
    : > "$3"
    while [ "$(stat -c %s "$3")" -lt "$want" ]; do cat "$1" >> "$3"; done
    truncate -s "$want" "$3"
}

cat corpus/bulletin-2024-q1.txt corpus/news-xikou.txt > "$TMP/prose.unit"
printf '1234567890亿元%.0s' $(seq 1 4096) > "$TMP/dense.unit"
printf '%-6s %6s %9s %10s %12s\n' kind MB seconds peak_MB facts
for mb in "${SIZES[@]}"; do
    for kind in ${KINDS:-prose dense}; do
        fill "$TMP/$kind.unit" "$mb" "$TMP/$kind-$mb.txt"
        /usr/bin/time -f '%e %M' -o "$TMP/time" "$BIN" extract "$TMP/$kind-$mb.txt" > /dev/null 2> "$TMP/err" || true
        read -r secs kb < "$TMP/time"
        facts=$(grep -o '[0-9]* facts' "$TMP/err" | head -1 | cut -d' ' -f1)
        printf '%-6s %6s %9s %10s %12s\n' "$kind" "$mb" "$secs" "$((kb / 1024))" "${facts:-?}"
        rm -f "$TMP/$kind-$mb.txt"
    done
done
