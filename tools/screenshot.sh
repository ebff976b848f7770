#!/usr/bin/env bash
# Takes a screenshot of the app in a virtual X display.
#
#   ./mvnw -B -DskipTests package            # builds target/tertib.jar
#   tools/screenshot.sh [app args...]        # writes docs/screenshots/shot.png
#   SHOT=/tmp/x.png WAIT=10 tools/screenshot.sh
#
# Env: SHOT (output PNG, default docs/screenshots/shot.png), WAIT (seconds to wait after start,
# default 6), JAR (default target/tertib.jar), SIZE (default 1366x768x24).
# Installs xvfb, libgtk-3-0 and imagemagick with apt-get if they are missing (needs root).
set -euo pipefail
cd "$(dirname "$0")/.."

SHOT="${SHOT:-docs/screenshots/shot.png}"
WAIT="${WAIT:-6}"
JAR="${JAR:-target/tertib.jar}"
SIZE="${SIZE:-1366x768x24}"

if [ ! -f "$JAR" ]; then
  echo "screenshot: $JAR not found; build it first: ./mvnw -B -DskipTests package" >&2
  exit 1
fi

missing=()
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v import >/dev/null 2>&1 || missing+=(imagemagick)
dpkg-query -W -f='${Status}' libgtk-3-0 2>/dev/null | grep -q 'install ok installed' || missing+=(libgtk-3-0)
if [ ${#missing[@]} -gt 0 ]; then
  echo "screenshot: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

# A free display number: no lock file and no socket.
display=99
while [ -e "/tmp/.X${display}-lock" ] || [ -e "/tmp/.X11-unix/X${display}" ]; do
  display=$((display + 1))
done

xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

Xvfb ":$display" -screen 0 "$SIZE" -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 50); do
  [ -e "/tmp/.X11-unix/X${display}" ] && break
  sleep 0.1
done

log="$(mktemp -t tertib-screenshot.XXXXXX.log)"
DISPLAY=":$display" java -Dprism.order=sw -jar "$JAR" "$@" >"$log" 2>&1 &
app_pid=$!
sleep "$WAIT"

if ! kill -0 "$app_pid" 2>/dev/null; then
  echo "screenshot: the app exited before the screenshot; its output ($log):" >&2
  tail -n 40 "$log" >&2
  exit 1
fi

mkdir -p "$(dirname "$SHOT")"
DISPLAY=":$display" import -window root "$SHOT"
echo "screenshot: $SHOT (app output: $log)"
