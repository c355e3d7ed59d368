# Mestre — Norsk nynorsk.
# This file: trust — changes a device sent that were not allowed, and why.

## Why a change was refused
refusal-unsigned = Endringa var ikkje signert av eininga.
refusal-unknown-device = Eininga er ikkje kopla til kafeen.
refusal-bad-signature = Signaturen stemmer ikkje. Endringa kan vere forfalska.
refusal-stamp-out-of-range = Tida på endringa er umogleg.
refusal-device-retired = Eininga var kopla frå då endringa vart gjord.
refusal-invalid = Ein verdi er feil eller for stor.
refusal-unknown-author = Personen finst ikkje i kafeen.
refusal-not-owner = Det høyrer til ein annan person.
refusal-owner-changed = Endringa prøvde å gje det til ein annan person.
refusal-needs-mentor = Berre ein rettleiar kan gjere dette.
refusal-unknown-mentor-key = Rettleiarnøkkelen er ukjend her.
refusal-bad-mentor-signature = Signaturen til rettleiaren stemmer ikkje.
refusal-mentor-key-revoked = Rettleiarnøkkelen var trekt tilbake.
refusal-append-only = Eit innslag i ein logg kan ikkje endrast.

## What a change was about
record-device-intro = Ei eining
record-mentor-key = Ein rettleiarnøkkel
record-cafe = Kafeen
record-person = Ein person
record-credential = Eit passord eller ein bilete-PIN
record-media = Eit bilete eller eit opptak
record-diary-day = Ein dag i dagboka
record-diary-item = Noko i dagboka
record-diary-comment = Ein kommentar
record-prompt-clip = Eit innspelt lydklipp
record-word = Eit ord
record-word-translation = Eit ord på eit anna språk
record-word-review = Eit svar i ordtrening
record-ingredient = Ei råvare
record-recipe = Ei oppskrift
record-recipe-step = Eit steg i ei oppskrift
record-recipe-ingredient = Ei råvare i ei oppskrift
record-menu-dish = Ein rett på vekemenyen
record-fridge-routine = Kaféen sin eigen haldbarheit for ei matvare
record-fridge-practice = Eit resultat frå kjøleskapsøvinga
record-fridge-label = Ein utskriven etikett
record-fridge-reading = Ei temperaturmåling

## The mentor's list of refused changes
quarantine-title = Stoppa endringar
quarantine-count = Stoppa: { $count }
quarantine-help = Ei eining sende desse endringane, men dei var ikkje tillatne. Dei er tekne vare på, men ikkje brukte.
quarantine-none = Ingen endringar er stoppa.
quarantine-from = { $who } på { $device }
quarantine-set-aside = Ikkje lagra i loggen
quarantine-open = Sjå stoppa endringar
record-competence-plan = Eit mål i planen til ein deltakar
record-competence-rating = Ein deltakar si vurdering av seg sjølv
record-competence-evidence = Eit prov knytt til eit mål
record-competence-mark = Eit signert merke frå ein mentor (P, F, K)
record-review-seen = Kva ein rettleiar har sett av ein deltakar
record-practice-suggestion = Eit forslag frå ein rettleiar om kva ein deltakar kan øve på
record-erasure = Sletting av ein deltakar
record-task-card = Eit oppgåvekort
record-fridge-food = Ei av kaféen sine eigne matvarer
record-competence-aim = Eit av kaféen sine eigne mål
record-content-language = Innhald på eitt språk: ein tekst eller eit opptak
