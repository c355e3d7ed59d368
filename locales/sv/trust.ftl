# Mestre — Svenska.
# This file: trust — changes a device sent that were not allowed, and why.

## Why a change was refused
refusal-unsigned = Ändringen var inte signerad av enheten.
refusal-unknown-device = Enheten hör inte till kaféet.
refusal-bad-signature = Signaturen stämmer inte. Ändringen kan vara förfalskad.
refusal-stamp-out-of-range = Tiden på ändringen är omöjlig.
refusal-device-retired = Enheten var bortkopplad när ändringen gjordes.
refusal-invalid = Ett värde är fel eller för stort.
refusal-unknown-author = Personen finns inte i kaféet.
refusal-not-owner = Det tillhör någon annan.
refusal-owner-changed = Ändringen försökte ge det till någon annan.
refusal-needs-mentor = Bara en handledare får göra detta.
refusal-unknown-mentor-key = Handledarnyckeln är okänd här.
refusal-bad-mentor-signature = Handledarens signatur stämmer inte.
refusal-mentor-key-revoked = Handledarnyckeln hade dragits tillbaka.
refusal-append-only = En post i en logg kan inte ändras.

## What a change was about
record-device-intro = En enhet
record-mentor-key = En handledarnyckel
record-cafe = Kaféet
record-person = En person
record-credential = Ett lösenord eller en bild-PIN
record-media = Ett foto eller en inspelning
record-diary-day = En dag i dagboken
record-diary-item = Något i dagboken
record-diary-comment = En kommentar
record-prompt-clip = Ett inspelat ljudklipp
record-word = Ett ord
record-word-translation = Ett ord på ett annat språk
record-word-review = Ett svar i ordträning
record-ingredient = En råvara
record-recipe = Ett recept
record-recipe-step = Ett steg i ett recept
record-recipe-ingredient = En råvara i ett recept
record-menu-dish = En rätt på veckomenyn
record-fridge-routine = Kaféets egen hållbarhet för ett livsmedel
record-fridge-practice = Ett resultat från kylskåpsövningen
record-fridge-label = En utskriven etikett
record-fridge-reading = En temperaturmätning

## The mentor's list of refused changes
quarantine-title = Stoppade ändringar
quarantine-count = Stoppade: { $count }
quarantine-help = En enhet skickade de här ändringarna, men de var inte tillåtna. De sparas, men används inte.
quarantine-none = Inga ändringar har stoppats.
quarantine-from = { $who } på { $device }
quarantine-set-aside = Inte sparad i loggen
quarantine-open = Se stoppade ändringar
record-competence-plan = Ett mål i en deltagares plan
record-competence-rating = En deltagares bedömning av sig själv
record-competence-evidence = Ett bevis kopplat till ett mål
record-competence-mark = En mentors signerade markering (P, F, K)
record-review-seen = Vad en handledare har sett av en deltagare
record-practice-suggestion = En handledares förslag om vad en deltagare kan öva på
record-erasure = Radering av en deltagare
record-task-card = Ett uppgiftskort
record-fridge-food = Ett av kaféets egna livsmedel
record-competence-aim = Ett av kaféets egna mål
record-content-language = Innehåll på ett språk: en text eller en inspelning
