# Mestre — English.
# This file: connecting devices and syncing.

## Sync
sync-now = Sync now
sync-last = Last synced: { $when }
sync-never = Not synced yet
sync-running = Syncing …
sync-rows = Data: { $done } of { $total }
sync-media = Pictures: { $done } of { $total }
sync-done = Done! Both have the same now.
connect-tablet = Connect a tablet
connect-laptop = Connect to the mentor's laptop
pair-code-title = Code to connect
pair-code-help = Type these digits on the tablet, or scan the picture with its camera.
pair-code-expires = The code is valid for { $minutes } minutes.
pair-address = The laptop's address
pair-code-label = Code (six digits)
pair-join-submit = Connect
pair-done = Connected to { $name }.
paired-devices = Connected devices
unpair = Disconnect
pair-none = No devices are connected yet.
sync-photo-coming = The picture comes with the next sync.
pair-scan = Scan the code with the camera
