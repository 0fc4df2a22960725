#!/usr/bin/env bash
# Makes the Debian 13 (trixie) chroot that test/package installs the .deb into, once per
# architecture: /var/cache/outpost-deb/trixie-<arch> (OUTPOST_DEB_CACHE). Tests never change it:
# each one works on an overlay of it. arm64 runs under qemu-user-static (binfmt_misc).
#   scripts/package-chroot.sh amd64|arm64
# Needs root, debootstrap, and for arm64 qemu-user-static + binfmt-support; about 5 minutes (arm64: 10).
set -euo pipefail
arch="${1:-}"
[[ "$arch" == amd64 || "$arch" == arm64 ]] || { echo "package-chroot.sh: name the architecture: amd64 or arm64" >&2; exit 2; }
cache="${OUTPOST_DEB_CACHE:-/var/cache/outpost-deb}"
target="$cache/trixie-$arch"
if [[ -x "$target/usr/bin/node" && -x "$target/usr/bin/socat" ]]; then
  echo "$target"
  exit 0
fi
command -v debootstrap >/dev/null || { echo "package-chroot.sh: debootstrap is missing: apt-get install debootstrap${arch/amd64/}${arch/arm64/ qemu-user-static binfmt-support}" >&2; exit 1; }
mkdir -p "$cache"
rm -rf "$target.tmp"
# nodejs (20 in trixie) and socat: what the package depends on, so the tests need no network.
debootstrap --variant=minbase --arch="$arch" --include=nodejs,socat,ca-certificates trixie "$target.tmp" http://deb.debian.org/debian >&2
chroot "$target.tmp" apt-get clean
mv "$target.tmp" "$target"
echo "$target"
