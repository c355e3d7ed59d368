# Mestre — Norsk nynorsk.
# This file: connecting devices and syncing.

## Sync
sync-now = Synkroniser no
sync-last = Sist synkronisert: { $when }
sync-never = Ikkje synkronisert enno
sync-running = Synkroniserer …
sync-rows = Data: { $done } av { $total }
sync-media = Bilete: { $done } av { $total }
sync-done = Ferdig! Alt er likt på begge.
connect-tablet = Kopla til eit nettbrett
connect-laptop = Kopla til PC-en til rettleiaren
pair-code-title = Kode for å kopla til
pair-code-help = Skriv desse sifra på nettbrettet, eller skann biletet med kameraet.
pair-code-expires = Koden gjeld i { $minutes } minutt.
pair-address = Adressa til PC-en
pair-code-label = Kode (seks siffer)
pair-join-submit = Kopla til
pair-done = Kopla til { $name }.
paired-devices = Tilkopla einingar
unpair = Kopla frå
pair-none = Ingen einingar er kopla til enno.
sync-photo-coming = Biletet kjem ved neste synkronisering.
pair-scan = Skann koden med kameraet
