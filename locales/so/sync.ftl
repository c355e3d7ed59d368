# Mestre — Soomaali (Somali). Short, plain sentences.
# This file: connecting devices and syncing.
# review: the whole file needs a check by a native Somali speaker at the café.

## Sync
sync-now = Hadda isku dhaf
sync-last = Markii ugu dambeysay: { $when }
sync-never = Weli lama isku dhafin
sync-running = Waa la isku dhafayaa …
sync-rows = Xog: { $done } ka mid ah { $total }
sync-media = Sawirro: { $done } ka mid ah { $total }
sync-done = Waa dhammaatay! Labaduba waa isku mid.
connect-tablet = Ku xir tablet
connect-laptop = Ku xir kombiyuutarka hagaha
pair-code-title = Koodka isku xirka
pair-code-help = Ku qor lambaradan tablet-ka, ama sawirka ku iskaan kamarada.
pair-code-expires = Koodku wuxuu shaqeynayaa { $minutes } daqiiqo.
pair-address = Cinwaanka kombiyuutarka
pair-code-label = Kood (lix lambar)
pair-join-submit = Isku xir
pair-done = Waxaa lagu xiray { $name }.
paired-devices = Qalabka ku xiran
unpair = Ka fur
pair-none = Weli qalab lama xirin.
sync-photo-coming = Sawirku wuxuu iman doonaa isku-dhafka xiga.
pair-scan = Koodka ku iskaan kamarada
