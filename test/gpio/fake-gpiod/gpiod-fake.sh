#!/bin/bash
# Stands in for the libgpiod tools (linked as gpioinfo, gpiodetect, gpioget, gpiomon, gpioset):
# replays the transcripts in $FAKE_GPIOD_FIXTURES (test/fixtures/gpio/v1 or v2) with the
# argument syntax and error messages of that major version, so the backend's real
# spawn/parse path runs. Line state lives in $FAKE_GPIOD_STATE:
#   level-<offset>   physical level gpioget reports (gpioset writes it)
#   events-<offset>  lines gpiomon prints as they are appended
#   denied           every tool fails with EACCES
#   calls.log        every invocation
#   gpiomon-<offset>.pid  the running gpiomon, so a test can kill it
set -u
tool=$(basename "$0")
F=$FAKE_GPIOD_FIXTURES
S=$FAKE_GPIOD_STATE
major=$(sed -n 's/.*libgpiod) v\([0-9]*\)\..*/\1/p' "$F/version.txt")
echo "$tool $*" >>"$S/calls.log"

chip=""
operands=()
while [ $# -gt 0 ]; do
  case "$1" in
    --version) cat "$F/version.txt"; exit 0 ;;
    --chip|-c) chip=$2; shift ;;
    --chip=*) chip=${1#--chip=} ;;
    -B) shift ;;
    -*) ;;
    *) operands+=("$1") ;;
  esac
  shift
done
if [ "$major" = 1 ] && [ "$tool" != gpiodetect ] && [ ${#operands[@]} -gt 0 ]; then
  chip=${operands[0]}
  operands=("${operands[@]:1}")
fi
chip=${chip#/dev/}
offset=${operands[0]:-}
offset=${offset%%=*}

fail() { echo "$tool: $1" >&2; exit 1; }

if [ -e "$S/denied" ]; then
  if [ "$major" = 1 ]; then
    case $tool in
      gpiodetect) fail "unable to access GPIO chips: Permission denied" ;;
      gpioinfo) fail "looking up chip $chip: Permission denied" ;;
      *) fail "error reading GPIO values: Permission denied" ;;
    esac
  else
    fail "unable to open chip '/dev/${chip:-gpiochip0}': Permission denied"
  fi
fi

if [ "$tool" = gpiodetect ]; then cat "$F/gpiodetect.txt"; exit 0; fi

info="$F/gpioinfo-$chip.txt"
if [ ! -f "$info" ]; then
  if [ "$major" = 1 ]; then fail "looking up chip $chip: No such file or directory"; fi
  fail "cannot find GPIO chip character device '$chip'"
fi
if [ "$tool" = gpioinfo ]; then
  # Lines held by a running fake gpiomon/gpioset show it as their consumer, as the kernel would.
  held=""
  for file in "$S"/held-*; do
    [ -e "$file" ] || continue
    read -r pid consumer <"$file"
    kill -0 "$pid" 2>/dev/null && held="$held ${file##*/held-}=$consumer"
  done
  awk -v held="$held" -v major="$major" '
    BEGIN { n = split(held, pairs, " "); for (i = 1; i <= n; i++) { split(pairs[i], kv, "="); owner[kv[1]] = kv[2] } }
    match($0, /line +[0-9]+:/) {
      offset = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", offset)
      if (offset in owner) {
        if (major == 1) { sub(/unused/, "\"" owner[offset] "\""); sub(/ *$/, ""); $0 = $0 "  [used]" }
        else { $0 = $0 " consumer=\"" owner[offset] "\"" }
      }
    }
    { print }
  ' "$info"
  exit 0
fi

if grep -E "^\s*line +$offset:" "$info" | grep -qE '\[used|consumer='; then
  if [ "$major" = 1 ]; then
    case $tool in
      gpiomon) fail "error waiting for events: Device or resource busy" ;;
      gpioset) fail "error setting the GPIO line values: Device or resource busy" ;;
      *) fail "error reading GPIO values: Device or resource busy" ;;
    esac
  fi
  fail "unable to request lines on chip '/dev/$chip': Device or resource busy"
fi

case $tool in
  gpioget)
    touch "$S/events-$offset"
    wc -l <"$S/events-$offset" >"$S/seen-$offset"
    level=$(cat "$S/level-$offset" 2>/dev/null || echo 0)
    if [ "$major" = 1 ]; then echo "$level"
    elif [ "$level" = 1 ]; then echo "\"$offset\"=active"
    else echo "\"$offset\"=inactive"; fi
    ;;
  gpiomon)
    echo $$ >"$S/gpiomon-$offset.pid"
    echo "$$ gpiomon" >"$S/held-$offset"
    touch "$S/events-$offset"
    # Show only events after the level was read (gpioget noted how many there were then), not
    # what an earlier monitor saw; a slow start on a loaded machine then loses nothing.
    seen=$(cat "$S/seen-$offset" 2>/dev/null || wc -l <"$S/events-$offset")
    [ "$major" = 2 ] && echo "Monitoring line $chip $offset ..."
    exec tail -n +$((seen + 1)) -s 0.02 -F "$S/events-$offset" 2>/dev/null
    ;;
  gpioset)
    value=${operands[0]#*=}
    echo "$value" >"$S/level-$offset"
    echo "$offset=$value" >>"$S/set.log"
    # FAKE_GPIOD_LOOPBACK=OUT:IN wires output offset OUT to input offset IN, as the hardware suite's jumper does.
    loopback=${FAKE_GPIOD_LOOPBACK:-}
    if [ -n "$loopback" ] && [ "${loopback%%:*}" = "$offset" ]; then
      in=${loopback#*:}
      if [ "$(cat "$S/level-$in" 2>/dev/null || echo 0)" != "$value" ]; then
        echo "$value" >"$S/level-$in"
        now=$(date +%s.%N)
        if [ "$major" = 1 ]; then
          edge=$([ "$value" = 1 ] && echo " RISING" || echo "FALLING")
          echo "event: $edge EDGE offset: $in timestamp: [$now]" >>"$S/events-$in"
        else
          edge=$([ "$value" = 1 ] && echo rising || echo falling)
          printf '%s\t%s\t%s %s\n' "$now" "$edge" "$chip" "$in" >>"$S/events-$in"
        fi
      fi
    fi
    echo "$$ gpioset" >"$S/held-$offset"
    [ "$major" = 2 ] && echo "Setting line '$offset'..."
    exec sleep 3600
    ;;
esac
