#!/usr/bin/env bash
# Same output as an earlier revision? Runs `annotate` and `extract` from the revision REV
# (a temporary worktree) and from this checkout on examples/corpus and the first N PolNeAR
# articles (../shared/corpus/polnear/train/text, sorted by name; skipped with a message
# when ../shared is absent), and compares each pair with cmp.
#   scripts/compare_outputs.sh REV [N=200] [--drop KEY,...]
# --drop removes top-level keys of annotate's records before comparing (a field a change
# adds on purpose); every other byte must be the same. Exit status 1 if any pair differs.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:?usage: scripts/compare_outputs.sh REV [N] [--drop KEY,...]}
count=200
drop=""
shift
while [[ $# -gt 0 ]]; do
  case $1 in
    --drop) drop=$2; shift 2 ;;
    *) count=$1; shift ;;
  esac
done
python=.venv/bin/python
work=$(mktemp -d)
trap 'git worktree remove --force "$work/old" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add --detach "$work/old" "$rev" >/dev/null 2>&1

inputs=(examples/corpus)
polnear=../shared/corpus/polnear/train/text
if [[ -d $polnear ]]; then
  mkdir "$work/polnear"
  { find "$polnear" -maxdepth 1 -name '*.txt' | sort | head -n "$count" > "$work/polnear.list"; } || true  # head ends the pipe early
  xargs -I{} cp {} "$work/polnear/" < "$work/polnear.list"
  inputs+=("$work/polnear")
else
  echo "../shared not present: comparing on examples/corpus only" >&2
fi

run() {  # run SRC NAME COMMAND INPUT
  PYTHONPATH="$1" "$python" -m dyadwatch "$3" --quiet "$4" > "$work/$2" 2>/dev/null || true
  if [[ -n $drop && $3 == annotate ]]; then
    "$python" - "$work/$2" "$drop" <<'EOF'
import json, sys
path, keys = sys.argv[1], sys.argv[2].split(",")
lines = open(path, encoding="utf-8").read().splitlines()
with open(path, "w", encoding="utf-8") as out:
    for line in lines:
        record = json.loads(line)
        for key in keys:
            record.pop(key, None)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
EOF
  fi
}

status=0
for input in "${inputs[@]}"; do
  for command in annotate extract; do
    name="$command-$(basename "$input")"
    run "$work/old/src" "$name.old" "$command" "$input"
    run "$PWD/src" "$name.new" "$command" "$input"
    if cmp -s "$work/$name.old" "$work/$name.new"; then
      echo "same      $command $input ($(wc -l < "$work/$name.new") records)"
    else
      echo "DIFFERENT $command $input: $(cmp "$work/$name.old" "$work/$name.new" | head -1)"
      status=1
    fi
  done
done
exit $status
