# Mestre — Norsk nynorsk.
# This file: every error, as a person hears it.

## Errors
error-login-failed = Det var ikkje rett. Prøv igjen.
error-login-locked =
    { $minutes ->
        [one] For mange forsøk. Vent eitt minutt, så kan du prøve igjen.
       *[other] For mange forsøk. Vent { $minutes } minutt, så kan du prøve igjen.
    }
error-not-allowed = Berre ein rettleiar kan gjere dette.
error-invalid-input = Sjekk det du har skrive eller valt.
error-image-unreadable = Biletet kan ikkje opnast. Det er øydelagt, eller det er ikkje eit bilete.
error-image-too-large = Biletet er for stort. Vel eit mindre bilete.
error-database-too-new = Dataa er laga av ein nyare Mestre. Oppdater appen.
error-database-unavailable = Dataa kan ikkje opnast.
error-not-found = Fann det ikkje.
error-setup-state = Kafeen er allereie sett opp.
error-storage = Noko gjekk gale ved lagring. Ingenting er sletta.
error-peer-unreachable = Fann ikkje den andre eininga. Sjekk at begge er på same nett.
error-not-paired = Denne eininga er ikkje kopla til den andre. Kopla dei saman først.
error-sync-interrupted = Synkroniseringa vart avbroten. Ingenting er tapt. Prøv igjen.
error-sync-refused = Den andre eininga sa nei. Prøv igjen, eller kopla dei saman på nytt.
error-schema-mismatch = Einingane har ulike versjonar av Mestre. Oppdater begge.
error-pairing-wrong-code = Feil kode. Prøv igjen.
error-pairing-closed = Koden gjeld ikkje lenger. Be om ein ny kode.
error-voice-pack-unreadable = Fila er ikkje ei stemmepakke frå Mestre, eller ho er øydelagd.
error-recording-empty = Opptaket er tomt. Snakk litt nærare, og prøv igjen.
error-audio-unreadable = Opptaket kan ikkje spelast av. Det er øydelagt.
error-microphone-missing = Fann ingen mikrofon. Be rettleiaren om hjelp.
error-microphone-busy = Mikrofonen er i bruk eller verkar ikkje. Prøv igjen om litt.
error-other-cafe = Denne eininga høyrer til ein annan kafé.
error-pairing-busy = Den andre eininga er oppteken. Vent litt og prøv igjen.
error-mentor-key-missing = Rettleiarnøkkelen din er ikkje på denne eininga enno. Synkroniser med PC-en til kafeen først.
error-printer-unavailable = Ingen skrivar tok imot utskrifta. PDF-en er lagra.
error-reading-out-of-range = Termometeret kan ikkje vise det. Sjå ein gong til og skriv talet på nytt.
error-aim-not-in-plan = Dette målet er ikkje i planen hennar enno. Legg det i planen først.
error-mark-out-of-order = Merka kjem i rekkjefølgje: først P, så F, så K.
error-evidence-missing = K krev prov. Legg til minst eitt prov for målet først.
error-comment-missing = Skriv eller sei kvifor når du går eit steg tilbake.
error-credential-invalid = Dette kompetansebeviset er skadd eller endra etter at det vart signert. Det kan ikkje stolast på.
error-aim-not-checked = Eit Open Badge blir laga når målet er kontrollert (K).
