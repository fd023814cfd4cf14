#!/usr/bin/env bash
# The README's quick start on a bare Debian 12, as a new user meets it: a minimal root made
# with debootstrap (minbase, with git and CA certificates only), this commit cloned into it,
# and ./run.sh run there; then every format of every shipped program must be in its exports/.
# Nothing installed on this machine by hand can hide a missing install step. Needs root.
#
#   .ci/bare_machine.sh    (from anywhere; the root is made anew under /tmp and removed after,
#                           its log /tmp/trainkit-bare.*.log kept for a look)
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
commit=$(git -C "$project" rev-parse HEAD)
root=$(mktemp -d /tmp/trainkit-bare.XXXXXX)
log=$root.log

cleanup() {
  umount "$root/proc" 2>/dev/null || true
  if grep -q " $root/" /proc/mounts; then
    echo "something is still mounted under $root; left in place"
  else
    rm -rf --one-file-system "$root"
  fi
}
trap cleanup EXIT

# The Debian mirror this machine's apt uses.
mirror=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$mirror" ] || mirror=$(awk '/^deb / { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)
[ -n "$mirror" ] || { echo "no Debian mirror in this machine's apt sources"; exit 2; }
command -v debootstrap > /dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap > /dev/null
}

echo "bare machine: debootstrap bookworm (minbase) into $root"
debootstrap --variant=minbase --include=ca-certificates,git bookworm "$root" "$mirror" > "$log" 2>&1 ||
  { tail -20 "$log"; echo "debootstrap failed"; exit 2; }
# The trust settings every machine here has (a proxy's certificate authority), nothing else.
if compgen -G "/usr/local/share/ca-certificates/*.crt" > /dev/null; then
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  chroot "$root" update-ca-certificates > /dev/null 2>&1
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"

git clone -q "$project" "$root/root/project"
git -C "$root/root/project" checkout -q "$commit"
# Only /proc is shared: the root's /dev holds its own device nodes, so nothing run in it can
# touch this machine's /dev/null.
mount -t proc proc "$root/proc"

echo "bare machine: ./run.sh (log: $log)"
if ! chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 /bin/bash -c 'cd /root/project && ./run.sh' >> "$log" 2>&1; then
  tail -40 "$log"
  echo "bare machine: ./run.sh failed"
  exit 1
fi
python3 "$project/.ci/check_exports.py" "$root/root/project"
