#!/bin/sh
# Run in the kernel VM after the suites (outpost-run.sh, written by initramfs.mjs): for every process that died of a
# fault there, the kernel's own line (address, instruction pointer, the library it was in) and, from its core, a
# backtrace of each thread, prefixed "outpost-kernel-crash: " on the console. A crash that timing hides may not come
# back on the next run, so the first one is the one to read. Usage: guest-crashes.sh CORE_DIR (core.PID.EXE, EXE's
# slashes written as "!", as core_pattern's %E does).
cores=$1
dmesg | grep -E 'segfault at|traps:|general protection' | sed 's/^/outpost-kernel-crash: /'
for core in "$cores"/core.*; do
  [ -f "$core" ] || continue
  name=${core##*/}
  rest=${name#core.}
  pid=${rest%%.*}
  exe=$(printf '%s' "${rest#*.}" | tr '!' '/')
  echo "outpost-kernel-crash: process $pid ($exe) dumped core"
  if ! command -v gdb >/dev/null; then
    echo "outpost-kernel-crash: no gdb on this machine for a backtrace (apt-get install gdb)"
    continue
  fi
  # The crashing thread first, then every thread: V8's frames show as ?? but native ones (addons, libuv, glibc) are named.
  timeout 300 gdb -batch -nx -ex 'bt 40' -ex 'info registers rip' -ex 'thread apply all bt 15' "$exe" "$core" 2>&1 \
    | grep -vE '^\[New LWP|^$|^warning: ' | head -300 | sed 's/^/outpost-kernel-crash: /'
  rm -f "$core"
done
