#!/usr/bin/env bash
# Runs a command with a private PulseAudio server whose default output is a null sink,
# and whose default input is a 440 Hz sine source: the real app can play and record on a
# machine without speakers or a microphone (tests, CI).
set -euo pipefail
export PULSE_RUNTIME_PATH="$(mktemp -d)"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$PULSE_RUNTIME_PATH}"
if command -v pulseaudio >/dev/null; then
  pulseaudio --daemonize=yes --exit-idle-time=-1 --disallow-exit --log-target=stderr \
    -n --load="module-native-protocol-unix" --load="module-null-sink sink_name=mestre_speakers" \
    --load="module-sine-source source_name=mestre_microphone frequency=440" 2>/dev/null || true
  pactl set-default-sink mestre_speakers 2>/dev/null || true
  pactl set-default-source mestre_microphone 2>/dev/null || true
fi
status=0
"$@" || status=$?
pulseaudio --kill 2>/dev/null || true
exit $status
