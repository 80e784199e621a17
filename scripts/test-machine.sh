#!/usr/bin/env bash
# What `npm test` needs from Debian besides the npm packages: Chromium for the browser tests,
# redis-server for the distributed counter store, nginx for the deployment test, prlimit (in
# util-linux) to run the server under a small file limit. Installs what is missing when run as
# root (CI and the development machines); otherwise says what to install and stops.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/redis-server ] || missing+=(redis-server)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v prlimit >/dev/null || missing+=(util-linux)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "npm test needs Debian packages that are not installed: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing what the tests need: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
