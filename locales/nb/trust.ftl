# Mestre — Norsk bokmål. The reference locale: every message exists here first.
# This file: trust — changes a device sent that were not allowed, and why.

## Why a change was refused
refusal-unsigned = Endringen var ikke signert av enheten.
refusal-unknown-device = Enheten er ikke koblet til kafeen.
refusal-bad-signature = Signaturen stemmer ikke. Endringen kan være forfalsket.
refusal-stamp-out-of-range = Tiden på endringen er umulig.
refusal-device-retired = Enheten var koblet fra da endringen ble gjort.
refusal-invalid = En verdi er feil eller for stor.
refusal-unknown-author = Personen finnes ikke i kafeen.
refusal-not-owner = Det tilhører en annen person.
refusal-owner-changed = Endringen prøvde å gi det til en annen person.
refusal-needs-mentor = Bare en veileder kan gjøre dette.
refusal-unknown-mentor-key = Veiledernøkkelen er ukjent her.
refusal-bad-mentor-signature = Veilederens signatur stemmer ikke.
refusal-mentor-key-revoked = Veiledernøkkelen var trukket tilbake.
refusal-append-only = Et innslag i en logg kan ikke endres.

## What a change was about
record-device-intro = En enhet
record-mentor-key = En veiledernøkkel
record-cafe = Kafeen
record-person = En person
record-credential = Et passord eller en bilde-PIN
record-media = Et bilde eller et opptak
record-diary-day = En dag i dagboka
record-diary-item = Noe i dagboka
record-diary-comment = En kommentar
record-prompt-clip = Et innspilt lydklipp
record-word = Et ord
record-word-translation = Et ord på et annet språk
record-word-review = Et svar i ordtrening
record-ingredient = En råvare
record-recipe = En oppskrift
record-recipe-step = Et trinn i en oppskrift
record-recipe-ingredient = En råvare i en oppskrift
record-menu-dish = En rett på ukemenyen
record-fridge-routine = Kafeens egen holdbarhet for en matvare
record-fridge-practice = Et resultat fra kjøleskapsøvelsen
record-fridge-label = En utskrevet etikett
record-fridge-reading = En temperaturmåling

## The mentor's list of refused changes
quarantine-title = Stoppede endringer
quarantine-count = Stoppet: { $count }
quarantine-help = En enhet sendte disse endringene, men de var ikke tillatt. De er tatt vare på, men ikke brukt.
quarantine-none = Ingen endringer er stoppet.
quarantine-from = { $who } på { $device }
quarantine-set-aside = Ikke lagret i loggen
quarantine-open = Se stoppede endringer
record-competence-plan = Et mål i en deltakers plan
record-competence-rating = En deltakers vurdering av seg selv
record-competence-evidence = Et bevis knyttet til et mål
record-competence-mark = En mentors signerte merke (P, F, K)
record-review-seen = Hva en veileder har sett av en deltaker
record-practice-suggestion = En veileders forslag om hva en deltaker kan øve på
record-erasure = Sletting av en deltaker
record-task-card = Et oppgavekort
record-fridge-food = En av kafeens egne matvarer
record-competence-aim = Et av kafeens egne mål
record-content-language = Innhold på ett språk: en tekst eller et opptak
