# Mestre — Norsk bokmål. The reference locale: every message exists here first.
# This file: connecting devices and syncing.
# Short, plain sentences: many trainees are just learning to read.

## Sync
sync-now = Synkroniser nå
sync-last = Sist synkronisert: { $when }
sync-never = Ikke synkronisert ennå
sync-running = Synkroniserer …
sync-rows = Data: { $done } av { $total }
sync-media = Bilder: { $done } av { $total }
sync-done = Ferdig! Alt er likt på begge.
connect-tablet = Koble til et nettbrett
connect-laptop = Koble til veilederens PC
pair-code-title = Kode for å koble til
pair-code-help = Skriv disse sifrene på nettbrettet, eller skann bildet med kameraet.
pair-code-expires = Koden gjelder i { $minutes } minutter.
pair-address = Adresse til PC-en
pair-code-label = Kode (seks sifre)
pair-join-submit = Koble til
pair-done = Koblet til { $name }.
paired-devices = Tilkoblede enheter
unpair = Koble fra
pair-none = Ingen enheter er koblet til ennå.
sync-photo-coming = Bildet kommer ved neste synkronisering.
pair-scan = Skann koden med kameraet
