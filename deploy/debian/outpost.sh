#!/bin/sh
# /usr/bin/outpost from the outpost .deb: runs the active release (/usr/lib/outpost/current, which
# outpost-upgrade switches) with the Node.js on PATH; the agent itself checks that Node is 20 or newer.
release=/usr/lib/outpost/current
node="${OUTPOST_NODE:-$(command -v node || command -v nodejs || true)}"
if [ -z "$node" ]; then
  echo "outpost: Node.js is not installed (expected node on PATH). On Debian 13: apt-get install nodejs; on Debian 12 install Node 20 from NodeSource (see /usr/share/doc/outpost/README.md, Installing on a board)." >&2
  exit 1
fi
if [ ! -e "$release/bin/outpost.js" ]; then
  echo "outpost: no active release at $release (expected a link to /usr/lib/outpost/releases/<version>); reinstall the package: apt-get install --reinstall outpost" >&2
  exit 1
fi
exec "$node" "$release/bin/outpost.js" "$@"
