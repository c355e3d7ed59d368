# Shared by scripts/run.sh and scripts/test.sh: install what is missing on Debian/Ubuntu.

# The Debian packages needed to build the app (WebKitGTK and friends) and to speak.
BUILD_PACKAGES="libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev libsoup-3.0-dev build-essential pkg-config libssl-dev espeak-ng cmake libasound2-dev"
# Node.js only when there is none: an existing Node (e.g. from NodeSource) is kept.
command -v npm >/dev/null || BUILD_PACKAGES="$BUILD_PACKAGES nodejs npm"
# Extra packages for the tests: a virtual display, the WebKit and Chromium drivers,
# a sound server with a null sink, tools that make audio fixtures, and libvips (the
# thumbnail benchmark compares with it), and poppler (tests read the PDFs back).
TEST_PACKAGES="xvfb xauth webkit2gtk-driver chromium dbus-x11 pulseaudio pulseaudio-utils libasound2-plugins sox libvips-tools poppler-utils"

missing_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  echo "${missing[*]}"
}

ensure_packages() {
  local missing
  missing=$(missing_packages "$@")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ]; then
    echo "==> installing Debian packages: $missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "Mestre needs these Debian packages. Install them, then run this again:" >&2
    echo "  sudo apt-get install $missing" >&2
    exit 1
  fi
}

ensure_cargo() {
  if ! command -v cargo >/dev/null; then
    [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
  fi
  command -v cargo >/dev/null || { echo "Rust is missing: install it with rustup (https://rustup.rs), then run this again." >&2; exit 1; }
}

# Build the web UI into ui/dist (tauri-build embeds it, so it must exist first).
build_ui() {
  (cd ui && { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund; } && npm run --silent build)
}
