#!/usr/bin/env bash
# Renders the HTML view of a text in headless Chromium and checks it (tools/html_check.py): every
# entity highlighted once with its kind, the text shown exactly, a tooltip painted on focus, the
# screenshot not blank.
#
#   tools/html_check.sh [TEXT [EXPECTED.tsv]]
#
# Defaults: docs/html-sample.txt and its hand-checked docs/html-sample.expected.tsv, dated
# 2016-12-20. Environment: HTML_CHECK_DATE (document date; empty for none), HTML_CHECK_OUT (a
# directory to keep page.html, dom.html and page.png in; otherwise a temporary one, kept only
# when a check fails),
# HTML_CHECK_SIZE (window, default 1280,820), CHROMIUM (the browser binary). Needs Debian's
# `chromium` (apt-get install -y chromium) and python3; builds the `extract` example.
set -euo pipefail
cd "$(dirname "$0")/.."

text=${1:-docs/html-sample.txt}
expected=${2:-}
if [ $# -eq 0 ]; then
    expected=docs/html-sample.expected.tsv
fi
date=${HTML_CHECK_DATE-2016-12-20}
size=${HTML_CHECK_SIZE:-1280,820}
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chromium" ]; then
    echo "html_check: chromium not found; install it (apt-get install -y chromium) or set CHROMIUM" >&2
    exit 2
fi

out=${HTML_CHECK_OUT:-$(mktemp -d)}
mkdir -p "$out"
profile_dir=$(mktemp -d)
trap 'rm -rf "$profile_dir"' EXIT

cargo build --release --quiet --example extract
bin=${CARGO_TARGET_DIR:-target}/release/examples/extract
date_args=()
if [ -n "$date" ]; then
    date_args=(--date "$date")
fi
"$bin" "${date_args[@]}" --html "$text" > "$out/page.html"
"$bin" "${date_args[@]}" --json "$text" > "$out/entities.jsonl"

# The screenshot shows one tooltip: the first official's mark gets keyboard focus on load.
python3 - "$out/page.html" "$out/focus.html" <<'EOF'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
mark = '<mark class="m k-official"'
if mark not in page:
    mark = '<mark class="m '
page = page.replace(mark, mark.replace("<mark ", "<mark autofocus "), 1)
open(sys.argv[2], "w", encoding="utf-8").write(page)
EOF

browser=(timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic
    --no-first-run --disable-background-networking --disable-component-update --disable-sync
    --user-data-dir="$profile_dir" --force-device-scale-factor=1 --hide-scrollbars
    --window-size="$size")
"${browser[@]}" --dump-dom "file://$(realpath "$out/page.html")" > "$out/dom.html" 2> "$out/chromium.log"
"${browser[@]}" --screenshot="$out/page.png" "file://$(realpath "$out/focus.html")" \
    >> "$out/chromium.log" 2>&1

check=(python3 tools/html_check.py --text "$text" --dom "$out/dom.html" --png "$out/page.png"
    --json "$out/entities.jsonl" --tooltip)
if [ -n "$expected" ]; then
    check+=(--expected "$expected")
fi
"${check[@]}"
if [ -n "${HTML_CHECK_OUT:-}" ]; then
    echo "html_check: ok (page, DOM and screenshot in $out)"
else
    rm -rf "$out"
    echo "html_check: ok"
fi
