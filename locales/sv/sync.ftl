# Mestre — Svenska.
# This file: connecting devices and syncing.

## Sync
sync-now = Synkronisera nu
sync-last = Senast synkroniserad: { $when }
sync-never = Inte synkroniserad än
sync-running = Synkroniserar …
sync-rows = Data: { $done } av { $total }
sync-media = Bilder: { $done } av { $total }
sync-done = Klart! Allt är likadant på båda.
connect-tablet = Koppla till en surfplatta
connect-laptop = Koppla till handledarens dator
pair-code-title = Kod för att koppla ihop
pair-code-help = Skriv de här siffrorna på surfplattan, eller skanna bilden med kameran.
pair-code-expires = Koden gäller i { $minutes } minuter.
pair-address = Datorns adress
pair-code-label = Kod (sex siffror)
pair-join-submit = Koppla ihop
pair-done = Ihopkopplad med { $name }.
paired-devices = Ihopkopplade enheter
unpair = Koppla bort
pair-none = Inga enheter är ihopkopplade än.
sync-photo-coming = Bilden kommer vid nästa synkronisering.
pair-scan = Skanna koden med kameran
