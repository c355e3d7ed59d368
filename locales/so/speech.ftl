# Mestre — Soomaali (Somali). Short, plain sentences.
# This file: speakers, sound and the recording studio.
# review: the whole file needs a check by a native Somali speaker at the café.

## Speaker and sound
speaker-play = Dhageyso
speech-no-voice = Weli cod kuma jiro luqaddaada.
speech-failed = Codku ma shaqeynin.
## Recording studio
studio-open = Duub codadka
studio-title = Istuudiyaha duubista
studio-lang = Luqadda
studio-recorded = Waa la duubay
studio-missing = Weli lama duubin
studio-progress = { $language }: { $recorded } ka mid ah { $total }
studio-only-missing = Tus kaliya waxa maqan
studio-heard =
    { $count ->
        [one] Hal mar la maqlay
       *[other] { $count } jeer la maqlay
    }
studio-synthetic = Cod macmal ah ayaa jira
studio-no-synthetic = Cod macmal ah ma jiro
studio-export = Kaydi xirmada codadka
studio-exported = { $count } duubis ayaa lagu kaydiyay { $path }
studio-import = Fur xirmo cod
studio-imported = Cod cusub: { $added }. Horay u jiray: { $same }. Kuweenna la hayay: { $kept }. La dhaafay: { $skipped }.
