# Mestre — پښتو (Pashto). Short, plain sentences.
# This file: connecting devices and syncing.
# review: the whole file needs a check by a native Pashto speaker at the café.

## Sync
sync-now = اوس همغږي کړئ
sync-last = وروستۍ همغږي: { $when }
sync-never = لا همغږي شوې نه ده
sync-running = همغږي روانه ده …
sync-rows = معلومات: { $done } له { $total }
sync-media = انځورونه: { $done } له { $total }
sync-done = بشپړ شو! دواړه یو شان دي.
connect-tablet = ټابلیټ ونښلوئ
connect-laptop = د لارښودې کمپیوټر سره ونښلوئ
pair-code-title = د نښلولو کوډ
pair-code-help = دا عددونه په ټابلیټ کې ولیکئ، یا انځور په کمره سکن کړئ.
pair-code-expires = کوډ د { $minutes } دقیقو لپاره اعتبار لري.
pair-address = د کمپیوټر پته
pair-code-label = کوډ (شپږ عددونه)
pair-join-submit = ونښلوئ
pair-done = له { $name } سره ونښلول شو.
paired-devices = نښلول شوې وسیلې
unpair = جلا کړئ
pair-none = لا هېڅ وسیله نه ده نښلول شوې.
sync-photo-coming = انځور به په راتلونکې همغږۍ کې راشي.
pair-scan = کوډ په کمره سکن کړئ
