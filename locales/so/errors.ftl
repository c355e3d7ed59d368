# Mestre — Soomaali (Somali). Short, plain sentences.
# This file: every error, as a person hears it.
# review: the whole file needs a check by a native Somali speaker at the café.

## Errors
error-login-failed = Taasi sax ma ahayn. Isku day mar kale.
error-login-locked =
    { $minutes ->
        [one] Isku day badan. Sug hal daqiiqo, kadibna isku day mar kale.
       *[other] Isku day badan. Sug { $minutes } daqiiqo, kadibna isku day mar kale.
    }
error-not-allowed = Hage keliya ayaa samayn kara tan.
error-invalid-input = Hubi waxa aad qortay ama dooratay.
error-image-unreadable = Sawirka lama furi karo. Wuu jaban yahay, ama sawir maaha.
error-image-too-large = Sawirku aad buu u weyn yahay. Dooro sawir ka yar.
error-database-too-new = Xogta waxaa sameeyay Mestre ka cusub. Cusboonaysii barnaamijka.
error-database-unavailable = Xogta lama furi karo.
error-not-found = Lama helin.
error-setup-state = Kafeega horay ayaa loo diyaariyay.
error-storage = Khalad ayaa dhacay markii la kaydinayay. Waxba lama tirtirin.
error-peer-unreachable = Qalabka kale lama helin. Hubi in labaduba ku jiraan isla shabakadda.
error-not-paired = Qalabkan laguma xirin kan kale. Marka hore isku xir.
error-sync-interrupted = Isku-dhafka waa go'ay. Waxba ma lumin. Isku day mar kale.
error-sync-refused = Qalabka kale wuu diiday. Isku day mar kale, ama dib u isku xir.
error-schema-mismatch = Qalabyadu waxay leeyihiin noocyo kala duwan oo Mestre ah. Cusboonaysii labadaba.
error-pairing-wrong-code = Kood khaldan. Isku day mar kale.
error-pairing-closed = Koodku hadda ma shaqeeyo. Weydii kood cusub.
error-voice-pack-unreadable = Faylkani ma aha xirmo cod oo Mestre ah, ama wuu jaban yahay.
error-recording-empty = Duubistu waa madhan tahay. Ku dhowow oo isku day mar kale.
error-audio-unreadable = Duubista lama shidi karo. Way jaban tahay.
error-microphone-missing = Makarafoon lama helin. Hagaha ka codso caawimo.
error-microphone-busy = Makarafoonku waa mashquul ama ma shaqeynayo. Isku day mar kale dhawaan.
# review: the three messages below are new.
error-other-cafe = Qalabkani wuxuu ka tirsan yahay kafee kale.
error-pairing-busy = Qalabka kale wuu mashquulsan yahay. Wax yar sug oo mar kale isku day.
error-mentor-key-missing = Furahaaga macallimadda weli kuma jiro qalabkan. Marka hore la jaanqaad kombiyuutarka kafeega.
error-printer-unavailable = Daabace ma aqbalin. Faylka PDF waa la kaydiyay.
error-reading-out-of-range = Heerkulbeeggu ma muujin karo taas. Mar kale eeg oo lambarka mar kale qor.
# review: not yet read by a native speaker
error-aim-not-in-plan = Yoolkani weli kuma jiro qorsheheeda. Marka hore ku dar qorshaha.
# review: not yet read by a native speaker
error-mark-out-of-order = Calaamaduhu waxay u yimaadaan si kala horreysa: marka hore P, kadib F, kadib K.
# review: not yet read by a native speaker
error-evidence-missing = K wuxuu u baahan yahay caddeyn. Marka hore ku dar ugu yaraan hal caddeyn.
# review: not yet read by a native speaker
error-comment-missing = Qor ama sheeg sababta marka aad tallaabo dib u noqoto.
# review: not yet read by a native speaker
error-credential-invalid = Shahaadadan waa dhaawacan tahay ama waa la beddelay kadib markii la saxiixay. Lagama kalsoonaan karo.
# review: not yet read by a native speaker
error-aim-not-checked = Open Badge waxaa la sameeyaa marka yoolka la hubiyo (K).
