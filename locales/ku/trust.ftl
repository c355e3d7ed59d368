# Mestre — Kurmancî. Short, plain sentences.
# This file: trust — changes a device sent that were not allowed, and why.
# review: the trust messages are new; a check by a native Kurmanji speaker at the café is needed.

## Why a change was refused
refusal-unsigned = Amûrê ev guhertin îmze nekiriye.
refusal-unknown-device = Ev amûr ne ya kafeyê ye.
refusal-bad-signature = Îmze li hev nayê. Dibe ku guhertin sexte be.
refusal-stamp-out-of-range = Dema guhertinê ne mimkûn e.
refusal-device-retired = Dema guhertin hat kirin, amûr hatibû qutkirin.
refusal-invalid = Nirxek şaş e an pir mezin e.
refusal-unknown-author = Ev kes ne di kafeyê de ye.
refusal-not-owner = Ev ya kesekî din e.
refusal-owner-changed = Guhertinê xwest wê bide kesekî din.
refusal-needs-mentor = Tenê rêberek dikare vê bike.
refusal-unknown-mentor-key = Mifteya rêberê li vir nayê nasîn.
refusal-bad-mentor-signature = Îmzeya rêberê li hev nayê.
refusal-mentor-key-revoked = Mifteya rêberê hatibû vegerandin.
# review: new sentence, not yet checked by a native speaker
refusal-append-only = Tiştekî di tomarê de nayê guhertin.

## What a change was about
record-device-intro = Amûrek
record-mentor-key = Mifteya rêberê
record-cafe = Kafe
record-person = Kesek
record-credential = Şîfre an PIN-a wêneyan
record-media = Wêneyek an tomarek
record-diary-day = Rojek di deftera rojane de
record-diary-item = Tiştek di deftera rojane de
record-diary-comment = Şîroveyek
record-prompt-clip = Dengekî tomarkirî
# review: new names, not yet checked by a native speaker
record-word = Peyvek
record-word-translation = Peyvek bi zimanekî din
record-word-review = Bersivek di perwerdeya peyvan de
record-ingredient = Pêkhateyek
record-recipe = Reçeteyek
record-recipe-step = Gavek ji reçeteyê
record-recipe-ingredient = Pêkhateyek di reçeteyê de
record-menu-dish = Xwarinek di menûya heftiyê de
record-fridge-routine = Dema parastinê ya kafeyê ji bo xwarinekê
record-fridge-practice = Encama perwerdeya sarincê
record-fridge-label = Etîketeke çapkirî
record-fridge-reading = Pîvana germahiyê

## The mentor's list of refused changes
quarantine-title = Guhertinên rawestandî
quarantine-count = Rawestandî: { $count }
quarantine-help = Amûrekê ev guhertin şandin, lê destûr tune bû. Hatin parastin, lê nayên bikaranîn.
quarantine-none = Tu guhertin nehatine rawestandin.
quarantine-from = { $who } li ser { $device }
quarantine-set-aside = Di tomarê de nehatiye parastin
quarantine-open = Guhertinên rawestandî bibîne
record-competence-plan = Armancek di plana xwendekarekê de
record-competence-rating = Nirxandina xwendekarekê ya xwe
record-competence-evidence = Delîlek bi armancekê ve girêdayî
record-competence-mark = Nîşana îmzekirî ya rêberê (P, F, K)
# review: to be checked by a native speaker
record-review-seen = Tiştê ku rêberê ji perwerdekarê dîtiye
# review: to be checked by a native speaker
record-practice-suggestion = Pêşniyara rêberê ku perwerdekar çi perwerde bike
# review: to be checked by a native speaker
record-erasure = Jêbirina perwerdekarekê
# review: to be checked by a native speaker
record-task-card = Kartek karê
# review: to be checked by a native speaker
record-fridge-food = Yek ji xwarinên kafeyê bi xwe
# review: to be checked by a native speaker
record-competence-aim = Yek ji armancên kafeyê bi xwe
# review: to be checked by a native speaker
record-content-language = Naverok bi zimanekî: nivîsek an dengekî tomarkirî
