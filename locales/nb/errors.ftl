# Mestre — Norsk bokmål. The reference locale: every message exists here first.
# This file: every error, as a person hears it.
# Short, plain sentences: many trainees are just learning to read.

## Errors
error-login-failed = Det var ikke riktig. Prøv igjen.
error-login-locked =
    { $minutes ->
        [one] For mange forsøk. Vent ett minutt, så kan du prøve igjen.
       *[other] For mange forsøk. Vent { $minutes } minutter, så kan du prøve igjen.
    }
error-not-allowed = Bare en veileder kan gjøre dette.
error-invalid-input = Sjekk det du har skrevet eller valgt.
error-image-unreadable = Bildet kan ikke åpnes. Det er ødelagt, eller det er ikke et bilde.
error-image-too-large = Bildet er for stort. Velg et mindre bilde.
error-database-too-new = Dataene er laget av en nyere Mestre. Oppdater appen.
error-database-unavailable = Dataene kan ikke åpnes.
error-not-found = Fant det ikke.
error-setup-state = Kafeen er allerede satt opp.
error-storage = Noe gikk galt ved lagring. Ingenting er slettet.
error-peer-unreachable = Fant ikke den andre enheten. Sjekk at begge er på samme nett.
error-not-paired = Denne enheten er ikke koblet til den andre. Koble dem sammen først.
error-sync-interrupted = Synkroniseringen ble avbrutt. Ingenting er tapt. Prøv igjen.
error-sync-refused = Den andre enheten sa nei. Prøv igjen, eller koble dem sammen på nytt.
error-schema-mismatch = Enhetene har ulike versjoner av Mestre. Oppdater begge.
error-pairing-wrong-code = Feil kode. Prøv igjen.
error-pairing-closed = Koden gjelder ikke lenger. Be om en ny kode.
error-voice-pack-unreadable = Filen er ikke en stemmepakke fra Mestre, eller den er ødelagt.
error-recording-empty = Opptaket er tomt. Snakk litt nærmere, og prøv igjen.
error-audio-unreadable = Opptaket kan ikke spilles av. Det er ødelagt.
error-microphone-missing = Fant ingen mikrofon. Be veilederen om hjelp.
error-microphone-busy = Mikrofonen er i bruk eller virker ikke. Prøv igjen om litt.
error-other-cafe = Denne enheten hører til en annen kafé.
error-pairing-busy = Den andre enheten er opptatt. Vent litt og prøv igjen.
error-mentor-key-missing = Veiledernøkkelen din er ikke på denne enheten ennå. Synkroniser med kafeens PC først.
error-printer-unavailable = Ingen skriver tok imot utskriften. PDF-en er lagret.
error-reading-out-of-range = Termometeret kan ikke vise det. Se en gang til og skriv tallet på nytt.
error-aim-not-in-plan = Dette målet er ikke i planen hennes ennå. Legg det i planen først.
error-mark-out-of-order = Merkene kommer i rekkefølge: først P, så F, så K.
error-evidence-missing = K krever bevis. Legg til minst ett bevis for målet først.
error-comment-missing = Skriv eller si hvorfor når du går et steg tilbake.
error-credential-invalid = Dette kompetansebeviset er skadet eller endret etter at det ble signert. Det kan ikke stoles på.
error-aim-not-checked = Et Open Badge lages når målet er kontrollert (K).
