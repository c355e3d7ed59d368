# Mestre — Kurdî (Kurmancî), Latin script. Short, plain sentences.
# This file: connecting devices and syncing.
# review: the whole file needs a check by a native Kurmanji speaker at the café.

## Sync
sync-now = Niha hevdem bike
sync-last = Hevdemkirina dawî: { $when }
sync-never = Hêj nehatiye hevdemkirin
sync-running = Tê hevdemkirin …
sync-rows = Dane: { $done } ji { $total }
sync-media = Wêne: { $done } ji { $total }
sync-done = Qediya! Her du jî wek hev in.
connect-tablet = Tabletekê girêde
connect-laptop = Bi komputera rêberê ve girêde
pair-code-title = Koda girêdanê
pair-code-help = Van jimaran li ser tabletê binivîse, an wêneyê bi kamerayê bixwîne.
pair-code-expires = Kod { $minutes } deqeyan derbasdar e.
pair-address = Navnîşana komputerê
pair-code-label = Kod (şeş jimar)
pair-join-submit = Girêde
pair-done = Bi { $name } ve hate girêdan.
paired-devices = Amûrên girêdayî
unpair = Veqetîne
pair-none = Hêj tu amûr nehatine girêdan.
sync-photo-coming = Wêne bi hevdemkirina din re tê.
pair-scan = Kodê bi kamerayê bixwîne
