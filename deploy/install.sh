#!/usr/bin/env bash
# Installs the Outpost agent on a Debian-based board (Raspberry Pi OS, Armbian, Debian).
# Run as root from a checkout or an unpacked release:  sudo deploy/install.sh
# It copies the agent to /opt/outpost, builds it, creates the outpost user, installs the
# systemd unit and udev rules, and puts an example config in /etc/outpost/post.yaml if none.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
prefix=/opt/outpost

if [[ $EUID -ne 0 ]]; then
  echo "install.sh: run as root (sudo $0)" >&2
  exit 1
fi
if ! command -v node >/dev/null || [[ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]]; then
  echo "install.sh: Node.js 20 or newer is needed (found: $(node --version 2>/dev/null || echo none)); install it first, e.g. apt-get install nodejs" >&2
  exit 1
fi

apt-get install -y --no-install-recommends gpiod build-essential python3 >/dev/null
id outpost >/dev/null 2>&1 || useradd --system --home /var/lib/outpost --shell /usr/sbin/nologin outpost
getent group gpio >/dev/null || groupadd --system gpio
usermod -a -G dialout,gpio outpost

mkdir -p "$prefix"
tar -C "$here" --exclude=./node_modules --exclude=./.git --exclude=./var -cf - . | tar -C "$prefix" -xf -
(cd "$prefix" && npm ci && npm prune --omit=dev)   # npm ci builds (the prepare script); dev tools are then removed

install -d -m 0750 -o root -g outpost /etc/outpost
if [[ ! -f /etc/outpost/post.yaml ]]; then
  install -m 0640 -o root -g outpost "$here/deploy/examples/small-post.yaml" /etc/outpost/post.yaml
  echo "install.sh: wrote an example /etc/outpost/post.yaml: edit it, then: outpost config validate /etc/outpost/post.yaml"
fi
[[ -f /etc/outpost/outpost.env ]] || install -m 0640 -o root -g outpost /dev/null /etc/outpost/outpost.env
install -d -m 0750 -o outpost -g outpost /var/lib/outpost

if [[ -d "$here/deploy/udev" ]]; then
  install -m 0644 "$here"/deploy/udev/*.rules /etc/udev/rules.d/
  udevadm control --reload-rules && udevadm trigger || true
fi
install -m 0644 "$here/deploy/systemd/outpost.service" /etc/systemd/system/outpost.service
ln -sf "$prefix/bin/outpost.js" /usr/local/bin/outpost
systemctl daemon-reload
echo "install.sh: installed. Next: edit /etc/outpost/post.yaml, then"
echo "  outpost config validate /etc/outpost/post.yaml && systemctl enable --now outpost && journalctl -u outpost -f"
